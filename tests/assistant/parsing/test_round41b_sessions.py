"""Sessions, round 41b: from gaps found by trying the service, in words of its own, with near-misses.

- A: a session noun in the singular, definite, right before a season said as when ("träffen i höst", "mötet i
  höst", "the session in the autumn"), with two sessions that autumn: both candidates, marked unsure, as "höstens
  träff" already is; a date beside it names the one; the plural ("träffarna i höst") and the season alone ("i höst")
  are both sessions, sure.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAJA = Sender("telegram", "4143", "Maja Lind")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, MAJA, config, ARRIVAL)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMaja Lind\nOrsa kommun\n", sender="Maja Lind <maja.lind@orsa.se>"),
                       config, ARRIVAL)


@pytest.mark.parametrize("text", [
    "stryk mig från träffen i höst",
    "avanmäl mig från mötet i höst tack",
    "Hej, jag kan tyvärr inte komma på träffen i höst.",
    "Please take me off the session in the autumn.",
])
def test_a_the_one_session_in_a_season_of_two_is_unsure_with_both(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2, S3)
    assert Unsure.SESSIONS in r.unsure


def test_a_near_miss_a_date_beside_names_the_one(config: Config) -> None:
    r = _mail("Hej, jag kan tyvärr inte komma på träffen i höst den 29 november.", config)
    assert r.sessions == (S3,)
    assert Unsure.SESSIONS not in r.unsure


@pytest.mark.parametrize("text", ["stryk mig från träffarna i höst", "jag kan inte komma i höst"])
def test_a_near_miss_the_plural_or_the_season_alone_is_both_sure(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.sessions == (S2, S3)
    assert Unsure.SESSIONS not in r.unsure
