"""Sessions in life-change mails and chat (round 57d): "de tre träffarna under 2027" are the sessions of that year.

Near-miss: a count that does not fit the year's sessions is not read as them."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7301", "Olle Strand"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäl mig till de tre träffarna som ligger under 2027.", [S1, S2, S3]),
    ("Please sign me up for the sessions in 2027.", [S1, S2, S3]),
    ("Jag vill gå på de två träffarna under 2027.", None),     # two: not the three of 2027
])
def test_the_sessions_of_a_year(config: Config, text: str, sessions: list | None) -> None:
    r = _chat(text + " Olle, Orsa kommun", config)
    assert r.intent == Intent.REGISTER
    if sessions is None:
        assert list(r.sessions) != [S1, S2, S3]
    else:
        assert list(r.sessions) == sessions
