"""Diets, round 41a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a need given up for another ("från vegetarisk till vegan", "nu halal (tidigare laktosfri)", "previously
  vegetarian, now vegan", "vegan instead of vegetarian"): only the new need is the diet; a need kept ("som tidigare
  vegetarisk") or a place after "från" ("vegetarisk, från Mora") is not given up.
"""

from __future__ import annotations

import pytest

from assistant.parsing.diet import find_diet


@pytest.mark.parametrize(("text", "diet"), [
    ("Ändra gärna min kost från vegetarisk till vegan.", "vegan"),
    ("Per Holm – nu halal (tidigare laktosfri)", "halal"),
    ("I was previously vegetarian but I'm vegan now.", "vegan"),
    ("Put me down as vegan instead of vegetarian, please.", "vegan"),
    ("byt min kost från glutenfri till laktosfri tack", "laktosfri"),
])
def test_a_a_need_given_up_for_another_is_not_the_diet(text: str, diet: str) -> None:
    assert find_diet(text) == diet


@pytest.mark.parametrize(("text", "diet"), [
    ("Kost: som tidigare vegetarisk", "vegetarisk"),
    ("Per Ek, vegetarisk, från Mora", "vegetarisk"),
    ("Jag är laktosintolerant och glutenfri.", "laktosintolerant och glutenfri"),
])
def test_a_near_miss_a_need_kept_is_the_diet(text: str, diet: str) -> None:
    assert find_diet(text) == diet
