"""People, round 54a (found by trying the parser as a user), in words of their own, with near-misses.

D: one added to a signup the writer says "we" hold already ("Vi har redan anmält oss till hösten. Kan ni lägga till Ola
   Nyström också?", "Nu vill även vår nya miljöstrateg Ola Nyström vara med, på samma två träffar som Lisa och jag"): a
   signup of the one added only, the writer sure not to be among them.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5151", "Tom Sjö"), config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "Vi har redan anmält oss till hösten. Kan ni lägga till Ola Nyström också?",
    "Vi är redan anmälda till hösten. Lägg till Ola Nyström på samma träffar.",
    "Jag har redan anmält mig till hösten. Lägg till min kollega Ola Nyström också, på hösten.",
])
def test_d_one_added_to_a_signup_held_is_the_only_one_signed_up(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Ola Nyström"]
    assert r.sessions == (S2, S3)
    assert Unsure.SENDER_ATTENDS not in r.unsure


def test_d_near_miss_the_writer_adding_themselves_too_is_among_them(config: Config) -> None:
    r = _chat("Vi har redan anmält oss till maj. Nu vill jag anmäla Ola Nyström och mig till hösten också.", config)
    assert r.intent == Intent.REGISTER
    assert "Tom Sjö" in [p.name for p in r.people]


@pytest.mark.parametrize("text", [
    "Nu vill även Ola Nyström vara med, på samma träffar som jag.",
    "Nu vill även vår nya miljöstrateg Ola Nyström vara med, på samma två träffar som jag.",
])
def test_d_one_wishing_to_come_beside_the_writer_held(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Ola Nyström"]


def test_d_a_dotless_i_folds_as_i() -> None:
    assert fold("Aydın") == fold("Aydin") == "aydin"
