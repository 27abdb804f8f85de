"""Left alone by round 45 and fixed after it (twelfth session). Before: "stryk Per Ek och lägg till Eva Lind" booked
the writer (names after "stryk" and "lägg till" were in no sentence about people), "Ta bort: Per Ek" / "Lägg till: Eva
Lind" on two lines gave one person "Per Ek Lägg" (the lines were run together), and "Jag är inte längre vegan, ändra
gärna det i min anmälan" booked the writer on all four sessions ("min anmälan" read as a signup). Near-misses: one only
added, a signup that also withdraws a diet, label lines of a signature."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.parsing.text import sentences
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ALL, ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nAnna Berg\nFalu kommun\n",
                                  sender="Anna Berg <anna.berg@falun.se>", subject="Ändring"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Stryk Per Ek och lägg till Eva Lind, båda Falu kommun, på alla träffar.",
    "Ta bort: Per Ek\nLägg till: Eva Lind",
    "Please remove Per Ek and add Eva Lind, both Falu kommun.",
])
def test_one_struck_and_another_added_is_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert {(p.name, p.role) for p in r.people} == {("Per Ek", Role.LEAVING), ("Eva Lind", Role.JOINING)}


def test_one_only_added_is_a_signup(config: Config) -> None:
    r = _mail("Lägg till Eva Lind på alla träffar, tack.", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Eva Lind"]
    assert r.sessions == ALL


def test_label_lines_are_lines_of_their_own() -> None:
    assert sentences("Namn: Eva Lind\nE-post: eva.lind@falun.se\nKost: vegan") == [
        "Namn: Eva Lind", "E-post: eva.lind@falun.se", "Kost: vegan"]
    assert sentences("Jag vill anmäla mig till\nträffen: den 3 maj") == ["Jag vill anmäla mig till träffen: den 3 maj"]


@pytest.mark.parametrize("text", [
    "Jag är inte längre vegan, ändra gärna det i min anmälan.",
    "Jag är inte vegan längre, ändra gärna det i min anmälan.",
    "Jag äter inte längre vegansk kost, kan ni ändra min anmälan?",
])
def test_a_diet_given_up_is_a_change_of_diet(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert r.change == "diet"
    assert r.sessions == ()
    assert r.no_diet


def test_a_signup_that_also_withdraws_a_diet_is_a_signup(config: Config) -> None:
    r = _mail("Anmäl mig till alla träffar. Jag är inte längre vegan.", config)
    assert r.intent == Intent.REGISTER
