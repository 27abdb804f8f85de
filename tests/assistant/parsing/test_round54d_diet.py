"""Diet, round 54d: a need the writer qualifies keeps its qualifier, as written; in words of their own (none from a
corpus), with near-misses.

- A need explained in brackets by another need or a food ("laktosfri (mjölkproteinallergi)", "nut allergy (peanuts
  and almonds)"): the bracket stays with it, one need as written, not two listed apart.
- A need with an exception after "but"/"men" ("vegan but eats eggs", "vegetarisk men äter fisk"): the exception
  stays with it; the kitchen must see it.
Near-misses: a bracket that names no food ("glutenfri (gäller alla tre)") is not the need's; two needs side by side
keep both as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.diet import find_diet
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


@pytest.mark.parametrize(("text", "need"), [
    ("Kost: laktosfri (mjölkproteinallergi)", "laktosfri (mjölkproteinallergi)"),
    ("Food: nut allergy (peanuts and almonds).", "nut allergy (peanuts and almonds)"),
    ("I'm vegan but eat eggs, if that's possible.", "vegan but eat eggs"),
    ("Jag är vegetarisk men äter fisk.", "vegetarisk men äter fisk"),
    ("Diet: vegan but eats eggs (so ovo-vegetarian in effect).", "vegan but eats eggs (so ovo-vegetarian in effect)"),
])
def test_a_qualified_need_keeps_its_qualifier(text: str, need: str) -> None:
    assert find_diet(text) == need


@pytest.mark.parametrize(("text", "need"), [
    ("Kost: glutenfri (gäller alla tre).", "glutenfri"),
    ("Jag är vegetarian och har nötallergi.", "vegetarian, nötallergi"),
    ("Vegan, but I'll bring my own lunch.", "vegan"),
])
def test_a_near_miss_an_unqualified_need_stays_as_before(text: str, need: str) -> None:
    assert find_diet(text) == need


def test_a_qualified_need_in_a_signup_is_the_diet_as_written(config: Config) -> None:
    body = ("Hello, please sign me up for all four sessions.\n\nDiet: dairy-free (lactose intolerant)\n\n"
            "Best,\nGrace Moore\nHedemora kommun\n")
    r = parse_email(build_mail(body, sender="Grace Moore <grace.moore@hedemora.se>", subject="DalaLab"),
                    config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.diet == "dairy-free (lactose intolerant)"
