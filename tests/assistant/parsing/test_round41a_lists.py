"""Lists, round 41a: by class, each in words of its own (none from a corpus), with near-misses.

- A: lines of names written surname first, some with a need after a dash, under no colon ("Holm, Sara – vegan",
  "Ek, Per", "Lund, Mia – glutenfri"), run together into one sentence: each line one person, "Förnamn Efternamn", the
  need the one's on that line; not the given name of one line read with the surname of the next ("Per Lund").
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


@pytest.mark.parametrize(("rows", "expected"), [
    ("Holm, Sara   – vegan\nEk, Per\nLund, Mia   – glutenfri",
     [("Sara Holm", "vegan"), ("Per Ek", None), ("Mia Lund", "glutenfri")]),
    ("Holm, Sara – vegan\nEk, Per – laktosfri\nLund, Mia",
     [("Sara Holm", "vegan"), ("Per Ek", "laktosfri"), ("Mia Lund", None)]),
    ("Smith, Anna – vegetarian\nBrown, Tom\nLee, Kim – nut allergy",
     [("Anna Smith", "vegetarian"), ("Tom Brown", None), ("Kim Lee", "nut allergy")]),
])
def test_a_surname_first_rows_with_needs_are_one_person_each(config: Config, rows: str,
                                                             expected: list[tuple[str, str | None]]) -> None:
    text = (f"Hej!\n\nHär är våra deltagare, de går 3 maj och 21 september.\n\n{rows}\n\n"
            "Själv deltar jag inte, jag samordnar bara.\n\n/Bo Dahl\nOrsa kommun")
    r = parse_email(build_mail(text, sender="Bo Dahl <bo.dahl@orsa.se>"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S2)
    assert sorted((p.name, p.diet) for p in r.people) == sorted(expected)


def test_a_near_miss_rows_without_needs_are_read_as_before(config: Config) -> None:
    text = ("Hej!\n\nHär är våra deltagare, de går 3 maj och 21 september.\n\nHolm, Sara\nEk, Per\nLund, Mia\n\n"
            "Själv deltar jag inte.\n\n/Bo Dahl\nOrsa kommun")
    r = parse_email(build_mail(text, sender="Bo Dahl <bo.dahl@orsa.se>"), config, ARRIVAL)
    assert sorted(p.name for p in r.people) == ["Mia Lund", "Per Ek", "Sara Holm"]
