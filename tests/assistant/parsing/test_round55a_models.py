"""The rules over the intent model, round 55a, read with the shipped models (no ``rules_only``): the writer's own
signup only stated ("jag är anmäld till alla fyra"), beside a colleague coming to sessions of their own, is a signup of
the colleague for those sessions, though the model reads a change of the writer's signup. Near-miss: the writer adding
a session to their own signup is a change."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

KARIN = "Karin Sund <karin.sund@hedemora.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    "Jag är anmäld till samtliga träffar, men min kollega Erik Falk kommer bara på 21 september.\nKarin Sund",
    "Jag är redan anmäld till samtliga träffar. Min kollega Erik Falk kan bara komma 21 september.\nKarin Sund",
])
def test_a_colleague_beside_the_writers_held_signup_is_signed_up(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Erik Falk"]
    assert list(r.sessions) == [S2]
    assert Unsure.EACH_OWN not in r.unsure


def test_near_miss_the_writer_adding_a_session_is_a_change(config: Config) -> None:
    r = _mail("Jag är anmäld till 3 maj men vill även gå på 21 september.\nKarin Sund", config)
    assert r.intent == Intent.CHANGE
