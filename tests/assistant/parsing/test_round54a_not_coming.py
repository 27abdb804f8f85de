"""People, round 54a (found by trying the parser as a user), in words of their own, with near-misses.

C: in a signup, one named only to say they do not come (retires, has left, is on leave, "kommer inte", "kan inte"),
   the verb before the name or after it, is not booked: "I juni går Lisa Berg i pension så hon kommer inte",
   "Ola Nyström kan inte, han är tjänstledig".
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5151", "Tom Sjö"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäl mig till 21/9 och 29/11. I höst går Lisa Berg i pension så hon kommer inte. /Tom Sjö", (S2, S3)),
    ("Jag anmäler mig till 3 maj. Lisa Berg kommer inte.", (S1,)),
    ("Jag vill vara med på alla fyra. Lisa Berg kan tyvärr inte, hon är föräldraledig.", (S1, S2, S3, S4)),
    ("Jag anmäler mig till hösten. Under hösten är Lisa Berg tjänstledig, så hon deltar inte.", (S2, S3)),
    ("Jag anmäler mig till 22/2. Min kollega Lisa Berg har slutat hos oss.", (S4,)),
])
def test_c_one_said_not_to_come_is_not_booked(config: Config, text: str, sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Tom Sjö"]
    assert r.sessions == sessions


def test_c_beside_another_signed_up_only_the_one_coming_is_booked(config: Config) -> None:
    r = _chat("Anmäl mig och Ola Nyström till 3 maj. Lisa Berg kommer inte, hon har slutat.", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Tom Sjö", "Ola Nyström"]


@pytest.mark.parametrize("text", [
    "Jag anmäler mig och Lisa Berg till alla fyra. Lisa kan inte 21/9.",
    "Eftersom jag är föräldraledig i höst anmäler jag Lisa Berg till 3 maj.",
    "Jag anmäler mig till alla. I höst går även Lisa Berg på träffarna.",
])
def test_c_near_miss_one_coming_stays_booked(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert "Lisa Berg" in [p.name for p in r.people]
