"""Another booked by name with "boka in" (found by trying the service as a user, thirteenth session): "boka in Per
Lundin på alla träffar, han jobbar med mig på Gagnefs kommun" booked the writer, not Per Lundin ("boka in" was no
signup verb for another, and "med mig" read as the writer coming along); "kan du boka in Per Lundin på 3 maj?" was no
request at all (the intent model's sure "unknown" was stated over the rules' signup)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, SESSIONS


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Sara Nilsson"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("boka in Per Lundin på alla träffar, han jobbar med mig på Gagnefs kommun", set(SESSIONS)),
    ("Boka in Per Lundin till 3 maj, hon arbetar ihop med mig.", {S1}),
    ("kan du boka in Per Lundin på 3 maj?", {S1}),
])
def test_one_booked_by_name_is_the_one_signed_up(config: Config, text: str, sessions: set[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Per Lundin"]
    assert set(r.sessions) == sessions


def test_asked_of_us_it_is_still_asked_about(config: Config) -> None:
    # the intent model doubts it: the reading stands and is asked about, not acted on
    assert Unsure.INTENT in _chat("kan du boka in Per Lundin på 3 maj?", config).unsure


@pytest.mark.parametrize("text", [
    "boka in mig på 3 maj",
    "Anmäl mig och Per Lundin till 3 maj, vi jobbar ihop.",
])
def test_the_writer_still_comes_when_they_say_so(config: Config, text: str) -> None:
    assert "Sara Nilsson" in [p.name for p in _chat(text, config).people]
