"""Sessions, tenth round: general readings, each class with variants of its own (none from a corpus).

- sessions named by their day of the week ("måndagsträffarna", "the Tuesday meetings", "på tisdagarna") are the
  configured sessions on that day; a month, date or season after it narrows them; the singular is one of several;
- a month said as when something else starts or ends ("flyttar i november", "my contract ends in September") is no
  session;
- an absence placed now ("is travelling this week") is why someone else writes, not the sessions asked for;
- a cancellation naming "den träffen", "that session" takes the session the sentence before names;
- a cancellation naming no session beside sessions said to stay booked cancels the rest.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.parsing.sessions import find_mention
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, MARCH, S1, S2, S3, S4, SESSIONS, dates


# ------------------------------------------------ sessions by their day of the week
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill gå på måndagsträffarna.", {S1, S3}),
    ("Boka mig på tisdagstillfällena, tack", {S2, S4}),
    ("Please book me on the Tuesday meetings.", {S2, S4}),
    ("Jag kommer på träffarna på måndagarna.", {S1, S3}),
    ("I can only make the Monday sessions", {S1, S3}),
    ("Vi tar måndagsträffen i november och tisdagsträffen i februari.", {S3, S4}),
    ("tisdagsträffarna i höst passar mig", {S2}),
    ("Onsdagsträffarna kan jag inte", set()),
])
def test_sessions_by_weekday_are_those_on_that_day(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_one_weekday_session_of_two_is_ambiguous() -> None:
    m = find_mention("Jag hinner bara med måndagsträffen.", SESSIONS, MARCH)
    assert m.dates == {S1, S3} and m.ambiguous


def test_a_weekday_alone_is_still_the_next_such_day() -> None:
    assert dates("Kan vi ses på tisdag?", dt.date(2027, 9, 16)) == {S2}


# ------------------------------------------------ a month of something else
@pytest.mark.parametrize("text", [
    "Avanmäl mig från allt, familjen flyttar i november.",
    "My contract ends in September, so please take me off the list.",
    "Hon har fått en tjänst som startar i slutet av februari och avanmäler sig därför.",
])
def test_a_month_when_something_else_starts_or_ends_is_no_session(text: str) -> None:
    assert dates(text) == set()


def test_a_month_of_attending_or_of_ones_own_end_is_still_a_session() -> None:
    assert dates("Jag kommer på träffen i november.") == {S3}
    assert dates("Jag slutar i november.", dt.date(2027, 4, 2)) == {S3}


def test_a_cancellation_giving_a_new_jobs_month_cancels_everything(config: Config,
                                                                     mail: Callable[..., bytes]) -> None:
    body = "Hej! Tyvärr måste jag avanmäla mig, jag har fått en ny tjänst som börjar i september.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == (S1, S2, S3, S4)


# ------------------------------------------------ an absence now
@pytest.mark.parametrize("body", [
    ("Hi Linnea,\n\nMy colleague Per Lund (per.lund@mora.se) is travelling this week and asked me to sign him up for "
     "the May and November sessions.\n\nBest, Anna Berg"),
    ("Hej!\n\nPer Lund (per.lund@mora.se) är bortrest just nu och bad mig anmäla honom till träffarna i maj och "
     "november.\n\nHälsningar Anna Berg"),
])
def test_an_absence_now_does_not_take_away_the_sessions_asked_for(config: Config, mail: Callable[..., bytes],
                                                                   body: str) -> None:
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S3)


def test_an_absence_on_the_day_still_takes_the_session_away(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej! Anmäl mig till alla träffar, men jag är bortrest 21 september.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER and r.sessions == (S1, S3, S4)


# ------------------------------------------------ "den träffen", "that session"
@pytest.mark.parametrize("body", [
    ("Hej,\n\nPer Lund är anmäld till alla fyra träffarna. Den 29 november har han dock en kurs i Stockholm. "
     "Vi avanmäler honom därför från det tillfället.\n\nAnna Berg"),
    "Hello,\n\nOn 29 November I have a board meeting in Mora. Please cancel my place at that session.\n\nAnna Berg",
])
def test_a_cancellation_of_that_session_takes_the_one_named_before(config: Config, mail: Callable[..., bytes],
                                                                   body: str) -> None:
    r = parse_email(mail(body, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == (S3,)


# ------------------------------------------------ the rest of a cancellation
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nPer Lund är föräldraledig en period och avanmäls från de träffar som infaller då. Hans anmälan "
      "till 21 september och 29 november står kvar.\n\nAnna Berg"), (S1, S4)),
    (("Hello,\n\nPlease cancel my registration for the sessions during my leave. May 3 and September 21 remain "
      "unchanged.\n\nAnna Berg"), (S3, S4)),
])
def test_a_cancellation_beside_sessions_kept_cancels_the_rest(config: Config, mail: Callable[..., bytes], body: str,
                                                              expected: tuple[dt.date, ...]) -> None:
    r = parse_email(mail(body, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == expected


def test_a_cancellation_naming_its_session_is_not_widened(config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej,\n\nJag kan inte komma 21 september, avanmäl mig från den. 3 maj står kvar.\n\nAnna Berg"
    r = parse_email(mail(body, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL and r.sessions == (S2,)
