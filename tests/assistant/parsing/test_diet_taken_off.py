"""A diet taken off a signup is a diet change that clears it, not a cancellation (found by trying the service as a
user, eleventh session). Before, the rules read "Ta bort glutenfri kost från min anmälan." as a cancellation of every
session, "ta bort min glutenfria kost" as nothing, and "Kan ni ta bort vegetariskt från min anmälan?" as a question.
Near-miss: the signup struck with its diet is a cancellation."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4719", "Eva Lund")


@pytest.mark.parametrize("text", [
    "Ta bort glutenfri kost från min anmälan.",
    "Kan ni ta bort glutenfri kost från min anmälan?",
    "Kan ni ta bort vegetariskt från min anmälan?",
    "ta bort min glutenfria kost",
])
def test_a_diet_taken_off_is_a_diet_change_clearing_it(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert (r.intent, r.change) == (Intent.CHANGE, "diet")
    assert r.no_diet and r.diet is None
    assert [p.diet for p in r.people] == [None]
    assert r.sessions == ()


def test_the_signup_struck_with_its_diet_is_a_cancellation(config: Config) -> None:
    r = parse_chat("Ta bort min anmälan och min glutenfria kost.", CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)
    assert not r.no_diet
