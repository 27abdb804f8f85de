"""Mail that asks nothing of the organiser and is not about taking part is ``unknown`` and never answered: a
thank-you for our confirmation, a bare thank-you, mail about another errand that reached the organiser by
mistake. A thank-you that also asks, adds, moves, gives up or tells a diet, and a signup that opens with thanks,
are read as what they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.quoting import split_body
from assistant.parsing.unsolicited import errand_evidence, not_for_us
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import build_mail

CONFIRMATION = ("\n\n> 2 mars 2027 kl. 09:12 skrev DalaLab anmälan <anmalan@dalalab.example>:\n>\n"
                "> Hej Anna Berg!\n>\n> Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:\n"
                "> - 3 maj 2027, Falun\n> - 21 september 2027, Falun\n>\n"
                "> Svara på detta mejl om du vill ändra eller avanmäla dig.\n")
CONFIRMATION_EN = ("\n\nOn 2 Mar 2027, at 09:12, DalaLab <anmalan@dalalab.example> wrote:\n>\n"
                   "> Dear Anna Berg,\n>\n> You are registered for DalaLab:\n> - 3 May 2027\n> - 21 September 2027\n")
SUBJECT = "Sv: Du är anmäld till DalaLab"


def _chat(text: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", "Anna Berg"), config, arrival)


# ---------------------------------------------------------------- thank-yous that ask nothing
@pytest.mark.parametrize(("body", "subject"), [
    ("Tack så mycket! 🙂" + CONFIRMATION, SUBJECT),
    ("Perfekt, vi ses i maj!\n\nSkickat från min iPhone" + CONFIRMATION, SUBJECT),
    ("Ok, tack!\n\n/Anna" + CONFIRMATION, SUBJECT),
    ("Toppen 👍 Ses den 3/5" + CONFIRMATION, "SV: Bekräftelse: DalaLab"),
    ("Great, thanks! See you on 21 September.\n\nBest regards\nAnna" + CONFIRMATION_EN, "Re: DalaLab"),
])
def test_a_thank_you_for_our_confirmation_is_never_answered(body: str, subject: str, config: Config,
                                                           arrival: dt.datetime) -> None:
    result = parse_email(build_mail(body, subject=subject), config, arrival)
    assert result.intent is Intent.UNKNOWN
    assert result.never_answer
    assert not result.sessions and not result.people


@pytest.mark.parametrize("text", ["tack! 👍", "Tack så mycket!", "Tack för infon 🙏", "Thanks a lot, great!"])
def test_a_bare_thank_you_in_a_chat_is_never_answered(text: str, config: Config, arrival: dt.datetime) -> None:
    result = _chat(text, config, arrival)
    assert result.intent is Intent.UNKNOWN
    assert result.never_answer


@pytest.mark.parametrize(("body", "intent"), [
    ("Tack! Men jag kan tyvärr inte den 21 september, stryk mig där." + CONFIRMATION, Intent.CANCEL),
    ("Tack! Min kollega Eva Lund vill också komma, eva.lund@mora.se." + CONFIRMATION, Intent.REGISTER),
    ("Tack! Blir det lunch?" + CONFIRMATION, Intent.QUESTION),
    ("Tack! Jag glömde säga att jag är vegetarian." + CONFIRMATION, Intent.CHANGE),
])
def test_a_thank_you_that_asks_or_changes_is_read(body: str, intent: Intent, config: Config,
                                                  arrival: dt.datetime) -> None:
    result = parse_email(build_mail(body, subject=SUBJECT), config, arrival)
    assert result.intent is intent
    assert not result.never_answer


def test_a_signup_that_opens_with_thanks_is_a_signup(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Tack för inbjudan!\n\nJag anmäler mig gärna till alla fyra träffarna.\n\nMvh\nAnna Berg",
                     subject="Sv: Inbjudan till DalaLab")
    result = parse_email(raw, config, arrival)
    assert result.intent is Intent.REGISTER
    assert len(result.sessions) == 4


def test_thanks_and_a_day_over_the_invitation_is_no_thank_you(config: Config, arrival: dt.datetime) -> None:
    invitation = ("\n\nDen 1 feb. 2027 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
                  "> Välkommen att anmäla dig till DalaLab: 3 maj, 21 september, 29 november och 22 februari.\n")
    result = parse_email(build_mail("Tack! Ses 3/5" + invitation, subject="Sv: Inbjudan DalaLab"), config, arrival)
    assert not result.never_answer


def test_a_day_the_confirmation_does_not_hold_is_no_thank_you(config: Config, arrival: dt.datetime) -> None:
    result = parse_email(build_mail("Tack! Ses den 29 november" + CONFIRMATION, subject=SUBJECT), config, arrival)
    assert not result.never_answer


@pytest.mark.parametrize("text", ["ja tack", "Ja, det stämmer, tack!", "Nej tack", "Perfekt, tack!", "toppen tack"])
def test_a_yes_or_no_may_answer_our_question_and_is_not_silenced(text: str, config: Config,
                                                                 arrival: dt.datetime) -> None:
    assert not _chat(text, config, arrival).never_answer


def test_a_chat_farewell_with_a_date_and_no_confirmation_is_not_silenced(config: Config, arrival: dt.datetime) -> None:
    assert not _chat("Toppen, ses 3/5!", config, arrival).never_answer


def test_a_bare_thanks_under_a_signup_subject_is_left_to_the_reader(config: Config) -> None:
    parts = split_body("Tack!", "Anmälan DalaLab")
    assert not_for_us(parts, "Anmälan DalaLab", config) == ""


# ---------------------------------------------------------------- another errand
ERRANDS = [
    ("Bygglov Storgatan 5",
     ("Hej!\n\nHär kommer kompletteringen till bygglovsansökan. Ritningarna bifogas i nästa mejl.\n\n"
      "När kan jag få besked?\n\nMvh\nOla Svensson")),
    ("Mötesrum torsdag",
     ("Hej!\n\nKan du boka mötesrummet på plan 2 på torsdag kl. 9–11 för ledningsgruppen? Kaffe till sex personer, "
      "en är glutenintolerant.\n\nTack!\n/Kim")),
    ("Reseräkning",
     "Hej, kan du attestera min reseräkning från resan till Stockholm den 4 februari?\n\nHälsningar\nKim"),
]


@pytest.mark.parametrize(("subject", "body"), ERRANDS)
def test_mail_about_another_errand_is_never_answered(subject: str, body: str, config: Config,
                                                    arrival: dt.datetime) -> None:
    raw = build_mail(body, subject=subject, sender="Kim Ek <kim.ek@regiondalarna.se>")
    result = parse_email(raw, config, arrival)
    assert result.intent is Intent.UNKNOWN
    assert result.never_answer
    assert result.diet is None


def test_a_private_chat_message_is_never_answered(config: Config, arrival: dt.datetime) -> None:
    result = _chat("Glöm inte att hämta Elsa på förskolan kl 16, puss!", config, arrival)
    assert result.intent is Intent.UNKNOWN
    assert result.never_answer


@pytest.mark.parametrize(("subject", "body", "intent"), [
    ("Lokal efter träffen", "Hej! Kan vi boka ett konferensrum efter träffen den 3 maj för vårt nätverk?",
     Intent.QUESTION),
    ("Anmälan", "Hej! Jag handlägger bygglov i Mora och vill anmäla mig till alla träffar.\n\nMvh\nAnna Berg",
     Intent.REGISTER),
    ("Parkering", "Hej! Finns det parkering nära lokalen?", Intent.QUESTION),
    ("Fråga", "Blir det lunch? Jag hämtar på förskolan 16 så jag går 15.30.", Intent.QUESTION),
    ("Inför 21 september", "Börjar det 9.30 eller 10? Jag behöver boka tjänstebil och ett rum över natten.",
     Intent.QUESTION),
    ("Vägbeskrivning", "Var ligger lokalen? Vi bokar bilen i morgon.", Intent.QUESTION),
])
def test_the_event_spoken_of_outweighs_an_errand(subject: str, body: str, intent: Intent, config: Config,
                                                 arrival: dt.datetime) -> None:
    result = parse_email(build_mail(body, subject=subject), config, arrival)
    assert result.intent is intent
    assert not result.never_answer


def test_errand_evidence_names_its_reasons(config: Config) -> None:
    parts = split_body("Kan du boka konferensrummet åt ledningsgruppen på fredag?", "Lokalbokning")
    reasons = {why for n, why in errand_evidence(parts, "Lokalbokning", config) if n > 0}
    assert reasons == {"a room to book", "internal administration", "a subject about something else"}


# ---------------------------------------------------------------- our own confirmation, as the service writes it
#: What the service's confirmation says, one line a person and session (templates/*/reasons/place-available.txt.j2).
OUR_CONFIRMATION = ("\n\n> Hej Anna!\n>\n> Anna Berg, Mora kommun:\n"
                    "> - Anmäld till måndag 3 maj 2027 kl. 10.00–15.00, Falun: \"Hållbar utveckling\".\n"
                    "> - Anmäld till tisdag 21 september 2027 kl. 10.00–15.00, Falun: \"Utvecklingsinriktning\".\n>\n"
                    "> Träffarna finns i den bifogade kalenderfilen.\n")
OUR_CONFIRMATION_EN = ("\n\n> Hello Anna!\n>\n> Anna Berg, Mora kommun:\n"
                       "> - Registered for Monday 3 May 2027 10:00–15:00, Falun: \"Sustainable development\".\n")


def test_the_parser_knows_the_lines_our_confirmations_are_written_in() -> None:
    templates = Path(__file__).parents[3] / "assistant" / "templates"
    assert (templates / "sv" / "reasons" / "place-available.txt.j2").read_text(encoding="utf-8").startswith("Anmäld till")
    assert (templates / "en" / "reasons" / "place-available.txt.j2").read_text(encoding="utf-8").startswith("Registered for")


@pytest.mark.parametrize(("body", "subject"), [
    ("Toppen, tack! Ses 3/5 🙂" + OUR_CONFIRMATION, "Re: DalaLab: din anmälan"),
    ("Tack så mycket!" + OUR_CONFIRMATION, "SV: DalaLab"),
    ("Great, thanks!" + OUR_CONFIRMATION_EN, "Re: DalaLab"),
])
def test_a_thank_you_over_the_confirmation_we_send_is_never_answered(body: str, subject: str, config: Config,
                                                                      arrival: dt.datetime) -> None:
    r = parse_email(build_mail(body, subject=subject, headers={"In-Reply-To": "<ours@dalalab.example>"}), config, arrival)
    assert r.intent == Intent.UNKNOWN and r.never_answer


def test_adding_a_session_over_the_confirmation_we_send_keeps_those_held(config: Config, arrival: dt.datetime) -> None:
    r = parse_email(build_mail("Hej! Lägg gärna till 29 november också." + OUR_CONFIRMATION, subject="Re: DalaLab",
                               headers={"In-Reply-To": "<ours@dalalab.example>"}), config, arrival)
    assert r.intent == Intent.CHANGE
    assert [d.isoformat() for d in r.sessions] == ["2027-05-03", "2027-09-21", "2027-11-29"]
