"""A session's number said as a noun, as Swedes say it ("2:an och 3:an", "bara trean", "alla utom 4:an"), names
those sessions; read as nothing before, such a signup booked all four without asking."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4712", "Karin Berg")


@pytest.mark.parametrize(("text", "sessions"), [
    ("Hej! Jag vill anmäla mig till 2:an och 3:an. Karin Berg, Mora kommun", [S2, S3]),
    ("anmäl mig till tvåan och trean tack /karin berg mora", [S2, S3]),
    ("Jag kommer på alla utom 4:an. Karin Berg, Mora kommun", [S1, S2, S3]),
    ("kan bara på trean. karin berg, mora kommun", [S3]),
    ("Boka mig på 1:an, 2:an och 4:an. Karin Berg, Mora kommun", [S1, S2, S4]),
])
def test_a_number_said_as_a_noun_is_that_session(config: Config, text: str, sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize("text", [
    "Min dotter går i trean, men jag kan komma. Anmäl mig. Karin Berg, Mora kommun",
    "Jag tar ettan till jobbet. Anmäl mig till DalaLab. Karin Berg, Mora kommun",
])
def test_near_miss_a_number_word_that_names_no_session(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)
