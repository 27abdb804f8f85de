"""People, round 54b: who the request is about, by class, in words of its own (none from a corpus), with near-misses.

- A: a colleague said to be signed up as before ("Per Holm är anmäld som tidigare", "Eva is registered as before")
  beside a substitution or a cancellation: whose booking stays as it is is no part of the change; one struck whose
  signup otherwise stands ("Stryk Per Holm från 21/9, han är anmäld som tidigare till de andra") still is.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")

WRITER = "Eva Nord <eva.nord@mora.se>"


def _mail(text: str, config: Config, sender: str = WRITER, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMvh\nEva Nord\nMora kommun\n", sender=sender, subject=subject),
                       config, ARRIVAL)


def _roles(r: ParsedRequest) -> dict[str, Role]:
    return {p.name or "": p.role for p in r.people}


AS_BEFORE_BESIDE_SUBSTITUTE = [
    ("Jag kan inte komma den 21 september. Min kollega Lisa Berg, lisa.berg@mora.se, tar min plats den dagen. "
    "Resten går jag på som vanligt, och Per Holm är anmäld som tidigare."),
    ("Jag har fått förhinder 21/9. Lisa Berg (lisa.berg@mora.se) går i mitt ställe. Per Holm är fortfarande anmäld "
    "som förut."),
]


@pytest.mark.parametrize("text", AS_BEFORE_BESIDE_SUBSTITUTE)
def test_a_one_signed_up_as_before_is_no_part_of_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Eva Nord": Role.LEAVING, "Lisa Berg": Role.JOINING}


def test_a_in_english_registered_as_before(config: Config) -> None:
    r = _mail("I can't make it on 21 September. My colleague Lisa Berg (lisa.berg@mora.se) will go in my place that "
              "day. Per Holm is registered as before.", config)
    assert _roles(r) == {"Eva Nord": Role.LEAVING, "Lisa Berg": Role.JOINING}


def test_a_near_miss_one_struck_and_otherwise_as_before_is_a_person(config: Config) -> None:
    r = _mail("Stryk Per Holm från träffen 21/9, han är anmäld som tidigare till de andra.", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Holm"]
