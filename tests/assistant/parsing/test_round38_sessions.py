"""Sessions, round 38: by class, each in words of its own (none from a corpus), with near-misses.

- A: a cancellation that asks the others kept ("Avboka dem, men behåll maj och februari", "stryk höstens två men
  behåll våren"): the sessions given up are those cancelled, not those to keep; a cancellation naming only those given
  up, or keeping them as before ("behåller"), is as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMvh\nOla Ek\nOrsa kommun", sender="Ola Ek <ola.ek@orsa.se>",
                                  subject="DalaLab"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "cancelled"), [
    ("Hej,\n\nHöstens två träffar krockar med budgeten. Avboka dem, men behåll maj och februari.", (S2, S3)),
    ("Hej,\n\nStryk mig från 21 september, men behåll de andra.", (S2,)),
    ("Hej,\n\nAvboka mig från träffen i februari men behåll 3 maj, 21/9 och 29/11.", (S4,)),
])
def test_a_the_sessions_asked_kept_are_not_cancelled(config: Config, text: str, cancelled: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == cancelled


@pytest.mark.parametrize(("text", "cancelled"), [
    ("Hej,\n\nHöstens två träffar krockar med budgeten. Avboka dem.", (S2, S3)),
    ("Hej,\n\nJag kan inte komma 3 maj, men jag behåller 21/9 och 29/11 och 22/2.", (S1,)),
])
def test_a_near_miss_only_those_given_up(config: Config, text: str, cancelled: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == cancelled
