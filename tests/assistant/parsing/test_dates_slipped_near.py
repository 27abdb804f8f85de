"""A date written with a slip (round 56e): a date no session is on, with one session near it, is read as that
session and asked about; a year one off is a slip even when the date so written is past; an explicit date wins over
a session's number beside it; a signup held is told in the perfect too ("har anmält mig till").

Near-misses: a date with two sessions in its month; a date told of something else; a leave of the whole series.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHAT = Sender("telegram", "5821", "Greta Lund")
SIGNED = " Greta Lund, Orsa kommun, greta.lund@orsa.se"


def _chat(text: str, config: Config, at: dt.datetime = ARRIVAL) -> ParsedRequest:
    return parse_chat(text + SIGNED, CHAT, config, at)


@pytest.mark.parametrize(("text", "sessions"), [
    ("Kan jag få anmäla mig till den 14 september?", [S2]),              # the only September session
    ("Skriv upp mig på 29 december, tack.", [S3]),                        # none in December; 29 November beside it
    ("Jag anmäler mig till tisdagen den 30 november.", [S3]),            # a weekday before the date
    ("Please register me for May 3rd and November 28th.", [S1, S3]),     # an English ordinal day in a list
])
def test_a_date_off_a_session_with_one_near_is_that_session_asked(config: Config, text: str,
                                                                  sessions: list[dt.date]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions
    assert Unsure.SESSIONS in r.unsure


def test_a_date_off_a_month_of_two_sessions_is_only_asked(config: Config) -> None:
    # sessions in May and November only: a date in a month with none and no same day beside it names no one session
    r = _chat("Jag vill anmäla mig till den 10 augusti.", config)
    assert Unsure.SESSIONS in r.unsure
    assert S2 not in r.sessions or list(r.sessions) == list(ALL)


def test_a_year_one_off_is_a_slip_though_past_as_written(config: Config) -> None:
    # written 22 February 2027, before the arrival (1 March 2027): the session is 22 February 2028
    r = _chat("Vill gärna vara med på mötena 21 september 2027 samt 22 februari 2027.", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S4]


def test_a_past_date_told_of_something_else_stays_no_session(config: Config) -> None:
    r = _chat("Anmäl mig till 21/9. Jag var på er konferens den 22 februari 2027.", config)
    assert list(r.sessions) == [S2]


def test_the_date_wins_over_a_sessions_number_beside_it(config: Config) -> None:
    r = _chat("Anmäl mig till den första träffen, den 21 september.", config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2]
    assert Unsure.SESSIONS in r.unsure


def test_a_number_and_date_that_agree_are_sure(config: Config) -> None:
    r = _chat("Anmäl mig till den andra träffen, den 21 september.", config)
    assert list(r.sessions) == [S2]
    assert Unsure.SESSIONS not in r.unsure


def test_a_signup_held_in_the_perfect_is_swapped(config: Config) -> None:
    r = _chat("har bokat mig på 21/9 men vill flytta till träffen i november istället.", config)
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == [S3]


def test_leaving_the_series_for_one_sessions_clash_drops_that_session(config: Config) -> None:
    r = _chat("Det blir tyvärr krock med en studieresa 21 september, så jag måste avanmäla mig från DalaLab.", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == [S2]


def test_leaving_the_whole_series_after_a_clash_is_every_session(config: Config) -> None:
    r = _chat("Det krockar med en studieresa 21 september och jag har bytt jobb, så jag avanmäler mig från hela "
              "DalaLab.", config)
    assert r.intent == Intent.CANCEL
    assert list(r.sessions) == list(ALL)
