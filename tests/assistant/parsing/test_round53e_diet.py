"""Diet, round 53e: a diet corrected, found by trying the service; in words of their own (none from a corpus), with
near-misses.

- A diet the writer says they gave, then corrects in the same sentence ("jag skrev laktosfri, men det ska vara
  nötallergi", "I put vegetarian but it should be vegan", "det står glutenfri, rätt är laktosfri"): the one after the
  correction is the diet (a change of diet); the old one was kept beside it. Near-misses: one added to the first
  ("..., men det ska vara nötfritt också") keeps both; two needs with no correction between them keep both.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

SARA = "Sara Lind <sara.lind@hedemora.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body + "\n\nSara Lind\nHedemora kommun\n", sender=SARA, subject="Min anmälan"),
                       config, ARRIVAL)


CORRECTED = [
    ("Hej! Jag skrev laktosfri, men det ska vara nötallergi. Laktos går bra.", "nötallergi"),
    ("Hej, i min anmälan står det vegetarisk men det skulle vara vegansk kost.", "vegansk kost"),
    ("Hi, I put vegetarian in my registration but it should be vegan.", "vegan"),
    ("Hej! Jag angav glutenfri av misstag, rätt är laktosintolerant.", "laktosintolerant"),
]


@pytest.mark.parametrize(("body", "need"), CORRECTED)
def test_a_the_diet_after_a_correction_is_the_diet(config: Config, body: str, need: str) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.CHANGE
    assert r.diet == need
    assert [p.name for p in r.people] == ["Sara Lind"]
    assert [p.diet for p in r.people] == [need]


@pytest.mark.parametrize(("text", "need"), [
    ("Jag skrev laktosfri, men det ska vara nötfritt också.", "laktosfri, nötfritt"),
    ("Jag är vegetarian och har nötallergi.", "vegetarian, nötallergi"),
    ("Jag har laktosintolerans. Det ska vara glutenfritt för min kollega.", "laktosintolerans, glutenfritt"),
])
def test_a_near_miss_a_need_added_or_beside_keeps_both(text: str, need: str) -> None:
    assert find_diet(text) == need


def test_a_the_correction_told_in_a_chat_is_a_change_of_diet(config: Config) -> None:
    r = parse_chat("jag skrev laktosfri, men det ska vara nötallergi", Sender("telegram", "77", "Sara Lind"), config,
                   ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.diet == "nötallergi"
    assert [p.diet for p in r.people] == ["nötallergi"]
