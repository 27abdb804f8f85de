"""A diet taken off a signup ("ta bort vegetariskt från min anmälan", "jag äter allt nu", "I'm no longer vegan"): a
change of diet to none, never the diet named recorded (which would tell the kitchen the opposite of what was asked).
Near-misses keep their reading: a diet added or told, a person taken off a signup beside a diet told."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.intent import diet_withdrawn
from assistant.parsing.parser import parse_chat
from assistant.parsing.text import fold
from assistant.request import Intent, Sender

EVA = Sender("telegram", "4711", "Eva Lund")


@pytest.mark.parametrize("text", [
    "Kan ni ta bort vegetariskt från min anmälan? Jag äter allt nu.",
    "Hej! Ta bort min glutenfria kost, det behövs inte längre.",
    "Stryk veganskt på mig tack, jag äter allt igen.",
    "Please remove the vegetarian option from my registration.",
    "I'm no longer vegan, so ordinary food is fine.",
    "Jag är inte längre vegetarian.",
])
def test_a_diet_taken_off_is_no_diet(text: str) -> None:
    assert diet_withdrawn(fold(text))


@pytest.mark.parametrize("text", [
    "Jag äter vegetariskt.",
    "Kan ni lägga till glutenfri kost på min anmälan?",
    "Ta bort mig från 3 maj. Jag är vegan.",
    "Per äter allt utom fisk.",
    "Jag är inte vegan men vegetarian.",
])
def test_a_diet_told_or_added_is_not_taken_off(text: str) -> None:
    assert not diet_withdrawn(fold(text))


def test_a_diet_taken_off_a_signup_is_a_change_to_none(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Hej! Ta bort vegetariskt från min anmälan, jag äter allt nu. /Eva Lund, Orsa kommun", EVA,
                   config, arrival)
    assert (r.intent, r.change, r.diet, r.sessions) == (Intent.CHANGE, "diet", None, ())
    asked = parse_chat("Hej! Kan ni ta bort vegetariskt från min anmälan? /Eva Lund, Orsa kommun", EVA, config, arrival)
    assert asked.intent in (Intent.CHANGE, Intent.QUESTION)     # never a cancellation of Eva
    added = parse_chat("Hej! Kan ni lägga till vegetariskt på min anmälan? /Eva Lund, Orsa kommun", EVA, config, arrival)
    assert added.diet is not None and "vegetar" in added.diet
