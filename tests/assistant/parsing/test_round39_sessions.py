"""Sessions, round 39: by class, each in words of its own (none from a corpus), with near-misses.

- A: a session hedged as a maybe on top of those asked for ("maybe feb too but not sure yet", "kanske 22/2 också, vet
  inte än"): not booked; the sessions asked for firmly are, and a session added without a hedge ("och 22/2 också") is
  booked as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLOF = Sender("telegram", "3940", "Olof Strand")


@pytest.mark.parametrize("text", [
    "put me down for 3/5 and 21/9 please, maybe feb too but not sure yet. Olof Strand, Orsa",
    "skriv upp mig på 3/5 och 21/9, kanske 22/2 också men det vet jag inte än. Olof Strand, Orsa",
    "anmäl mig till 3 maj och 21 sept tack, eventuellt februari också. /Olof Strand, Orsa kommun",
])
def test_a_a_maybe_session_on_top_is_not_booked(config: Config, text: str) -> None:
    r = parse_chat(text, OLOF, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S2)


@pytest.mark.parametrize("text", [
    "put me down for 3/5 and 21/9 please, and feb too. Olof Strand, Orsa",
    "skriv upp mig på 3/5 och 21/9, och 22/2 också. Olof Strand, Orsa",
])
def test_a_near_miss_a_session_added_without_a_hedge_is_booked(config: Config, text: str) -> None:
    r = parse_chat(text, OLOF, config, ARRIVAL)
    assert r.sessions == (S1, S2, S4)
