"""A move written with an arrow between the dates ("byter 22/2 -> 3/5", "flytta mig 21 sep → 29 nov") is read as
"till": a change to the new session (round 58a). Near-miss: an arrow not between dates is left as it is."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.parsing.text import clean
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


@pytest.mark.parametrize(("text", "sessions"), [("byter 22/2 -> 3/5", [S1]), ("flytta mig 21 sep → 29 nov", [S3])])
def test_a_move_written_with_an_arrow(text: str, sessions: list[object], config: Config) -> None:
    r = parse_chat(text, Sender("telegram", "7304", "Nora Lind"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == sessions


def test_an_arrow_not_between_dates_is_left() -> None:
    assert clean("Se länken -> www.example.se") == "Se länken -> www.example.se"
