"""Round 25b (reading.py), by class, each in other words than the corpus; near-misses beside each.

Class A: an over-broad cancellation put right, "put me back on the others" beside the one session meant: the sessions
after the change are all but the one meant (the intent helper's round-25 proposal 1).

Class B: a date given only as the reason for not coming ("Den 21/9 har vi styrelsemöte."): a session declined, not
asked for, unless a later sentence refers back to it (the sessions helper's round-25 proposal 1, ``Mention.busy``).

Class C: a correction of a wrong confirmation: the clause reporting what the confirmation says is not what is asked
for when a "men"/"but" clause tells what was asked; a closing "Bara X alltså" / "Only X, then." settles the sessions
(the sessions helper's round-25 proposal 2)."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


# A: "the others" beside the one session meant, after an over-broad cancellation
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! I bekräftelsen står att jag är avanmäld från samtliga träffar, men jag menade bara februariträffen. "
      "Kan ni lägga tillbaka mig på de andra tre?\n/Karin"), [MAY, SEP, NOV]),
    ("Hej! Jag kan inte 3 maj. Kan ni flytta mig till de andra tre?\n/Karin", [SEP, NOV, FEB]),
    (("Hello, the confirmation says I'm cancelled from every session, but I only meant the one in May. Could you put "
      "me back on the other three?\n/Karin"), [SEP, NOV, FEB]),
])
def test_back_on_the_others_after_an_overbroad_cancellation(body: str, expected: list[dt.date],
                                                            config: Config) -> None:
    r = mail(body, config, "SV: Avanmälan bekräftad")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == expected


def test_the_others_added_beside_the_one_held(config: Config) -> None:
    """Near-miss: the one held and the others added: every session."""
    for body in ("Hej! Jag står på första träffen. Lägg till de tre övriga också.\n/Karin",
                 "Hej! Jag är anmäld till 3 maj. Kan ni lägga till mig på de andra också?\n/Karin"):
        r = mail(body, config, "Ändring")
        assert sorted(r.sessions) == ALL, body


def test_a_cancellation_keeping_the_others(config: Config) -> None:
    """Near-miss: one session cancelled, the others kept: the one cancelled."""
    r = mail("Hej! Stryk mig från 3 maj, men jag kommer på de andra.\n/Karin", config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == [MAY]


# B: a date given only as the reason for not coming
def test_a_change_to_all_but_one_with_the_reason_after(config: Config) -> None:
    r = mail("Hej! Kan du ändra min anmälan så att jag går på alla träffar utom den i september? Den 21/9 har jag "
             "styrelsemöte.\n/Karin", config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [MAY, NOV, FEB]


@pytest.mark.parametrize("body", [
    "Hej, jag vill anmäla mig till DalaLab. Den 3 maj har vi tyvärr kommunstyrelse.\n/Karin",
    "Hi, I'd like to sign up for DalaLab. On 3 May we have a board meeting, unfortunately.\n/Karin",
])
def test_a_signup_with_a_busy_day_told(body: str, config: Config) -> None:
    r = mail(body, config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [SEP, NOV, FEB]


def test_a_swap_with_the_reason_after(config: Config) -> None:
    """Near-miss: a swap and the reason for it: the new session."""
    r = mail("Hej, jag vill byta 21 september mot 29 november. Den 21/9 har vi styrelsemöte.\n/Karin", config, "Byte")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [NOV]


def test_a_busy_day_cancelled_by_reference(config: Config) -> None:
    """Near-miss: the busy day cancelled by "det tillfället" in the next sentence."""
    r = mail("Hej! Den 21 september har hon dock en kurs. Vi avanmäler henne därför från det tillfället.\n/Karin",
             config, "Avanmälan")
    assert r.intent == Intent.CANCEL
    assert sorted(r.sessions) == [SEP]


def test_a_busy_day_but_coming_anyway(config: Config) -> None:
    """Near-miss: an engagement that day, but coming all the same: the session asked for."""
    r = mail("Hej, jag vill anmäla mig till 21/9. Den dagen har vi styrelsemöte men jag kommer ändå.\n/Karin",
             config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [SEP]


# C: the correction of a wrong confirmation
def test_a_wrong_confirmation_restated(config: Config) -> None:
    """"Bara X alltså" settles the sessions (the rules read the intent as a signup; the sessions are right)."""
    r = mail("Hej! Ni har skrivit att jag är anmäld till 3 maj, men jag bad om 22 februari. Bara 22 februari "
             "alltså.\n/Karin", config, "SV: Bekräftelse")
    assert sorted(r.sessions) == [FEB]


@pytest.mark.parametrize("body", [
    ("Hej! I bekräftelsen står det att jag är anmäld till 3 maj, men jag anmälde mig till 22 februari. Kan ni rätta "
     "det? Bara 22 februari alltså.\n/Karin"),
    ("Hi! The confirmation says I'm registered for 3 May, but I signed up for 22 February. Could you fix that? Only "
     "22 February, then.\n/Karin"),
    ("Hej! Ni har skrivit att jag är anmäld till 3 maj, men jag bad om 22 februari. Kan ni ändra?\n/Karin"),
])
def test_a_wrong_confirmation_read_as_a_change_by_the_model(body: str, config: Config,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The model states a change over the rules' reading (no kind of change): the sessions asked for."""
    monkeypatch.setattr(reading, "stated_intent", lambda intent, second: Intent.CHANGE)
    r = mail(body, config, "SV: Bekräftelse")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [FEB]


def test_held_and_one_added(config: Config) -> None:
    """Near-miss: one held, one added: both."""
    r = mail("Hej! Jag är anmäld till 3 maj och vill lägga till 22 februari.\n/Karin", config, "Ändring")
    assert r.intent == Intent.CHANGE
    assert sorted(r.sessions) == [MAY, FEB]


def test_a_right_confirmation_and_one_added(config: Config) -> None:
    """Near-miss: the confirmation said right, one more asked for: both."""
    r = mail("Hej! I bekräftelsen står det att jag är anmäld till 3 maj, och det stämmer. Men jag vill även gå på "
             "22 februari.\n/Karin", config, "SV: Bekräftelse")
    assert sorted(r.sessions) == [MAY, FEB]


def test_only_one_said_in_passing(config: Config) -> None:
    """Near-miss: "bara" in a sentence that says more than the sessions: read as before."""
    r = mail("Hej! Jag vill anmäla mig till 3 maj och 21 september. Bara 21 september kan bli svårt, men jag "
             "försöker.\n/Karin", config, "Anmälan")
    assert r.intent == Intent.REGISTER
    assert sorted(r.sessions) == [MAY, SEP]
