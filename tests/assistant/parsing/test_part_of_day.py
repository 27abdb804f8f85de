"""Part of a day is no other event (found by trying the service as a user, eleventh session). Before, "jag kommer på
3 maj men bara på förmiddagen" was read as a signup for another event ("…dagen") and so as nothing. Near-miss: a
signup for another event that shares a date is still none of ours."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4720", "Eva Lund")


@pytest.mark.parametrize("text", [
    "Hej, jag kommer på 3 maj men bara på förmiddagen.",
    "Anmäl mig till 3 maj, jag kan bara stanna på eftermiddagen.",
])
def test_part_of_a_day_is_still_a_signup(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1]


def test_another_events_day_is_not_ours(config: Config) -> None:
    r = parse_chat("Anmäl mig till Länsstyrelsens tillsynsdag den 3 maj.", CHAT, config, ARRIVAL)
    assert r.intent == Intent.UNKNOWN
