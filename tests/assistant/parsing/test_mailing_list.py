"""Off a mailing list is not off the event (found by trying the service as a user, eleventh session). Before,
"avregistrera mig från nyhetsbrevet" cancelled all four sessions. Near-misses: the event and the newsletter both;
data asked erased (and, as before, "ta bort mig från er sändlista", test_generalisation.py) is an erasure."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL

CHAT = Sender("telegram", "4717", "Eva Lund")


@pytest.mark.parametrize("text", [
    "avregistrera mig från nyhetsbrevet",
    "Hej! Avregistrera mig från ert nyhetsbrev, tack.",
])
def test_off_a_mailing_list_goes_to_the_organisers_and_cancels_nothing(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)      # (with the shipped models: their cancellation does not stand)
    assert r.intent == Intent.QUESTION
    assert r.people == () and r.sessions == ()


def test_off_the_event_and_the_newsletter_is_a_cancellation(config: Config) -> None:
    r = parse_chat("avanmäl mig från träffarna och nyhetsbrevet", CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)


def test_data_asked_erased_stays_an_erasure(config: Config) -> None:
    r = parse_chat("Radera mina uppgifter och ta bort mig från alla utskick.", CHAT, config, ARRIVAL)
    assert r.intent == Intent.ERASURE
