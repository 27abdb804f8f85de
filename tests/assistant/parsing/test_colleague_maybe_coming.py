"""A colleague named as only perhaps coming is not booked (found by trying the service as a user, twelfth session),
as one who "har inte bestämt sig" is not (round 41b). Before, "Anmäl mig till 3 maj. Troligen kommer min kollega Per
Ek också", "Per Ek vill kanske också följa med, jag hör av mig" and "anmäl mig och eventuellt Per Ek" booked Per
Ek. Near-misses: a colleague said to come, with a hedge about something else."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S1, build_mail

ANNA = "Anna Berg <anna.berg@falun.se>"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail("Hej!\n\n" + text + "\n\nAnna Berg\nFalu kommun\n", sender=ANNA, subject="Anmälan"),
                       config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str]:
    return sorted(p.name or "" for p in r.people)


@pytest.mark.parametrize("text", [
    "Anmäl mig till 3 maj. Troligen kommer min kollega Per Ek också.",
    "Anmäl mig till 3 maj. Min kollega Per Ek kommer kanske också, han återkommer själv.",
    "Anmäl mig och eventuellt Per Ek till 3 maj.",
    "Anmäl mig till 3 maj. Per Ek vill kanske också följa med, jag hör av mig.",
    "Please sign me up for 3 May. My colleague Per Ek might come too.",
])
def test_a_colleague_perhaps_coming_is_not_booked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Anna Berg"]
    assert r.sessions == (S1,)


@pytest.mark.parametrize("text", [
    "Anmäl mig och Per Ek till 3 maj. Per kommer troligen lite sent.",
    "Anmäl mig till 3 maj. Min kollega Per Ek kommer också, troligen med tåget.",
    "Anmäl mig och Per Ek till 3 maj, vi kommer kanske med samma bil.",
])
def test_a_colleague_coming_with_a_hedge_about_something_else_is_booked(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Anna Berg", "Per Ek"]
