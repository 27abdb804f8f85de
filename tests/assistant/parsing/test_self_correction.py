"""A writer correcting their own sessions in the same message is asked which stand (``Unsure.CORRECTED``; found by
trying the service as a user, eleventh session). Before, "Anmäl mig till 3/5, 21/9 och 29/11. Nej vänta, inte 29/11"
booked all three, "Jag tar 3 maj. Eller förresten, 21/9 passar bättre" both, and "rättelse: 21 september menar jag"
3 May.

Near-misses: a correction read right ("nej vänta, bara 22 feb"), "förresten" telling something else, and no
earlier session to correct.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from assistant.rules.unsure import merged
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4714", "Eva Lund")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Anmäl mig till 3/5, 21/9 och 29/11. Nej vänta, inte 29/11.",
    "Jag tar 3 maj. Eller förresten, 21/9 passar bättre.",
    "anmäl mig till 3 maj. rättelse: 21 september menar jag",
    "Sign me up for 3 May. Sorry, I meant 21 September.",
    "Sign me up for May 3. Actually, make that September 21 instead.",
    "Anmäl mig till första träffen. Oj, jag menar den andra träffen!",
])
def test_a_writer_correcting_their_sessions_is_asked(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.CORRECTED in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("anmäl mig till 3 maj och 22 feb. nej vänta, bara 22 feb", [S4]),     # read right: nothing to ask
    ("Anmäl mig till 3 maj. Förresten, jag är vegetarian.", [S1]),
    ("Förresten, anmäl mig till 3 maj.", [S1]),
    ("Please sign me up for 21 September. I can't make it in May, sadly.", [S2]),   # "make it": attend
])
def test_no_correction_of_sessions_is_not_asked(config: Config, text: str, sessions: list[object]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
    assert Unsure.CORRECTED not in r.unsure


def test_the_answer_naming_the_sessions_settles_it(config: Config) -> None:
    asked = _chat("Anmäl mig till 3/5 och 21/9. Nej vänta, inte 21/9.", config)
    done = merged(asked, _chat("Bara 3 maj.", config))
    assert list(done.sessions) == [S1]
    assert Unsure.CORRECTED not in done.unsure
