"""The signup left to another office or person to make themselves (round 58c): "vi har skickat inbjudan vidare till
Miljöförvaltningen, som själva anmäler de som ska delta", "enheten anmäler själva sina deltagare" is no signup, nobody
named to register.

Near-misses: the writer signing up "själv" ("jag anmäler mig själv", "anmäler själv mig och Per") signs up."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

BOX = "Rättviks kommun <kontakt@rattvik.se>"


def _mail(body: str, config: Config, sender: str = BOX) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject="SV: Inbjudan till DalaLab"), config, ARRIVAL)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("body", [
    ("Hej,\n\nTack för inbjudan. Vi har skickat den vidare till Miljöförvaltningen, som själva anmäler de som ska "
    "delta.\n\nVänliga hälsningar\nKundtjänst\nRättviks kommun"),
    "Hej! Inbjudan har gått vidare till planenheten. De anmäler själva de som ska vara med.\n\nMvh\nKundtjänst",
])
def test_a_signup_left_to_others_is_none(config: Config, body: str) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()
    assert list(r.sessions) == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("body", [
    "Hej! Jag anmäler mig själv till alla träffar.\n\nMvh Kari Lund\nRättviks kommun",
    "Hej! Anmäler själv mig och Per Falk till DalaLab.\n\nMvh Kari Lund\nRättviks kommun",
])
def test_signing_up_oneself_is_a_signup(config: Config, body: str) -> None:
    r = _mail(body, config, sender="Kari Lund <kari.lund@rattvik.se>")
    assert r.intent == Intent.REGISTER


def test_the_rules_stand_over_a_model_reading_a_signup(config: Config) -> None:
    r = _mail("Hej,\n\nTack för inbjudan. Vi har skickat den vidare till Miljöförvaltningen, som själva anmäler de som "
              "ska delta.\n\nVänliga hälsningar\nKundtjänst\nRättviks kommun", config)
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()
