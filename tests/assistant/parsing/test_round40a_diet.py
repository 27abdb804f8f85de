"""Diet, round 40a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a pescetarian diet written as an adjective ("äter pescetariskt", "pescetarisk kost", "pesketariska luncher"):
  kept as written, like "vegetariskt"; a pescetarian named by the noun ("pescetarian") as before.
"""

from __future__ import annotations

import pytest

from assistant.parsing.diet import find_diet


@pytest.mark.parametrize(("text", "diet"), [
    ("Jag äter pescetariskt, om det går.", "pescetariskt"),
    ("Min kollega vill ha pesketarisk mat.", "pesketarisk"),
    ("Vi är två som äter pescetariska luncher.", "pescetariska"),
])
def test_a_a_pescetarian_adjective_is_a_diet(text: str, diet: str) -> None:
    assert find_diet(text) == diet


@pytest.mark.parametrize(("text", "diet"), [
    ("Jag är pescetarian.", "pescetarian"),
    ("Ingen av oss äter pescetariskt.", None),
    ("Jag äter vegetariskt.", "vegetariskt"),
])
def test_a_near_miss_the_noun_denials_and_other_diets_as_before(text: str, diet: str | None) -> None:
    assert find_diet(text) == diet
