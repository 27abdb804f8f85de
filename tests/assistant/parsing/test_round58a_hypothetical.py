"""A move asked about for a case that may come ("om jag skulle få förhinder, kan jag byta till 22/2 då?") is a
question, whatever the intent model reads in its swap words; nothing is moved (round 58a).

Near-miss: a move asked for now ("kan jag byta till 22/2?") stays a change."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat
from assistant.parsing.second_opinion import Model
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest), the model set below


def _change_model() -> Model:
    """A model sure that any message with a swap word is a change."""
    intents = [str(i) for i in Intent]
    row = [30.0 if i == Intent.CHANGE else 0.0 for i in Intent]
    return Model(intents, [0.0] * len(intents), {"w:byta": row})


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7303", "Jonas Alm"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Jag är anmäld till 21/9. Om jag skulle få förhinder, kan jag byta till 22/2 då? Inget att ändra än så länge.",
    "hej, står på septemberträffen. om något skulle krocka – går det att byta till februari isf?",
])
def test_a_move_asked_about_for_a_case_that_may_come_is_a_question(
        text: str, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _change_model)
    r = _chat(text, config)
    assert r.intent == Intent.QUESTION
    assert list(r.sessions) == []


def test_a_move_asked_for_now_stays_a_change(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "model", _change_model)
    r = _chat("Jag är anmäld till 21/9 men kan inte då. Kan jag byta till 22/2?", config)
    assert r.intent == Intent.CHANGE
