"""Diet, round 57a: the diet as the writer wrote it; in words of their own (none from a corpus), with near-misses.

- A need softened by "gärna"/"helst" keeps the word ("laktosfri, helst utan lök"): the kitchen sees it is a wish.
- A form's diet line that names no known need ("Kost: som förra året") is the diet as written, for the organiser to
  look up; one that says there is none ("Kost: -", "Kost: ingen", "Kost: nej", "Kost: inget särskilt") is none.
- A postscript after the sign-off is the writer's own words: one that corrects whose a diet is ("PS. Det är Petra som
  är vegan, inte jag") moves the diet to the one it names.
- A message that only asks, whose needs are written only in its questions ("finns det glutenfritt för min chef?"),
  states no diet; "Kan jag få veganskt?" in a signup still does.
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
    ("Kost: laktosfri, helst utan lök.", "laktosfri, helst utan lök"),
    ("Specialkost: vegansk, gärna utan nötter", "vegansk, gärna utan nötter"),
    ("Diet: vegetarian, preferably no mushrooms.", "vegetarian, preferably no mushrooms"),
])
def test_a_softened_need_keeps_the_softening_word(text: str, need: str) -> None:
    assert find_diet(text) == need


@pytest.mark.parametrize(("text", "need"), [
    ("Kost: vegan, laktosfri", "vegan, laktosfri"),
    ("Jag är vegetarian och har nötallergi.", "vegetarian, nötallergi"),
])
def test_a_near_miss_needs_side_by_side_stay_as_before(text: str, need: str) -> None:
    assert find_diet(text) == need


@pytest.mark.parametrize(("text", "need"), [
    ("Kost: som förra året", "som förra året"),
    ("Specialkost: samma som i våras (ni har det sparat).", "samma som i våras"),
    ("Allergi: nötter\n", "nötter"),
])
def test_a_form_diet_line_naming_no_known_need_is_kept_as_written(text: str, need: str) -> None:
    assert find_diet(text) == need


@pytest.mark.parametrize("text", [
    "Kost: -", "Kost: –", "Kost: ingen", "Kost: nej", "Specialkost: inget särskilt.", "Kost: ingen angiven",
    "Kost: inga", "Specialkost: Nej tack", "Kost: äter allt", "Kost: normal", "Kost: ?",
])
def test_a_form_diet_line_saying_none_is_no_diet(text: str) -> None:
    assert find_diet(text) is None


def test_a_diet_by_reference_in_a_signup(config: Config) -> None:
    body = ("Hej!\n\nJag vill anmäla mig till alla fyra träffarna.\n\nSpecialkost: som på vårkonferensen (ni har "
            "uppgiften).\n\nVänliga hälsningar\nKarin Dahl\nOrsa kommun\n")
    r = parse_email(build_mail(body, sender="Karin Dahl <karin.dahl@orsa.se>", subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.diet == "som på vårkonferensen"


def test_a_postscript_moves_a_diet_to_the_one_it_names(config: Config) -> None:
    body = ("Hej!\n\nJag och Petra Lund (petra.lund@orsa.se) vill anmäla oss till 21 september.\n\n"
            "Kost: jag – vegansk, Petra – inget.\n\n/Sara\n\n"
            "PS. Förlåt, jag förväxlade oss: det är Petra som är vegan, inte jag.\n")
    r = parse_email(build_mail(body, sender="Sara Holm <sara.holm@orsa.se>", subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    by_name = {p.name: p.diet for p in r.people}
    assert by_name == {"Sara Holm": None, "Petra Lund": "vegan"}
    assert r.diet == "vegan"


def test_a_postscript_that_adds_a_diet_is_read(config: Config) -> None:
    body = ("Hej!\n\nJag anmäler mig till 3 maj.\n\nHälsningar\nOla Berg\nRättviks kommun\n\n"
            "P.S. Jag har glutenintolerans.\n")
    r = parse_email(build_mail(body, sender="Ola Berg <ola.berg@rattvik.se>", subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.diet == "glutenintolerans"


def test_needs_only_asked_about_in_a_question_are_no_diet(config: Config) -> None:
    body = ("Hej! Jag är redan anmäld till alla träffar. Serveras det kosher till lunchen? Och finns det "
            "glutenfritt till kaffet för min chef? /Noor, Orsa kommun")
    r = parse_email(build_mail(body, sender="Noor Ali <noor.ali@orsa.se>", subject="Fråga om maten"), config, ARRIVAL)
    assert r.intent == Intent.QUESTION
    assert r.diet is None


def test_a_near_miss_a_need_asked_for_in_a_signup_is_a_diet(config: Config) -> None:
    body = "Hej! Jag anmäler mig till 21 september. Kan jag få veganskt? /Noor, Orsa kommun"
    r = parse_email(build_mail(body, sender="Noor Ali <noor.ali@orsa.se>", subject="Anmälan"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.diet == "veganskt"


def test_a_near_miss_a_need_stated_beside_a_question_is_a_diet(config: Config) -> None:
    body = "Hej! Jag är anmäld via min chef. Blir det lunch? Jag äter kosher. /Noor, Orsa kommun"
    r = parse_email(build_mail(body, sender="Noor Ali <noor.ali@orsa.se>", subject="Fråga"), config, ARRIVAL)
    assert r.diet == "kosher"
