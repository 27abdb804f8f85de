"""An answer to "Vilken av träffarna menar du: 21 september eller 29 november?" picks among those offered (found by
trying the service as a user, eleventh session). Before, "den första" booked 3 May, the series' first session, and
"båda", "den senare" and "september" were unclear, so asked again and then sent to the organisers."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import ParsedRequest, Sender, Unsure
from assistant.rules.unsure import merged
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4716", "Eva Lund")


def _asked(config: Config) -> ParsedRequest:
    asked = parse_chat("Jag vill vara med på höstens träff. Eva Lund, Mora kommun", CHAT, config, ARRIVAL)
    assert list(asked.sessions) == [S2, S3] and Unsure.SESSIONS in asked.unsure
    return asked


def _answered(config: Config, answer: str) -> ParsedRequest:
    return merged(_asked(config), parse_chat(answer, CHAT, config, ARRIVAL))


@pytest.mark.parametrize(("answer", "sessions"), [
    ("den första", [S2]),         # the first of those offered, not of the series
    ("Den förra, tack", [S2]),
    ("den senare", [S3]),
    ("båda", [S2, S3]),
    ("Bägge två!", [S2, S3]),
    ("september", [S2]),
    ("den i november", [S3]),
    ("21/9", [S2]),
])
def test_an_answer_picks_among_the_sessions_offered(config: Config, answer: str, sessions: list[dt.date]) -> None:
    done = _answered(config, answer)
    assert list(done.sessions) == sessions
    assert Unsure.SESSIONS not in done.unsure


@pytest.mark.parametrize(("answer", "sessions"), [
    ("alla fyra faktiskt", list(ALL)),      # the whole series, not those offered
    ("3 maj", [S1]),                        # a session named outright
])
def test_an_answer_naming_other_sessions_takes_those(config: Config, answer: str, sessions: list[dt.date]) -> None:
    done = _answered(config, answer)
    assert list(done.sessions) == sessions
    assert Unsure.SESSIONS not in done.unsure


@pytest.mark.parametrize("answer", ["Ja", "ingen av dem", "vet inte"])
def test_an_answer_picking_none_leaves_it_unsure(config: Config, answer: str) -> None:
    assert Unsure.SESSIONS in _answered(config, answer).unsure
