"""Mail-client forms and replies over quoted mail, round 54c (on ``dev53``), in words of their own, with near-misses:

- A: a calendar program's tentative answer with a typed comment that only misses the start of the day ("hinner inte
  till fikat", "hinner inte till starten"): arriving late is asked about, no session given up. Not making the
  session itself is a cancellation as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, build_mail

TOVE = "Lindgren Tove <tove.lindgren@alvdalen.se>"


def _mail(body: str, config: Config, subject: str = "DalaLab", sender: str = TOVE) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    "Hej! Bussen från Särna är framme 10.20, så jag hinner inte till fikat och inte heller till starten. Är det "
    "okej att komma en halvtimme sent?\n\nTove",
    "Hej, jag hinner tyvärr inte till början av dagen, tåget är framme först 10.30. Går det bra att komma in "
    "efter inledningen?\n\nTove",
])
def test_a_missing_the_start_of_the_day_is_a_question(config: Config, body: str) -> None:
    r = _mail(body, config, "Preliminärt: Träff 2 – DalaLab 21 september")
    assert r.intent == Intent.QUESTION
    assert r.sessions == ()


def test_a_near_miss_not_making_the_session_is_a_cancellation(config: Config) -> None:
    r = _mail("Hej! Jag hinner tyvärr inte till träffen 21 september, stryk mig från den.\n\nTove", config,
              "Preliminärt: Träff 2 – DalaLab 21 september")
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S2,)
