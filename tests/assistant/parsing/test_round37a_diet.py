"""Diets, round 37a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a diet asked about as what is served, then taken if there is one ("blir det glutenfritt? i så fall tar jag det",
  "finns det vegansk lunch? isf vill jag ha det", "is there a vegetarian option? if so I'll have that"): the writer's
  diet; the question alone, or followed by something else, still states none.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

NORA = Sender("telegram", "5150", "Nora Lind")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, NORA, config, ARRIVAL)


@pytest.mark.parametrize(("text", "diet"), [
    ("anmäl mig till 21/9 tack! blir det glutenfritt? i så fall tar jag det. Nora Lind, Orsa kommun", "glutenfritt"),
    ("Jag kommer på alla träffar. Finns det vegansk lunch? Isf vill jag gärna ha det. /Nora, Orsa", "vegansk"),
    ("Please sign me up for all four sessions. Is there a vegetarian option? If so, I'll have that. Nora Lind, Orsa",
     "vegetarian"),
])
def test_a_a_diet_taken_if_served_is_the_writers(config: Config, text: str, diet: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert r.diet == diet
    assert [p.diet for p in r.people] == [diet]


@pytest.mark.parametrize("text", [
    "anmäl mig till 21/9 tack! blir det glutenfritt? Nora Lind, Orsa kommun",
    "anmäl mig till 21/9 tack! blir det glutenfritt? i så fall är det bra för min kollega som kommer senare. Nora Lind",
])
def test_a_near_miss_a_question_of_what_is_served_states_no_diet(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.diet is None
