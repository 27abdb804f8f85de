"""A date no session is held on, asked for as a session, is asked about (found by trying the service as a user,
eleventh session). Before, "anmäl mig till den 22 september" booked all four sessions, "stryk mig den 22/9"
cancelled all four, and "3 maj och 21 oktober" booked 3 May and dropped the other silently; "kan inte komma på
tisdag", when the coming Tuesday is no session's day, cancelled all four.

Near-misses: a session's own date; a date past, or far from the series; a deadline, a leave or a span ("senast",
"ledig från"); a coming weekday that is a session's day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, STOCKHOLM

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "4713", "Stina Berg")
SIGNED = " Stina Berg, Falu kommun, stina.berg@falun.se"


def _chat(text: str, config: Config, at: dt.datetime = ARRIVAL) -> ParsedRequest:
    return parse_chat(text + SIGNED, CHAT, config, at)


@pytest.mark.parametrize(("text", "intent"), [
    ("Jag vill anmäla mig till den 22 september.", Intent.REGISTER),     # a day off the session of 21 September
    ("Anmäler mig till 22/9.", Intent.REGISTER),
    ("Jag vill anmäla mig till träffen 3 juni.", Intent.REGISTER),       # no session in June
    ("Please sign me up for October 21.", Intent.REGISTER),
    ("Jag kan inte komma den 22 september, stryk mig där.", Intent.CANCEL),
])
def test_a_date_no_session_is_on_is_asked_about(config: Config, text: str, intent: Intent) -> None:
    r = _chat(text, config)
    assert r.intent == intent
    assert Unsure.SESSIONS in r.unsure


def test_a_date_no_session_is_on_beside_a_session_is_asked_about_not_dropped(config: Config) -> None:
    # (no session in October: 21 September, on the same day a month before, is the likely one, read and asked)
    r = _chat("Anmäler mig till 3 maj och 21 oktober.", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2]
    assert Unsure.SESSIONS in r.unsure


def test_a_coming_weekday_no_session_is_on_is_asked_about(config: Config) -> None:
    # (1 March 2027 is a Monday: the coming Tuesday is 2 March, no session's day)
    r = parse_chat("kan inte komma på tisdag", CHAT, config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jag vill anmäla mig till den 21 september.", [S2]),                  # the session's own day
    ("Anmäl mig till alla träffar. Jag var på er konferens den 12 november 2026.", list(ALL)),   # past
    ("Anmäl mig till alla träffar. Jag är ledig från 1 juni till 15 augusti.", list(ALL)),       # a leave, a span
    ("Anmäl mig till 3 maj. Jag svarar på enkäten senast 10 maj.", [S1]),   # a deadline of something else
    ("Anmäl mig till 21/9, jag är föräldraledig fram till 1 september.", [S2]),
    ("Anmäl mig till alla träffar, men inte 2029-05-03.", list(ALL)),      # far from the series
])
def test_other_dates_are_not_asked_about(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
    assert Unsure.SESSIONS not in r.unsure


def test_a_coming_weekday_that_is_a_session_is_that_session(config: Config) -> None:
    at = dt.datetime(2027, 4, 28, 10, 0, tzinfo=STOCKHOLM)      # a Wednesday: the coming Monday is 3 May
    r = parse_chat("kan inte komma på måndag, tyvärr", CHAT, config, at)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S1]
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize(("text", "intent"), [
    ("Jag har fått nytt jobb och slutar i Mora den 30 april, så jag avanmäler mig från alla träffar.", Intent.CANCEL),
    ("Per Ek har avslutat sin anställning hos oss per den 30 november, stryk honom från alla träffar.",
     Intent.CANCEL),
    ("Vi skickade en anmälan den 12 januari men fick ingen bekräftelse, så jag anmäler mig igen till alla träffar.",
     Intent.REGISTER),
    ("Jag anmäler mig till alla träffar. Såg nu att sista dagen att anmäla sig är på onsdag.", Intent.REGISTER),
    ("Anmäl mig till alla träffar. Efter beslutet i kommunstyrelsen den 12 maj är jag planchef.", Intent.REGISTER),
])
def test_a_date_told_of_something_else_is_not_asked_about(config: Config, text: str, intent: Intent) -> None:
    r = _chat(text, config)
    assert r.intent == intent
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize("text", [
    "Anmäl mig till 31/11.",                    # no such day
    "Anmäl mig till sommarträffen.",            # no session in the summer
])
def test_a_day_or_season_no_session_can_be_on_is_asked_about(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.parametrize(("text", "sessions"), [
    ("Anmäl mig till träffen i vår.", [S1]),                   # this spring's: 3 May
    ("Anmäl mig till träffarna i vår och i höst.", [S1, S2, S3]),
])
def test_the_session_this_spring_is_that_one(config: Config, text: str, sessions: list[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
    assert Unsure.SESSIONS not in r.unsure


def test_our_is_no_spring(config: Config) -> None:
    r = _chat("Anmäl mig till alla träffar, vi har en planerare i vår kommun som också vill komma senare.", config)
    assert list(r.sessions) == list(ALL)


@pytest.mark.parametrize(("text", "sessions", "unsure"), [
    ("Anmäl mig till tisdagens träff.", [S2, dt.date(2028, 2, 22)], True),     # two on a Tuesday: which?
    ("Anmäl mig till torsdagens träff.", list(ALL), True),                      # none on a Thursday
    ("Anmäl mig till måndagens träff i maj.", [S1], False),
])
def test_a_weekdays_session_in_the_genitive(config: Config, text: str, sessions: list[dt.date], unsure: bool) -> None:
    r = _chat(text, config)
    assert list(r.sessions) == sessions
    assert (Unsure.SESSIONS in r.unsure) == unsure
