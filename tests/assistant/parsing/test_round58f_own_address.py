"""A chat writer's own address said to be theirs (round 58f): "my email is …", "min mejladress är …", "jag är anmäld
med …" gives the writer's address even when it is not made of their name (a firm's "info@", initials, a nickname).

Near-misses: someone else's address ("min kollegas mejl är …", "my colleague's email is …") and an old one ("min gamla
adress var …") are not the writer's."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "7341", "Tove Almqvist"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "address"), [
    (("Hello! I'm an independent landscape architect. Please sign me up for every session. My email is "
      "ta@almqvistlandskap.se. Cheers!"), "ta@almqvistlandskap.se"),
    ("Hej, anmäl mig till alla träffarna. Min mejladress är info@almqvistlandskap.se", "info@almqvistlandskap.se"),
    ("Hi, could I join all four meetings? My e-mail: kontor@almqvistlandskap.se", "kontor@almqvistlandskap.se"),
    ("Skriv upp mig på samtliga tillfällen tack. Min e-post är tovis77@example.com.", "tovis77@example.com"),
    ("Register me for the whole series please, my work email is studio@almqvistlandskap.se", "studio@almqvistlandskap.se"),
])
def test_own_address_said_in_chat(config: Config, text: str, address: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == list(ALL)
    assert [p.email for p in r.people] == [address]


@pytest.mark.parametrize("text", [
    "Hej, anmäl mig till alla träffarna. Min kollegas mejl är info@almqvistlandskap.se om ni vill nå honom.",
    "Hi, sign me up for all the sessions please. My old email was ta@almqvistlandskap.se but it is closed now.",
])
def test_someone_elses_or_old_address_is_not_the_writers(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.email for p in r.people if p.name == "Tove Almqvist"] == [None]
