"""Intent, fifth round of issue 13: general readings, each with variants of its class (none taken from a corpus).

- a question that names dates, the deadline, the quota or a would-be participant books nothing: a signup put off
  ("jag anmäler honom inte än"), a question of when one may sign up ("kan man anmäla sig senare?");
- adding a session to a signup held is a change: held said as "jag står på ...", "som jag anmält mig till", or
  shown by our confirmation quoted under a reply (the sessions after the change are the held and the added);
- a place handed to a successor ("min plats går till ...") is a substitution;
- a cancellation: several people at once ("varken jag eller ..."), a session given up beside those kept ("... står
  kvar"), a colleague withdrawn when nobody can take the place ("ingen som kan ta hans plats");
- asking someone to put a colleague on the list ("kan du skriva upp ...") is a signup.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, names, read


def chat(text: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", "Hanna Lindqvist"), config, arrival)


# ------------------------------------------------ questions that book nothing
@pytest.mark.parametrize("text", [
    ("Vi har redan tre anmälda. Vår nya GIS-ingenjör vill gärna vara med 21/9, men jag anmäler honom inte än – "
    "finns det plats för en fjärde?"),
    "Jag anmäler inte Oskar Wik ännu; får Rättvik skicka fyra personer till träffen i november?",
    "Vi avvaktar med anmälan tills budgeten är klar. Hur många får komma från varje kommun till 3 maj?",
    ("My manager would like to attend in February, but we're not registering her just yet. Is there a cap per "
    "municipality?"),
])
def test_a_signup_put_off_is_a_question(text: str) -> None:
    assert read(text, names=True).intent == Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Does the 14 April deadline apply to every session, or may people register for the February one later?",
    "Går det att anmäla sig till höstens träffar efter sommaren, eller gäller sista anmälningsdag för alla?",
    "Some of my team are unsure about the autumn: could they sign up for those sessions later on?",
    "Kan våra nyanställda registrera sig till novemberträffen senare i höst?",
])
def test_a_question_of_when_one_may_sign_up_is_a_question(text: str) -> None:
    assert read(text).intent == Intent.QUESTION


@pytest.mark.parametrize("text", [
    "Can I still sign up for the autumn sessions?",                           # the writer's own leave: a signup asked
    "Jag anmäler mig till 3 maj. När är sista anmälningsdag för hösten?",      # a signup made beside the question
    "Kan jag anmäla mig till 21/9 fast deadline har passerat?",
])
def test_a_signup_beside_a_deadline_question_stays_a_signup(text: str) -> None:
    assert read(text).intent == Intent.REGISTER


def test_a_deadline_question_in_a_mail_names_no_one(config: Config, mail: Callable[..., bytes],
                                                    arrival: dt.datetime) -> None:
    body = ("Hej,\n\nen snabb fråga: är sista anmälningsdag densamma för alla träffar, eller kan kollegor anmäla "
            "sig till 22 februari senare?\n\nTack,\nLena Falk\nSäters kommun\n")
    r = parse_email(mail(body, sender="Lena Falk <lena.falk@sater.se>", subject="Sista dag?"), config, arrival)
    assert r.intent == Intent.QUESTION and r.people == () and r.sessions == ()


# ------------------------------------------------ a session added to a signup held: a change
@pytest.mark.parametrize(("text", "expected"), [
    ("jag står redan på 3/5, lägg till 29/11 också", (S1, S3)),
    ("Jag står på listan för 22 februari. Skriv upp mig på 21/9 också.", (S2, S4)),
    ("Jag har anmält mig till 3 maj och 21/9 och vill även gå 29/11.", (S1, S2, S3)),
])
def test_a_session_added_to_a_signup_held_is_a_change(text: str, expected: tuple[dt.date, ...], config: Config,
                                                      arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert (r.intent, r.change, r.sessions) == (Intent.CHANGE, "sessions", expected)


def _reply_over(mail: Callable[..., bytes], quoted: str, own: str, subject: str) -> bytes:
    return mail(own + "\n\n" + quoted, sender="Erik Sand <erik.sand@gagnef.se>", subject=subject)


def test_an_addition_over_our_quoted_confirmation_keeps_the_sessions_held(config: Config, mail: Callable[..., bytes],
                                                                          arrival: dt.datetime) -> None:
    confirmation = ("________________________________\nFrån: DalaLab <linnea.hassis@regiondalarna.se>\n"
                    "Skickat: den 8 februari 2027 09:12\nTill: Erik Sand\nÄmne: Bekräftelse DalaLab\n\nHej!\n\n"
                    "Du är anmäld till:\n\n  • Måndag 3 maj 2027, Falun\n\nVälkommen!\n")
    r = parse_email(_reply_over(mail, confirmation, "Hej,\n\nkan ni lägga till novemberträffen också?\n\n/Erik",
                                "SV: Bekräftelse DalaLab"), config, arrival)
    assert (r.intent, r.sessions, names(r)) == (Intent.CHANGE, (S1, S3), ["Erik Sand"])


def test_an_addition_over_a_quoted_english_confirmation(config: Config, mail: Callable[..., bytes],
                                                        arrival: dt.datetime) -> None:
    confirmation = ("On Mon, 8 Feb 2027 at 09:12, DalaLab <linnea.hassis@regiondalarna.se> wrote:\n"
                    "> Hello,\n> You are registered for:\n> - 21 September 2027\n> - 29 November 2027\n> Welcome!\n")
    r = parse_email(_reply_over(mail, confirmation, "Could you add the February session as well?\n\nErik",
                                "Re: Confirmation"), config, arrival)
    assert (r.intent, r.sessions) == (Intent.CHANGE, (S2, S3, S4))


def test_a_quoted_invitation_is_no_signup_held(config: Config, mail: Callable[..., bytes],
                                               arrival: dt.datetime) -> None:
    invitation = ("Den 2 februari 2027 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n"
                  "> Välkommen till DalaLab! Träffarna är 3 maj, 21 september, 29 november och 22 februari.\n")
    r = parse_email(_reply_over(mail, invitation, "Jag vill gärna vara med på 3 maj också.\n\nErik", "Re: Inbjudan"),
                    config, arrival)
    assert (r.intent, r.sessions) == (Intent.REGISTER, (S1,))


def test_an_addition_without_a_held_signup_is_read_as_before() -> None:
    assert read("Lägg till 29/11 också.", held_elsewhere=True).adds
    assert not read("Lägg till 29/11 också.").adds


# ------------------------------------------------ a place handed to a successor: a substitution
@pytest.mark.parametrize("text", [
    "Jag går i pension i april och min plats går till Karin Ek (karin.ek@mora.se).",
    "Eftersom jag byter tjänst tar min efterträdare Olle Sten över på alla träffar.",
    "I'm leaving the municipality in March; my seat goes to my successor, Jonas Berg.",
])
def test_a_place_handed_to_a_successor_is_a_substitution(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert (r.intent, r.change) == (Intent.CHANGE, "substitute")
    assert [p.role.value for p in r.people if p.role] == ["leaving", "joining"]


def test_a_successor_not_yet_there_is_no_substitution() -> None:
    assert read("Min efterträdare är inte anställd än, så jag avanmäler mig.").intent == Intent.CANCEL
    assert read("Min efterträdare kommer inte att vara på plats förrän i maj, så jag går på 3 maj själv."
                ).intent == Intent.REGISTER


# ------------------------------------------------ cancellations
@pytest.mark.parametrize("text", [
    "Varken jag eller min kollega Per Holm kan komma den 21/9.",
    "Ingen av oss två kan komma i november, vi går på de övriga som vi anmält oss till.",
    "Neither I nor my colleague Eva Lund can attend on 29 November.",
])
def test_several_people_cancelling_at_once(text: str) -> None:
    assert read(text, names=True).intent == Intent.CANCEL


def test_both_named_cancel_the_one_session(config: Config, arrival: dt.datetime) -> None:
    r = chat("Varken jag eller Lisa Ström kan komma 29 november, vi kommer på de andra som vi anmält oss till.",
             config, arrival)
    assert (r.intent, r.sessions, names(r)) == (Intent.CANCEL, (S3,), ["Hanna Lindqvist", "Lisa Ström"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Kan tyvärr inte den 3/5, men 21/9 och 29/11 står kvar.", (S1,)),
    ("Jag missar 22/2 pga en resa, övriga står kvar.", (S4,)),
    ("Jag står på 21/9 och 29/11 men kan tyvärr inte i november längre.", (S3,)),
])
def test_a_session_given_up_beside_those_kept_is_a_cancellation(text: str, expected: tuple[dt.date, ...],
                                                                 config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert (r.intent, r.sessions) == (Intent.CANCEL, expected)


def test_without_a_signup_held_a_session_declined_is_part_of_a_signup(config: Config, arrival: dt.datetime) -> None:
    r = chat("Jag kan inte den 21/9 men gärna de andra.", config, arrival)
    assert (r.intent, r.sessions) == (Intent.REGISTER, (S1, S3, S4))


def test_a_question_to_us_beside_a_signup_held_is_no_cancellation() -> None:
    assert read("Jag är anmäld till 3 maj. Kan ni inte flytta träffen 21/9?").intent == Intent.QUESTION


@pytest.mark.parametrize("body", [
    ("Hej,\n\nen ändring: Lars Viklund börjar inte hos oss ändå. Det finns ingen som kan ta hans plats, så stryk "
    "honom. Jag och Eva står kvar.\n\nKarin Dahl\nMora kommun\n"),
    ("Hej,\n\nvår nya kollega Lars Viklund får ingen ersättare, stryk honom från alla träffar. Övriga från Mora står "
    "kvar som tidigare.\n\nKarin Dahl\nMora kommun\n"),
])
def test_a_colleague_withdrawn_when_nobody_takes_the_place(body: str, config: Config, mail: Callable[..., bytes],
                                                           arrival: dt.datetime) -> None:
    r = parse_email(mail(body, sender="Karin Dahl <karin.dahl@mora.se>", subject="Ändring DalaLab"), config, arrival)
    assert (r.intent, r.sessions, names(r)) == (Intent.CANCEL, ALL, ["Lars Viklund"])


def test_nobody_to_take_the_place_in_english() -> None:
    assert read("Nobody can take her place, so please just remove Anna Ek from the list.").intent == Intent.CANCEL


def test_a_substitute_beside_a_denial_of_something_else_stays_a_substitution() -> None:
    assert read("I have no time so Per Ek will take my place on 3 May.", names=True).change == "substitute"


# ------------------------------------------------ putting a colleague on the list
@pytest.mark.parametrize("text", [
    "Kan du skriva upp Lisa Holm på alla fyra? Jag går inte själv.",
    "Sätt upp vår nya planerare Ali Aziz på 3 maj, tack.",
    "Skriv gärna upp mig på höstens träffar.",
])
def test_putting_someone_on_the_list_is_a_signup(text: str) -> None:
    assert read(text, names=True).intent == Intent.REGISTER


def test_writing_something_else_down_is_no_signup() -> None:
    assert read("Jag skriver upp datumet i kalendern, blir det lunch?").intent == Intent.QUESTION
    assert read("Hur gör man för att skriva upp sig på träffen 3 maj?").intent == Intent.QUESTION


def test_the_colleague_put_on_the_list_is_the_one_person(config: Config, mail: Callable[..., bytes],
                                                         arrival: dt.datetime) -> None:
    body = ("Hej!\n\nKan du skriva upp Ali Aziz på alla fyra? Han börjar hos oss i april, mejl ali.aziz@orsa.se. "
            "Själv går jag inte.\n\nHälsningar\nPia\n")
    r = parse_email(mail(body, sender="Pia Nord <pia.nord@orsa.se>", subject="Ny kollega"), config, arrival)
    assert (r.intent, r.sessions, names(r)) == (Intent.REGISTER, ALL, ["Ali Aziz"])
