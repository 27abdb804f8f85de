"""Sessions, round 42: by class, in words of its own (none from a corpus), with near-misses.

- A: a slash date asked for that no session is held on read day first, but one is read month first ("count me in for
  5/3" when no session is on 5 March and one is on 3 May): that session, and which is meant is asked
  (``Unsure.SESSIONS``), not every session booked as if none were named. A date told as a deadline or a date of
  something else ("senast 5/3") is no session asked for; a date that is a session day first stays as it is.
- B: a season's sessions narrowed by a date restating them in the same sentence ("anmälde mig till hösten i januari,
  det gäller 21 sept", "hösten, det vill säga 21 september"): the season means that date only; a date given beside
  it as another ("hösten och dessutom 3 maj") adds to it as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, build_mail

AMY = "Amy Brooks <amy.brooks@regiondalarna.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nAmy\n", sender=AMY, subject="DalaLab"), config, ARRIVAL)


MONTH_FIRST = [
    "Hi Linnea,\n\nplease count me in for 5/3, the opening session in Falun. More about the rest later.",
    "Hello, I'd like to register for 5/3. Thanks!",
    "Hej! Anmäl mig till 5/3 tack.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", MONTH_FIRST)
def test_a_a_slash_date_a_session_only_month_first_is_that_session_asked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1,)
    assert Unsure.SESSIONS in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_a_session_read_day_first_is_not_asked(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till 3/5 tack.", config)
    assert r.sessions == (S1,)
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", ["Hej! Anmäl mig till 21/9. Jag är ledig till och med 5/3, så svaret kan dröja.",
                                  "Hej! Anmäl mig till 21/9. Svara gärna senast 5/3."])
def test_a_near_miss_a_date_of_something_else_is_no_session_asked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.sessions == (S2,)
    assert Unsure.SESSIONS not in r.unsure




def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Per Dahl"), config, ARRIVAL)


RESTATED = [
    "hej! jag anmälde mig till hösten i januari, det gäller 21 sept. lägg till 3 maj också tack",
    "Hej! Jag är anmäld till hösten, det vill säga 21 september. Lägg gärna till 3 maj också.",
    "Hi! I signed up for the autumn back in January, that is 21 September. Please add 3 May too.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", RESTATED)
def test_b_a_season_restated_by_a_date_means_that_date(config: Config, text: str) -> None:
    r = _chat(text, config) if text.islower() else _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S1, S2)


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_a_season_with_another_date_beside_keeps_both(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till hösten och dessutom 3 maj.", config)
    assert r.sessions == (S1, S2, S3)
