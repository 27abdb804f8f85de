"""Sessions, round 52b (on dev51): general readings, each with wording of its own (none from a corpus).

- sessions chosen by a day of the week in the plural without a compound ("jag kan bara måndagar", "de träffar som
  hålls på en tisdag") are the configured sessions held on that day, not the next such day nor all four.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, dates

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "5201", "Ida Sund")


# ------------------------------------------------ sessions by a weekday in the plural
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kan bara måndagar.", {S1, S3}),
    ("Anmäl mig till de träffar som hålls på en måndag.", {S1, S3}),
    ("Boka mig på tillfällena som är på tisdagar, tack", {S2, S4}),
    ("vi har personalmöte varje tisdag, så jag kan endast på måndagar", {S1, S3}),
])
def test_sessions_on_a_weekday_in_the_plural_are_those_held_on_it(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_weekday_of_something_else_is_no_session() -> None:
    assert dates("Vi har ledningsgrupp varje måndag.") == set()


def test_a_signup_by_weekday_books_those_sessions(config: Config) -> None:
    r = parse_chat("tjena! kan bara tisdagar pga schemat, så skriv upp mig på de träffar som infaller på en tisdag. "
                   "/ida sund, orsa", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S4]
