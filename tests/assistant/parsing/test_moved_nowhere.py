"""A change of sessions that names none is asked about (found by trying the service as a user, eleventh session).
Before, "kan jag byta till en annan träff?" was read as a change to all four sessions, and booked so. Near-misses:
a swap naming its session, a change of diet."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4715", "Eva Lund")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Hej, kan jag byta till en annan träff?",
    "kan jag flytta min anmälan till en senare träff?",
    "I'd like to move my registration to a different session, please.",
])
def test_a_change_of_sessions_naming_none_is_asked_about(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert Unsure.SESSIONS in r.unsure


def test_a_swap_naming_its_session_is_not_asked_about(config: Config) -> None:
    r = _chat("Kan jag byta från 21/9 till 29/11?", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S3]
    assert Unsure.SESSIONS not in r.unsure
