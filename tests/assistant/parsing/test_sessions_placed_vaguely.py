"""A session placed by a holiday, or the middle ones, every other, are asked about (found by trying the service as a
user, eleventh session). Before, "träffen före jul", "de mellersta träffarna", "varannan träff" and "de två i mitten"
booked all four silently, and "första träffen efter sommaren" booked 3 May. Near-misses: the middle ones only told
of beside sessions named, the later sessions after the summer told of, a time of day."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4718", "Eva Lund")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Anmäl mig till träffen före jul.",
    "Anmäl mig till första träffen efter sommaren.",
    "Please sign me up for the session after New Year.",
    "Anmäl mig till de mellersta träffarna.",
    "Anmäl mig till de två i mitten.",
    "Jag vill gå på varannan träff.",
])
def test_a_session_placed_vaguely_is_asked_about(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag anmäler mig till första och sista träffen, de två i mitten krockar med nämnden.", [S1, S4]),
    ("Please register me for May 3rd and September 21st. I will decide about the later sessions after the summer.",
     [S1, S2]),
    ("Anmäl mig till alla träffar, jag kommer efter lunch till den första.", list(ALL)),
])
def test_sessions_named_beside_it_are_not_asked_about(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize("text", [
    "Jag vill bara gå på en träff.",
    "Anmäl mig till en av höstträffarna, spelar ingen roll vilken.",
])
def test_one_of_several_unnamed_is_asked_about(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


def test_one_session_named_beside_only_one_is_not_asked_about(config: Config) -> None:
    r = _chat("Jag är anmäld till bara en träff, den 21/9, och vill byta till 29/11 i stället.", config)
    assert Unsure.SESSIONS not in r.unsure


def test_an_exception_by_a_condition_we_cannot_see_is_asked_about(config: Config) -> None:
    r = _chat("Boka mig på alla träffar utom när det krockar med fullmäktige.", config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure
