"""A named colleague who "kommer", "deltar" or "går på" sessions is one the request is about, as one who "vill vara
med" is ("Karin Lindqvist kommer på alla träffar" from Elin Dahl signs up Karin, not Elin). Variants and
near-misses: one who goes into retirement in May, one who comes from a place."""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELIN = "Elin Dahl <elin.dahl@mora.se>"
SIGNED = "\n\nHälsningar\nElin Dahl\nMora kommun\n"


def _mail(config: Config, body: str) -> ParsedRequest:
    return parse_email(build_mail(body + SIGNED, sender=ELIN, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej!\n\nKarin Lindqvist kommer på alla träffar.", ["Karin Lindqvist"]),
    ("Hej! Karin Lindqvist och Johan Sundberg deltar på träffarna 3 maj och 21 september.",
     ["Johan Sundberg", "Karin Lindqvist"]),
    ("Hej,\nKarin Lindqvist ska gå på alla fyra träffarna.", ["Karin Lindqvist"]),
    ("Hello, Karin Lindqvist attends all four sessions.", ["Karin Lindqvist"]),
])
def test_a_colleague_named_going_is_the_one_signed_up(config: Config, body: str, expected: list[str]) -> None:
    r = _mail(config, body)
    assert r.intent == Intent.REGISTER
    assert _names(r) == expected


def test_colleagues_going_and_the_writer_not_in_a_chat(config: Config) -> None:
    r = parse_chat("hej! Anna Ek och Per Holm kommer på alla träffar. Själv kan jag inte.",
                   Sender("telegram", "4711", "Elin Dahl"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Anna Ek", "Per Holm"]


@pytest.mark.parametrize("body", [
    "Hej! Jag anmäler mig till 3 maj och 21 september. Karin Lindqvist på vår enhet går på semester i juli.",
    "Hej! Jag anmäler mig till 3 maj och 21 september. Karin Lindqvist kommer från samma enhet och anmäler sig själv.",
])
def test_a_colleague_spoken_of_is_no_one_signed_up(config: Config, body: str) -> None:
    r = _mail(config, body)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elin Dahl"]
    assert set(r.sessions) == {S1, S2}


def test_one_going_into_retirement_beside_a_signup_is_not_booked(config: Config) -> None:
    r = _mail(config, "Hej! Jag anmäler mig till 3 maj och 21 september. Vår chef Karin Lindqvist går i pension i juni.")
    assert _names(r) == ["Elin Dahl"]


def test_one_going_into_retirement_is_the_one_cancelled(config: Config) -> None:
    r = _mail(config, "Hej! Karin Lindqvist går i pension i juni, så avanmäl henne från alla träffar.")
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Karin Lindqvist"]
