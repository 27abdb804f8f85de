"""A writer who takes back the sessions just written and says which they meant ("anmäl mig till 21 sep... nej vänta,
29 nov menar jag", "Ta 21 sep och 22 feb istället") has the sessions meant read, and is asked to confirm them
(``Unsure.CORRECTED``; corpus batch 50, twelfth session). Before, the sessions taken back were booked and those
meant dropped. Near-misses: the taking back names the session given up, not one meant ("nej vänta, 29 nov krockar"),
and "istället" with nothing taken back before."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4715", "Ronja Falk")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


@pytest.mark.parametrize(("text", "intent", "sessions"), [
    ("anmäl mig till 21 sep... nej vänta, 29 nov menar jag. sorry /Ronja, Borlänge", Intent.REGISTER, [S3]),
    ("Anmäl mig till 3 maj. Oj, 21/9 ska det vara!", Intent.REGISTER, [S2]),
    ("Sign me up for 3 May. No wait, 22 February I mean.", Intent.REGISTER, [S4]),
    (("anmäler mig till 21 sep och 29 nov – nej vänta, 29 nov krockar med budgetdialogen. Ta 21 sep och 22 feb "
      "istället."), Intent.REGISTER, [S2, S4]),
    ("Kan ni flytta mig till 21/9 istället för 3/5. Nej vänta, 29/11 menar jag, i september är jag bortrest",
     Intent.CHANGE, [S3]),
])
def test_the_sessions_meant_are_read_and_asked_about(config: Config, text: str, intent: Intent,
                                                     sessions: list[object]) -> None:
    r = _chat(text, config)
    assert r.intent == intent
    assert list(r.sessions) == sessions
    assert Unsure.CORRECTED in r.unsure


def test_a_session_taken_back_is_not_read_as_the_one_meant(config: Config) -> None:
    r = _chat("Anmäl mig till 3 maj och 21 sep. Nej vänta, 21 sep krockar med budgetdialogen.", config)
    assert list(r.sessions) != [S2]
    assert Unsure.CORRECTED in r.unsure


def test_instead_with_nothing_taken_back_is_no_correction(config: Config) -> None:
    r = _chat("Anmäl mig till 3 maj. Ta 21 sep istället om maj blir full.", config)
    assert S1 in r.sessions
    assert Unsure.CORRECTED not in r.unsure
