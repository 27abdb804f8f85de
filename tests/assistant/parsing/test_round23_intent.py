"""Intent, round 23: by class, each in wordings of its own (none from a corpus), and near-misses that must not be
read that way.

- A: phishing dressed as registrations waiting to be confirmed ("du har 3 väntande anmälningar", a log-in link with a
  query string, "inom 24 timmar", "obekräftade anmälningar raderas"), from a no-reply address or not: nothing to do
  (``unknown``), never an automatic reply;
- B: a reply over our confirmation saying it lists fewer sessions than meant ("bara två träffar står med nedan – jag
  menade alla fyra. Kan ni rätta det?"): a change, the sessions after it as meant;
- C: leave asked for a colleague to come to a session ("kan min kollega per lund också följa med på 21/9?", "could my
  colleague also join on 21 September?"): a signup.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
CHAT = Sender("telegram", "4711", "Elin Dahl")
ALL = {S1, S2, S3, S4}


pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = ELIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _read(config: Config, text: str, subject: str = "DalaLab") -> ParsedRequest:
    """A text sent as chat ("chat: ...") or as a mail."""
    if text.startswith("chat: "):
        return parse_chat(text[6:], CHAT, config, AT)
    return _mail(config, text + "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n", subject)


# --- A: phishing dressed as registrations waiting to be confirmed

PENDING_SCAMS = [
    ("Microsoft 365 <no-reply@m365-secure-login.net>", "Åtgärd krävs: väntande anmälningar",
     ("Du har 2 väntande anmälningar till evenemanget DalaLab som ännu inte godkänts.\n\n"
      "Godkänn anmälningarna inom 48 timmar genom att logga in här:\n"
      "https://m365-secure-login.net/auth?session=771&u=linnea\n\nEj godkända anmälningar tas bort automatiskt.\n")),
    ("DalaLab Anmälan <support@dalalab-events.net>", "Obekräftade registreringar",
     ("Hej,\n\nNi har 4 obekräftade registreringar till DalaLab.\nBekräfta registreringarna via länken nedan inom 24 "
      "timmar:\nhttps://dalalab-events.net/confirm?ref=22\n\nObekräftade registreringar raderas automatiskt.\n")),
    ("Office 365 <noreply@o365-verify.co>", "Action required: pending registrations",
     ("You have 3 pending registrations for the event DalaLab awaiting confirmation.\n"
      "Confirm the registrations within 24 hours by signing in with your work account:\n"
      "https://o365-verify.co/login?u=5\n\nUnconfirmed registrations will be deleted automatically.\n")),
    ("Outlook Team <do-not-reply@outlook-mail-service.info>", "3 anmälningar väntar",
     ("3 nya anmälningar väntar på din bekräftelse.\nVerifiera ditt konto för att se dem:\n"
      "http://outlook-mail-service.info/verify?id=3D5521\nLänken gäller i 24 timmar.\n")),
    ("DalaLab <no-reply@dalalab-reg.top>", "Din anmälan är inte slutförd",
     ("Din anmälan till DalaLab är inte slutförd. Slutför anmälan via länken inom 24 timmar: "
      "https://dalalab-reg.top/fin?id=2 annars går platsen till nästa.")),
    ("IT-support <it@kommun-helpdesk.net>", "Anmälningar spärrade",
     ("Era anmälningar till DalaLab har spärrats. Logga in med ditt lösenord för att låsa upp dem: "
      "https://kommun-helpdesk.net/unlock?id=7")),
]


@pytest.mark.parametrize(("sender", "subject", "body"), PENDING_SCAMS)
def test_registrations_to_confirm_by_a_link_are_nothing(config: Config, sender: str, subject: str,
                                                         body: str) -> None:
    r = _mail(config, body, subject, sender)
    assert r.intent == Intent.UNKNOWN, body
    assert r.never_answer


def test_registrations_to_confirm_by_a_link_in_a_chat_are_nothing(config: Config) -> None:
    text = ("Du har 3 väntande anmälningar som inte bekräftats. Logga in och bekräfta dem inom 24 timmar: "
            "https://dalalab-admin.top/login?id=9")
    r = parse_chat(text, Sender("telegram", "99", "DalaLab Admin"), config, AT)
    assert r.intent == Intent.UNKNOWN


def test_a_participant_asking_about_such_a_mail_is_a_question(config: Config) -> None:
    text = ("Hej! Jag fick ett mejl om att bekräfta väntande anmälningar via en länk "
            "(https://secure-x.info/login?id=3). Är det från er?")
    assert _read(config, text).intent == Intent.QUESTION


def test_a_signup_with_a_link_holding_a_query_stays_a_signup(config: Config) -> None:
    text = "Jag anmäler mig till 3 maj. Jag läste programmet på https://www.regiondalarna.se/dalalab?lang=sv i går."
    assert _read(config, text).intent == Intent.REGISTER


def test_a_participant_finishing_a_signup_stays_a_signup(config: Config) -> None:
    text = "Jag vill slutföra min anmälan: anmäl mig till 3 maj och 21/9. Mer info finns på https://www.orsa.se/?p=1"
    assert _read(config, text).intent == Intent.REGISTER


def test_a_no_reply_receipt_with_a_link_stays_an_automatic_reply(config: Config) -> None:
    body = ("Tack för ditt mejl. Vi har tagit emot ditt meddelande och återkommer inom 48 timmar.\n"
            "Vanliga frågor: https://support.example.se/faq?id=2\n")
    r = _mail(config, body, "Vi har tagit emot ditt meddelande", "Kundtjänst <no-reply@example.se>")
    assert r.intent == Intent.AUTO_REPLY


# --- B: our confirmation lists fewer sessions than meant

_TWO_CONFIRMED = ("\n\n________________________________\nFrån: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\n"
                  "Skickat: den 2 februari 2027 09:12\nTill: Elin Dahl <elin.dahl@hedemora.se>\n"
                  "Ämne: Bekräftelse: anmälan till DalaLab\n\nHej Elin!\n\nTack för din anmälan till DalaLab.\n"
                  "Du är anmäld till:\n  • 3 maj 2027, Falun\n  • 29 november 2027\n\nVänliga hälsningar\n"
                  "Linnea Hassis\nRegion Dalarna\n")
_REPLY_SUBJECT = "SV: Bekräftelse: anmälan till DalaLab"

FEWER_THAN_MEANT = [
    ("Tack! Men jag ser att bara två av träffarna finns med i bekräftelsen – jag menade att anmäla mig till alla "
     "fyra. Kan ni rätta det?"),
    "Hej, det står bara 3 maj och 29 november nedan. Jag menade hela serien, alltså alla fyra träffarna. Kan ni ändra?",
    ("Thanks for the confirmation. I see only two sessions are listed below – I meant to sign up for all four. Could "
     "you fix that?"),
    "Tack för bekräftelsen. Jag menade alla fyra träffarna, inte bara två. Rätta gärna.",
]


@pytest.mark.parametrize("text", FEWER_THAN_MEANT)
def test_a_confirmation_listing_fewer_than_meant_is_a_change(config: Config, text: str) -> None:
    r = _mail(config, text + "\n\n/Elin" + _TWO_CONFIRMED, _REPLY_SUBJECT)
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == ALL, text


def test_thanks_over_the_confirmation_stays_nothing_to_change(config: Config) -> None:
    r = _mail(config, "Tack för bekräftelsen! Ser fram emot 3 maj.\n\n/Elin" + _TWO_CONFIRMED, _REPLY_SUBJECT)
    assert r.intent != Intent.CHANGE


def test_a_question_over_the_confirmation_stays_a_question(config: Config) -> None:
    text = "Tack! Jag menade att fråga en sak: finns det parkering vid lokalen i Falun?"
    r = _mail(config, text + "\n\n/Elin" + _TWO_CONFIRMED, _REPLY_SUBJECT)
    assert r.intent == Intent.QUESTION


def test_a_confirmation_owned_right_is_no_change(config: Config) -> None:
    text = "Tack! Det stämmer, bara 3 maj och 29 november står med och det är rätt."
    r = _mail(config, text + "\n\n/Elin" + _TWO_CONFIRMED, _REPLY_SUBJECT)
    assert r.intent != Intent.CHANGE


def test_a_first_signup_saying_what_was_meant_stays_a_signup(config: Config) -> None:
    assert _read(config, "Jag menade att anmäla mig till alla fyra träffarna.").intent == Intent.REGISTER


# --- C: leave asked for a colleague to come

COLLEAGUE_ASKED = [
    "chat: hej! kan min kollega per lund också följa med på träffen 21/9? han jobbar också på kommunen",
    "chat: får min kollega sara ek också komma på 3 maj?",
    "Hej! Kan min kollega Per Lund också vara med på novemberträffen?",
    "chat: kan min chef anna berg hänga med 29/11 oxå?",
    "chat: could my colleague tom hill also join on 21 september?",
]


@pytest.mark.parametrize("text", COLLEAGUE_ASKED)
def test_leave_asked_for_a_colleague_to_come_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


@pytest.mark.parametrize("text", [
    "chat: får politiker också delta 3 maj?",
    "chat: kan min kollega delta digitalt 3 maj?",
    "Kan min kollega delta via Teams på träffen 21/9?",
])
def test_who_may_or_how_one_takes_part_stays_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION, text


def test_a_colleague_asked_to_take_a_place_stays_a_substitution(config: Config) -> None:
    r = _read(config, "chat: jag kan inte 3 maj. kan min kollega per lund ta min plats?")
    assert r.intent == Intent.CHANGE
