"""Sessions, round 37a: by class, each in words of its own (none from a corpus), with near-misses.

- A: week numbers listed after one "v." ("v. 18, 38 och 48", "veckorna 38 och 48", "weeks 38 and 48"): the sessions
  in each of those weeks; a week number with a time or a year after it is one week;
- B: a signup held, narrowed to sessions named right after "kan bara" ("jag anmälde mig till alla fyra men kan bara
  21/9 och 29/11 nu", "I'm registered for all four but can only do 21/9 now"): a change to those; "kan bara komma"
  as before, and a new signup that "kan bara 21/9" is a signup.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"
OLA = Sender("telegram", "4712", "Ola Berg")


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=ELSA, subject=subject), config, ARRIVAL)


# --- A: week numbers listed

@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Jag vill anmäla mig. Februari passar inte, men v. 18, 38 och 48 har jag bokat.", [S1, S2, S3]),
    ("Anmäl mig till träffarna veckorna 38 och 48, tack.", [S2, S3]),
    ("Please register me for the sessions in weeks 38 and 48.", [S2, S3]),
    ("Anmäl mig till v 38 & 48.", [S2, S3]),
])
def test_a_listed_week_numbers_are_those_sessions(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == expected


@pytest.mark.parametrize("text", [
    "Anmäl mig till träffen v. 38, 10:00 passar bra.",
    "Anmäl mig till träffen v. 38, 2027.",
])
def test_a_near_miss_a_week_with_a_time_or_year_is_one_week(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert list(r.sessions) == [S2]


# --- B: "men kan bara 21/9 och 29/11 nu"

@pytest.mark.parametrize(("text", "expected"), [
    ("Jag anmälde mig till alla fyra men kan bara 21/9 och 29/11 nu. Ta bort de andra.", [S2, S3]),
    ("Jag är anmäld till alla träffar, men kan tyvärr endast den 3 maj nu.", [S1]),
    ("I'm registered for all four sessions but can only do 22 February now.", [S4]),
])
def test_b_a_held_signup_narrowed_by_kan_bara(config: Config, text: str, expected: list[dt.date]) -> None:
    r = parse_chat(text, OLA, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == expected


def test_b_near_miss_a_new_signup_that_can_only_come_once(config: Config) -> None:
    r = parse_chat("Hej! Anmäl mig till DalaLab, jag kan bara 21/9.", OLA, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]
