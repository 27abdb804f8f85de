"""Intent and sessions, round 35: by class, each in words of its own (none from a corpus), with near-misses.

- A: a signup held, its narrowing asked as a question ("Kan du ändra så att jag bara är med på de två sista?",
  "Could you change it so that I only attend the last two?"): a change to the sessions named; a general question
  whether one may narrow a signup later ("Går det att ändra ... så att man bara ...?") stays a question.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=ELSA, subject=subject), config, ARRIVAL)


# --- A: "kan du ändra så att jag bara är med på de två sista?"

@pytest.mark.parametrize(("text", "expected"), [
    (("Hej! Jag är anmäld till alla fyra träffarna, men schemat på jobbet har ändrats. Kan du ändra så att jag bara "
     "är med på de två sista?"), [S3, S4]),
    ("Hej! Jag står anmäld till alla träffar. Kan ni ändra min anmälan så att jag bara är med på den första?", [S1]),
    ("Hi! I'm registered for all four sessions. Could you change it so that I only attend the last two?", [S3, S4]),
])
def test_a_a_narrowing_asked_as_a_question_is_a_change(config: Config, text: str, expected: list[dt.date]) -> None:
    r = _mail(text + SIGNED, config, subject="Ändra min anmälan")
    assert r.intent == Intent.CHANGE
    assert list(r.sessions) == expected
    assert [p.name for p in r.people] == ["Elsa Norr"]


def test_a_near_miss_a_general_question_stays_a_question(config: Config) -> None:
    r = _mail("Hej! Går det att ändra anmälan senare så att man bara är med på de två sista?" + SIGNED, config)
    assert r.intent == Intent.QUESTION


def test_a_near_miss_the_last_two_years_name_no_sessions(config: Config) -> None:
    r = _mail("Hi! Please sign me up for all four sessions. The last two years I have worked with planning." + SIGNED,
              config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, dt.date(2027, 9, 21), S3, S4]

