"""A substitution written as a list correction, one struck and another added ("STRYK: Per Ek / LÄGG TILL: Eva Lund",
"Remove: ... Add: ..."), is a change of who comes, whatever the intent model reads into the one added (corpus batch
49: the model stated a signup over the rules' substitution). Near-misses: one only added ("Lägg till: Eva Lund") is a
signup still, and the rules' own reading is unchanged without the model."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import reading
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

HELGE = "Helge Strand <helge.strand@orsa.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=HELGE, subject="Ändring i deltagarlistan"), config, ARRIVAL)


@pytest.fixture
def model_says_signup(monkeypatch: pytest.MonkeyPatch, rules_only: None) -> None:
    """The intent model sure of a signup wherever the rules read otherwise."""
    monkeypatch.setattr(reading, "stated_intent",
                        lambda intent, second: None if intent == Intent.REGISTER else Intent.REGISTER)


@pytest.mark.parametrize("body", [
    ("Hej,\n\nÄndring i vår anmälan (alla träffar):\n\nSTRYK:   Lars Grön\nLÄGG TILL:   Maja Lind, "
     "maja.lind@orsa.se\n\nMvh\nHelge Strand\nOrsa kommun"),
    ("Hej,\n\nRättelse av deltagarna från Orsa:\n\nStryk: Lars Grön\nLägg till: Maja Lind, maja.lind@orsa.se\n\n"
     "Helge Strand\nOrsa kommun"),
])
def test_one_struck_one_added_is_a_substitution(body: str, config: Config, model_says_signup: None) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.CHANGE
    assert {p.name for p in r.people} == {"Lars Grön", "Maja Lind"}


def test_one_only_added_is_still_the_models_signup(config: Config, model_says_signup: None) -> None:
    r = _mail("Hej,\n\nLägg till: Maja Lind, maja.lind@orsa.se på alla träffar.\n\nHelge Strand\nOrsa kommun", config)
    assert r.intent == Intent.REGISTER


@pytest.mark.usefixtures("rules_only")
def test_the_rules_read_the_substitution_themselves(config: Config) -> None:
    r = _mail("Hej,\n\nÄndring (alla träffar):\n\nSTRYK:   Lars Grön\nLÄGG TILL:   Maja Lind, maja.lind@orsa.se\n\n"
              "Helge Strand\nOrsa kommun", config)
    assert r.intent == Intent.CHANGE
