"""Found by trying the service as a new user would (tenth session), read with the shipped models (no
``rules_only``): where the rules' reading now stands over the intent model's sure other one.

- J: one session given up and another taken instead ("Jag vill inte längre vara med på 22/2 men gärna på 29/11
  istället"): a change to the new one; before, the rules kept both and the intent model's signup was stated, both
  sessions in it;
- L: a session given up from a signup held ("Jag är anmäld till alla fyra men kan inte den 29/11"): a cancel of that
  one; before, the intent model's change was stated with all four sessions.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, S4

CHAT = Sender("telegram", "4712", "Lena Holm")


@pytest.mark.parametrize("text", [
    "Jag vill inte längre vara med på 22/2 men gärna på 29/11 istället. Lena Holm, Säters kommun",
    "Jag ska inte delta den 22/2 men vill gärna komma 29/11 i stället. Lena Holm, Säters kommun",
])
def test_j_a_session_given_up_for_another_instead_is_a_change_to_it(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S3]


def test_j_near_miss_both_wanted(config: Config) -> None:
    r = parse_chat("Jag vill vara med på 21/9 och 29/11. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S3]


@pytest.mark.parametrize("text", [
    "Jag är anmäld till alla fyra men kan inte den 29/11. Lena Holm, Säters kommun",
])
def test_l_a_session_given_up_from_a_signup_held_is_its_cancel(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S3]


def test_l_near_miss_a_session_added_to_a_signup_held(config: Config) -> None:
    r = parse_chat("Jag är anmäld till 21/9 men vill lägga till 22/2. Lena Holm, Säters kommun", CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert S4 in r.sessions
