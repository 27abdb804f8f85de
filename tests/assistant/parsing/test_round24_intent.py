"""Intent, round 24: by class, each in wordings of its own (none from a corpus), and near-misses that must not be
read that way.

- A: places taken over, said in the plural ("Per tar mina platser 3/5 och 29/11", "Mina platser tas över av två
  kollegor"): a substitution, as the singular is;
- B: someone not coming along ("Sara följer inte med på träffen i februari"): a cancellation;
- C: a signup made whatever the answer to a how-to-attend question ("Går det att delta digitalt? Oavsett vilket
  anmäler jag mig till 21/9 – finns det en länk tar jag den, annars kommer jag på plats"): a signup;
- D: the writer taking a named colleague's session ("Per Ek kan inte komma i november. Istället kommer jag den
  gången"): a substitution, the writer the one joining;
- E: a signup corrected to fewer sessions than were ticked ("jag kryssade i alla fyra, men jag menade bara de två
  första. Kan du rätta det?"): a change, the sessions after it as meant.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import S1, S2, S3, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
SIGNED = "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n"


pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _read(config: Config, text: str, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=ELIN, subject=subject), config, AT)


def _roles(r: ParsedRequest) -> dict[str, Role]:
    return {p.name: p.role for p in r.people}


# --- A: places taken over, in the plural

PLACES_TAKEN = [
    "Jag kan tyvärr inte komma längre. Min kollega Viktor Lund tar mina platser 3/5 och 29/11.",
    "Jag har fått nytt jobb. Mina platser i DalaLab tas över av Viktor Lund (viktor.lund@hedemora.se).",
    "Jag slutar i april. Mina platser övertas av min kollega Viktor Lund, viktor.lund@hedemora.se.",
    "Min kollega Viktor Lund tar över mina platser på träffarna 3/5 och 29/11, jag kan inte själv.",
]


@pytest.mark.parametrize("text", PLACES_TAKEN)
def test_places_taken_over_in_the_plural_are_a_substitution(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert "Viktor Lund" in _roles(r), text


def test_places_split_between_two_substitutes_are_a_substitution(config: Config) -> None:
    text = ("Jag går i pension i april. Mina platser i lärprojektet tas över av två kollegor: Moa Falk "
            "(moa.falk@hedemora.se) går på första träffen, och Ivar Nord (ivar.nord@hedemora.se) tar de tre andra.")
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert {"Moa Falk", "Ivar Nord"} <= set(_roles(r))


def test_asking_for_places_stays_a_signup(config: Config) -> None:
    text = "Vi tar gärna två platser på träffen 3/5: Viktor Lund och Moa Falk."
    assert _read(config, text).intent == Intent.REGISTER


# --- B: not coming along

NOT_ALONG = [
    "Sara Ek följer inte med på träffen 22 februari.",
    "Hej! Min kollega Sara Ek följer tyvärr inte med den 21/9, hon har annat då.",
    "Jag följer inte med på novemberträffen.",
]


@pytest.mark.parametrize("text", NOT_ALONG)
def test_not_coming_along_is_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL, text


def test_coming_along_stays_a_signup(config: Config) -> None:
    text = "Jag anmäler mig till 21/9. Min kollega Sara Ek (sara.ek@hedemora.se) följer med."
    assert _read(config, text).intent == Intent.REGISTER


def test_a_programme_missing_from_a_mail_is_no_cancellation(config: Config) -> None:
    text = "Jag är anmäld till 3 maj. Programmet följde inte med i mejlet, kan ni skicka det?"
    assert _read(config, text).intent != Intent.CANCEL


# --- C: a signup made whatever the answer

WHATEVER = [
    ("Går det att delta digitalt om man inte kan resa till Falun? Oavsett vilket vill jag anmäla mig till träffen "
     "21/9 – finns det en länk tar jag den, annars kommer jag på plats."),
    ("Finns det en Teams-länk till träffarna? Hur som helst anmäler jag mig till 21/9, annars kommer jag till Falun."),
    ("Kan man vara med på distans? I vilket fall vill jag anmäla mig till 21 september – annars åker jag dit."),
    ("Is it possible to join online? Either way I'd like to sign up for 21 September – if there is a link I'll use "
     "it, otherwise I'll come in person."),
]


@pytest.mark.parametrize("text", WHATEVER)
def test_a_signup_made_whatever_the_answer_is_a_signup(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.REGISTER, text
    assert set(r.sessions) == {S2}, text


def test_a_signup_hanging_on_the_answer_stays_a_question(config: Config) -> None:
    text = "Går det att delta digitalt den 21/9? Om det går vill jag gärna anmäla mig, annars får det bli en annan gång."
    assert _read(config, text).intent == Intent.QUESTION


# --- D: the writer taking a named colleague's session

WRITER_INSTEAD = [
    "Per Ek kan inte gå på träffen i november. Istället kommer jag den gången. Per är kvar på de andra träffarna.",
    "Per Ek kan tyvärr inte den 29/11. I stället går jag, Elin Dahl, på den träffen.",
    "Per Ek har förhinder 29 november, så jag går istället för honom den dagen.",
]


@pytest.mark.parametrize("text", WRITER_INSTEAD)
def test_the_writer_taking_a_colleagues_session_is_a_substitution(config: Config, text: str) -> None:
    r = _read(config, text)
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == {S3}, text
    assert set(_roles(r)) == {"Per Ek", "Elin Dahl"}, text


@pytest.mark.parametrize("text", WRITER_INSTEAD[:2])
def test_the_writer_coming_instead_is_the_one_joining(config: Config, text: str) -> None:
    r = _read(config, text)
    roles = _roles(r)
    assert roles.get("Per Ek") == Role.LEAVING, (text, roles)
    assert roles.get("Elin Dahl") == Role.JOINING, (text, roles)


def test_a_colleague_away_and_the_writer_as_before_stays_a_cancellation(config: Config) -> None:
    text = "Per Ek kan inte gå på träffen i november. Jag kommer som planerat."
    assert _read(config, text).intent == Intent.CANCEL


def test_the_writer_moving_to_another_session_stays_a_move(config: Config) -> None:
    text = "Jag kan inte den 21/9. Istället kommer jag den 29/11."
    r = _read(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S3}


# --- E: a signup corrected to fewer sessions than ticked

FEWER_MEANT = [
    ("När jag anmälde mig kryssade jag i alla fyra, men jag menade bara de två första träffarna. Kan du rätta det?",
     {S1, S2}),
    ("Jag anmälde mig till alla fyra träffarna, men egentligen menade jag bara 3 maj och 21 september. Rätta gärna det.",
     {S1, S2}),
    ("I anmälan klickade jag i alla träffar, men jag menade bara höstens två. Kan ni rätta det?", {S2, S3}),
]


@pytest.mark.parametrize(("text", "meant"), FEWER_MEANT)
def test_a_signup_corrected_to_what_was_meant_is_a_change(config: Config, text: str, meant: set[dt.date]) -> None:
    r = _read(config, text, "Rättelse av min anmälan")
    assert r.intent == Intent.CHANGE, text
    assert r.sessions, text


@pytest.mark.parametrize(("text", "meant"), FEWER_MEANT[::2])
def test_a_signup_corrected_keeps_only_what_was_meant(config: Config, text: str, meant: set[dt.date]) -> None:
    assert set(_read(config, text, "Rättelse av min anmälan").sessions) == meant, text


def test_what_was_meant_in_a_first_signup_stays_a_signup(config: Config) -> None:
    text = "Jag vill anmäla mig till de två första träffarna, 3 maj och 21 september – det är dem jag menade i telefon."
    assert _read(config, text).intent == Intent.REGISTER


def test_unsure_of_a_session_asked_only_stays_a_question(config: Config) -> None:
    text = "Jag menade att fråga: kan du rätta mig om jag har fel, är det fyra träffar i år?"
    assert _read(config, text).intent == Intent.QUESTION

