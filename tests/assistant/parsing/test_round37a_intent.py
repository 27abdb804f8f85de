"""Intent, round 37a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a complaint that our mail got a date wrong, nothing asked ("i en av bekräftelserna står det fel datum för
  tredje träffen (30 november i stället för 29)", "your confirmation had the wrong date for the May session"): no
  request, no session moved, whatever the model reads; a correction asked for, or sessions named otherwise, is read as
  before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nElsa Norr\nMora kommun\n"

COMPLAINTS = [
    ("Hej. Jag har fått två bekräftelser på samma anmälan, och i den ena står det fel datum för tredje träffen (30 "
     "november i stället för 29). Det är inte seriöst. Se till att det blir ordning på era utskick."),
    ("Hello. I received your confirmation twice, and one of the e-mails had the wrong date for the May session (4 May "
     "instead of 3 May). Not impressed. Please get your mailings right."),
]


def _mail(text: str, config: Config, subject: str = "Bekräftelser DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=ELSA, subject=subject), config, ARRIVAL)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_a_complaint_of_our_wrong_date_is_no_request(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.UNKNOWN
    assert list(r.sessions) == []
    assert list(r.people) == []


@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_the_rules_stand_over_the_model(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.UNKNOWN


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Hej! I bekräftelsen står det fel datum, 30 november i stället för 29. Kan ni rätta det?",
    "Hej! Det står fel datum i bekräftelsen. Jag anmälde mig till 21/9 och 29/11, inte 3 maj.",
])
def test_a_near_miss_a_correction_asked_or_sessions_told_is_read(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent != Intent.UNKNOWN
