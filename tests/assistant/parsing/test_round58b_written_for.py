"""Mail written for someone close (round 58b): "Jag skriver åt min sambo Oskar Lind ... Han kan inte komma 21
september" is about Oskar alone; the writer is no person of it.

Near-miss: one writing "för min del" (as for me) speaks of themself."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S2

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5120", "Maja Lind"), config, ARRIVAL)


@pytest.mark.parametrize("who", ["min sambo", "min kollega", "min pappa"])
def test_one_written_for_is_the_person_not_the_writer(who: str, config: Config) -> None:
    r = _chat(f"Hej, jag skriver åt {who} Oskar Lind som jobbar på Orsa kommun. Han har brutit benet och kan inte "
              "komma på träffen 21 september. De andra hoppas han klara. /Maja", config)
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.organisation) for p in r.people] == [("Oskar Lind", "Orsa kommun")]
    assert list(r.sessions) == [S2]


def test_writing_as_for_oneself_is_the_writer(config: Config) -> None:
    r = _chat("Hej, jag skriver för min del: jag kan inte komma på träffen 21 september. Maja Lind, Orsa kommun",
              config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Maja Lind"]
