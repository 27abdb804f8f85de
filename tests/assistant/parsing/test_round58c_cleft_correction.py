"""A taking back said as a cleft (round 58c): "nej förresten, det är 29 november som krockar", "nej vänta, det gäller
3 maj", "sorry, it's 22 February I meant" puts the sessions it names in place of those named just before, in a
cancellation as in a signup, and asks which stand (``Unsure.CORRECTED``).

Near-misses: a cleft with no taking back ("det är 21/9 som krockar") corrects nothing; a taking back naming the same
session corrects nothing."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5821", "Ulla Berglund"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    (("Hej, jag behöver avboka mig från 3 maj... nej förresten, det är 22 februari som inte funkar (vi är på "
     "kurs 20–23 feb). Maj går bra."), [S4]),
    ("Stryk mig från träffen den 21/9. Nej vänta, det gäller 29/11, inte september.", [S3]),
    ("Jag kan tyvärr inte komma 29 november. Oj förlåt, det är 21 september jag menar.", [S2]),
])
def test_a_cleft_taking_back_in_a_cancellation(config: Config, text: str, sessions: list) -> None:
    r = _chat(text + " /Ulla, Rättviks kommun", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == sessions
    assert Unsure.CORRECTED in r.unsure


def test_a_cleft_taking_back_in_a_signup(config: Config) -> None:
    r = _chat("Anmäl mig till 21 september. Nej förresten, det är 22 februari som passar. /Ulla, Rättviks kommun",
              config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S4]


def test_a_cleft_without_taking_back_corrects_nothing(config: Config) -> None:
    r = _chat("Jag måste avboka 3 maj och 21/9. Det är 21/9 som krockar mest. /Ulla, Rättviks kommun", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S1, S2]
