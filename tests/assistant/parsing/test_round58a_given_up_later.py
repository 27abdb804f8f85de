"""A session given up after a signup, later in the writer's own words (round 58a): a P.S. after the signature ("PS.
Såg nu att 21 september krockar med en kurs, så räkna bort den"), or a sentence of its own ("Jag kan dock inte 21
september"), takes that session out of the signup.

Near-miss: one named beside the writer who cannot come to one ("Per kan dock inte 21 september") does not take it
from the writer's signup (the union of the two stays whole)."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

OLLE = "Olle Strand <olle.strand@orsa.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=OLLE, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize("body", [
    ("Hej,\n\nJag anmäler mig härmed till DalaLab, alla fyra träffarna.\n\nMvh Olle Strand\nPlanarkitekt, Orsa "
     "kommun\n0250-123 45\n\nPS. Såg nu att 21 september krockar med en kurs, så räkna bort den träffen. Resten "
     "blir bra!"),
    "Hej,\n\nJag anmäler mig härmed till alla träffar. Jag kan dock inte 21 september.\n\nMvh Olle",
])
def test_a_session_given_up_later_leaves_the_signup(body: str, config: Config) -> None:
    r = _mail(body, config)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S1, S3, S4]


def test_one_named_beside_who_cannot_come_leaves_the_writers_signup_whole(config: Config) -> None:
    r = _mail("Hej,\n\nJag anmäler mig och Per Ek till alla träffar. Per kan dock inte 21 september.\n\nMvh Olle",
              config)
    assert list(r.sessions) == list(ALL)


def test_a_session_only_offered_up_on_a_condition_stays(config: Config) -> None:
    r = _mail("Hej,\n\nJag anmäler mig till alla fyra träffarna.\n\nOlle\n\nPS. Om Orsa får för många anmälda kan jag "
              "hoppa över 29 november.", config)
    assert list(r.sessions) == list(ALL)
