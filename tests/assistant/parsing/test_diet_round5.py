"""Dietary needs as people write them: a diet by name, a food the body does not take, a food not eaten (the
denial kept), in Swedish and English, formal and dictated; needs denied, asked about or of access are none."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.diet import diet_spans, find_diet
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import build_mail


# ---------------------------------------------------------------- a food not eaten: the denial is part of the need
@pytest.mark.parametrize(("text", "expected"), [
    ("Till lunchen: ej fläskkött, tack.", "ej fläskkött"),
    ("Jag äter inte gris.", "äter inte gris"),
    ("Inget griskött åt mig om det går.", "inget griskött"),
    ("Min kollega äter ej fläsk eller nötkött.", "äter ej fläsk eller nötkött"),
    ("Inga nötter till Petra, hon reagerar kraftigt.", "inga nötter"),
    ("Han kan inte äta gluten", "kan inte äta gluten"),
    ("Kaffe går bra men utan mjölk och ägg i bakverken", "utan mjölk och ägg"),
    ("I don't eat pork, thanks", "don't eat pork"),
    ("She can't eat shellfish or fish.", "can't eat shellfish or fish"),
    ("No pork please", "no pork"),
])
def test_a_food_not_eaten_keeps_its_denial(text: str, expected: str) -> None:
    assert find_diet(text) == expected


# ---------------------------------------------------------------- a food the body does not take
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag har äggallergi.", "äggallergi"),
    ("Allergi: jordnötsallergi (svår).", "jordnötsallergi"),
    ("Hon är allergisk mot sesam och selleri.", "allergisk mot sesam och selleri"),
    ("Maten behöver vara fri från gluten.", "fri från gluten"),
    ("Sojafritt och mjölkfritt om möjligt", "sojafritt och mjölkfritt"),
    ("Jag har celiaki.", "celiaki"),
    ("Fisk- och skaldjursallergi? Nej, bara skaldjursallergi hos mig.", "skaldjursallergi"),
    ("He is allergic to tree nuts.", "allergic to tree nuts"),
    ("Egg allergy for Mark", "egg allergy"),
    ("dairy-free for me", "dairy-free"),
    ("I have a soy intolerance", "soy intolerance"),
])
def test_a_food_not_taken(text: str, expected: str) -> None:
    assert find_diet(text) == expected


# ---------------------------------------------------------------- a diet by name
@pytest.mark.parametrize(("text", "expected"), [
    ("Kost: diabeteskost", "diabeteskost"),
    ("Jag är diabetiker, så gärna något sockerfritt till fikat", "diabetiker, sockerfritt"),
    ("Veganskt för min del", "veganskt"),
    ("Jag äter växtbaserat", "växtbaserat"),
    ("Maria äter lakto-ovo-vegetariskt", "lakto-ovo-vegetariskt"),
    ("Halal-mat till Yusuf", "halal"),
    ("Kosher, tack", "kosher"),
    ("Plant-based for both of us", "plant-based"),
    ("I'm pescatarian", "pescatarian"),
    ("Vegetarianer båda två", "vegetarianer"),
])
def test_a_diet_by_name(text: str, expected: str) -> None:
    assert find_diet(text) == expected


# ---------------------------------------------------------------- no diet
@pytest.mark.parametrize("text", [
    "Finns det vegetariskt?",
    "Blir det något glutenfritt till fikat?",
    "Is there a vegan option at lunch?",
    "Will there be anything gluten-free?",
    "Har ni halal-alternativ?",
    "Serveras det laktosfri mjölk till kaffet?",
    "Jag sitter i rullstol och behöver en plats nära dörren.",
    "Behöver hörslinga i lokalen. Min ledsagare följer med.",
    "Ingen av oss har nötallergi.",
    "Jag är inte vegetarian.",
    "Det finns ingen i vår grupp som är vegan.",
    "Inga allergier eller specialkost.",
    "Jag är allergisk mot pälsdjur, finns det djur i lokalen",
    "Specialkost: nej",
    "We have no food allergies.",
])
def test_no_diet(text: str) -> None:
    assert find_diet(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Kan jag få vegetarisk lunch?", "vegetarisk"),
    ("Finns det något glutenfritt för mig?", "glutenfritt"),
    ("Could I get a vegan lunch?", "vegan"),
    ("Går det att ordna laktosfritt till Jonas?", "laktosfritt"),
    ("Vegetarisk kost, går det?", "vegetarisk kost"),
    ("går det att få glutenfritt", "glutenfritt"),
])
def test_a_question_asking_for_someone_states_a_need(text: str, expected: str) -> None:
    assert find_diet(text) == expected


def test_dictated_text_without_capitals_or_stops() -> None:
    text = ("hej jag och min kollega vill komma på alla träffar punkt min kollega har glutenallergi så "
            "något glutenfritt vore bra punkt hälsningar")
    assert find_diet(text) == "glutenallergi, glutenfritt"


def test_spans_say_where_each_need_starts() -> None:
    text = "Eva: äter inte fläsk. Olle: nötallergi."
    assert diet_spans(text) == [(5, "äter inte fläsk"), (28, "nötallergi")]


# ---------------------------------------------------------------- through the parser
def test_signup_with_a_pork_free_need(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Hej!\n\nJag anmäler mig till alla fyra träffarna. Jag äter ej griskött.\n\nMvh\nAnna Berg",
                     subject="Anmälan")
    result = parse_email(raw, config, arrival)
    assert result.intent is Intent.REGISTER
    assert result.diet is not None and "ej griskött" in result.diet
    assert result.people[0].diet is not None and "ej griskött" in result.people[0].diet


def test_signup_with_an_availability_question_has_no_diet(config: Config, arrival: dt.datetime) -> None:
    result = parse_chat("Anmäler mig till 3 maj. Finns det vegetariskt till lunch?", Sender("telegram", "7", "Per Ek"),
                        config, arrival)
    assert result.intent is Intent.REGISTER
    assert result.diet is None


def test_signup_with_a_formal_diet_line(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Undertecknad anmäler sig härmed till första tillfället.\n\nSpecialkost: diabeteskost.\n\n"
                     "Högaktningsfullt\nAnna Berg", subject="Anmälan")
    result = parse_email(raw, config, arrival)
    assert result.intent is Intent.REGISTER
    assert result.diet == "diabeteskost"


def test_access_needs_are_no_diet(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Hej!\n\nJag vill anmäla mig till 21 september. Jag använder rullstol och behöver hörslinga.\n\n"
                     "Mvh\nAnna Berg", subject="Anmälan")
    result = parse_email(raw, config, arrival)
    assert result.intent is Intent.REGISTER
    assert result.diet is None
