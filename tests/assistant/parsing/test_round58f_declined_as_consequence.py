"""A session named beside an engagement, then declined as its consequence (round 58f): "Den 21 september sammanträder
styrelsen, varför jag inte kan närvara då", "..., vilket gör att vi inte kan delta då", "..., så vi kan inte komma
då", "..., varför ingen av oss har möjlighet att medverka då" leaves that session out of the signup, in the formal
word order ("inte kan") as in the plain one.

Near-misses: coming all the same ("..., men vi kan närvara ändå"), the consequence a coming ("..., så vi kan vara med
då") and a "då" meaning "since" ("... inte kan komma då vi har ...") decline nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

_LIST = ("Härmed anmäls från Hedemora kommun:\n\n- Ingrid Sundqvist, planeringschef\n"
         "- Mattias Holm, översiktsplanerare\n\n")
_SIGN = "\n\nMed vänlig hälsning\nIngrid Sundqvist\nHedemora kommun\n"


@pytest.mark.parametrize(("text", "sessions"), [
    (("Vi önskar delta den 3 maj, 29 november och 22 februari. Den 21 september sammanträder "
      "kommunstyrelsen, varför vi tyvärr inte kan närvara då."), [S1, S3, S4]),
    (("Vi önskar delta 21 september, 29 november och 22 februari. Den 3 maj sammanträder byggnadsnämnden, "
      "vilket innebär att vi inte kan närvara då."), [S2, S3, S4]),
    ("Anmäl oss till alla träffar. Den 29 november sammanträder kommunfullmäktige, varför vi inte kan närvara då.",
     [S1, S2, S4]),
    ("Vi kommer gärna på samtliga träffar. Den 3 maj pågår vår revision, vilket gör att vi inte kan delta då.",
     [S2, S3, S4]),
    (("Vi vill gärna vara med på hela serien. Den 22 februari tar kommunstyrelsen budgeten, så att ingen av oss "
      "kan komma då."), [S1, S2, S3]),
])
def test_session_declined_as_the_engagements_consequence(config: Config, mail: Callable[..., bytes], text: str,
                                                         sessions: list) -> None:
    raw = mail(_LIST + text + _SIGN, sender="Ingrid Sundqvist <ingrid.sundqvist@hedemora.se>")
    r = parse_email(raw, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == sessions


@pytest.mark.parametrize("text", [
    "Vi önskar delta vid alla träffar. Den 21 september sammanträder kommunstyrelsen, men vi kan närvara ändå.",
    "Vi vill gärna vara med på hela serien. Den 22 februari tar kommunstyrelsen budgeten, så vi kan vara med då.",
    "Vi önskar delta vid alla träffar. Vi meddelar om vi inte kan komma då vi har mycket just nu.",
])
def test_no_decline_without_one(config: Config, mail: Callable[..., bytes], text: str) -> None:
    raw = mail(_LIST + text + _SIGN, sender="Ingrid Sundqvist <ingrid.sundqvist@hedemora.se>")
    r = parse_email(raw, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S2, S3, S4]
