"""Intent, round 52c (on ``dev52``): by class, in words of their own (none from a corpus), with near-misses.

- A: "Also," / "Också," opening one more question after a first ("Also, will the afternoon sessions be in the
  same room?", "Också, blir det samma lokal på eftermiddagen?") from one registered: a connective between
  questions, no session added; a question, not a change. "Also" adding a session ("also add me to 21 September")
  is a change of one registered as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

EVA = "Eva Lund <eva.lund@mora.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nEva Lund\nMora kommun\n", sender=EVA, subject="DalaLab"), config,
                       ARRIVAL)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Hello, I'm registered for all four sessions. Also, will the afternoon sessions be in the same room?",
    "Hej! Jag är anmäld till alla fyra träffarna. Också, blir det samma lokal för eftermiddagens pass?",
])
def test_a_also_opening_another_question_adds_no_session(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_also_adding_a_session_is_a_change(config: Config) -> None:
    r = _mail("Hello, I'm registered for 3 May. Please also add me to the 21 September session.", config)
    assert r.intent == Intent.CHANGE
