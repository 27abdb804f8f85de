"""A signup held, narrowed to the sessions the writer is to be left on (round 58f): "ändra så att jag bara står
på 21/9 och 29/11", "så att jag endast är anmäld till …", "so I'm only down for …", "so that I'm only registered for
…" is a change of sessions, to those named; the signup told before ("jag anmälde mig till alla fyra") is what was.

Near-misses: "bara står på" telling what is held before a session is added ("jag står bara på 3 maj idag, kan du
lägga till 21/9?") keeps both; a first signup asking for some only ("anmäl mig, men bara till 3 maj") is no change."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "9023", "Sigrid Mattsson"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "sessions"), [
    (("Hej! Jag anmälde mig till samtliga träffar i höstas, men nu blir det tjänstledighet i vår. Kan ni ändra så "
      "att jag bara står på 21 september och 29 november?"), [S2, S3]),
    ("Jag är anmäld till alla fyra tillfällen. Ändra gärna så att jag endast är anmäld till 29/11 och 22/2.", [S3, S4]),
    (("Hi, I registered for all four sessions back in January. Could you change it so I'm only down for "
      "3 May and 21 September?"), [S1, S2]),
    ("I signed up for the whole series. Please update it so that I'm only registered for 22 February.", [S4]),
    ("Jag är anmäld till alla träffarna. Kan du fixa så att jag enbart står kvar på 3 maj?", [S1]),
])
def test_signup_narrowed_to_those_left_on(config: Config, text: str, sessions: list) -> None:
    r = _chat(text + " /Sigrid, Orsa kommun", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == sessions


def test_only_said_of_a_first_signup_is_no_change(config: Config) -> None:
    r = _chat("Hej, anmäl mig till DalaLab, men bara till 3 maj och 21 september. /Sigrid, Orsa kommun", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2]


def test_only_said_of_the_signup_held_before_an_addition(config: Config) -> None:
    # "bara står på" telling what is held now, a session added to it: both, not only the one held
    r = _chat("Jag står bara på 3 maj idag. Kan du lägga till 21 september? /Sigrid, Orsa kommun", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S1, S2]
