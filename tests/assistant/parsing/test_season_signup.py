"""A signup "to" a season in the definite form ("anmäl mig till hösten", "boka oss till våren") is for that
season's sessions, though no session noun is written; "till hösten" saying when something else happens is not."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4712", "Sara Ek")


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäler mig till hösten, Sara Ek, Mora kommun", [S2, S3]),
    ("hej, kan du boka in mig till hösten? /sara ek mora", [S2, S3]),
    ("Jag vill anmäla mig själv och Per Holm till hösten. Sara Ek, Mora kommun", [S2, S3]),
    ("Skriv upp mig till våren tack. Sara Ek, Mora kommun", [S1]),
])
def test_a_signup_to_a_season_is_its_sessions(config: Config, text: str, sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize(("text", "sessions"), [
    ("jag återkommer till hösten om resten, anmäl mig till 3 maj. Sara Ek, Mora kommun", [S1]),
    ("Anmäler mig till alla träffar. Jag byter tjänst till hösten men stannar i Mora. Sara Ek", list(ALL)),
])
def test_near_miss_till_hosten_telling_when_something_else_happens(config: Config, text: str,
                                                                    sessions: list[object]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
