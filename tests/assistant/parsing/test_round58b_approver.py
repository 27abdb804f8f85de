"""The manager who approved a signup (round 58b): named under a list of those signed up as its approver ("Ansvarig
chef: Eva Ek (godkänt 2027-02-10)", "Godkänt av: Per Holm") is no person of it.

Near-miss: a manager listed among the participants stays."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

LIST = ("Hej!\n\nVi är två som vill delta på alla träffar:\n\nMia Strand | mia.strand@orsa.se\n\n"
        "Hugo Falk | hugo.falk@orsa.se\n\n")


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender="Mia Strand <mia.strand@orsa.se>"), config, ARRIVAL)


@pytest.mark.parametrize("approver", ["Ansvarig chef: Eva Ek, förvaltningschef (godkänt 2027-02-10)",
                                      "Godkänt av: Eva Ek"])
def test_the_approving_manager_is_no_person(approver: str, config: Config) -> None:
    r = _mail(LIST + approver + "\n\nMvh Mia Strand", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Mia Strand", "Hugo Falk"]
    assert set(r.sessions) == set(ALL)


def test_a_manager_among_the_participants_stays(config: Config) -> None:
    r = _mail(LIST + "Eva Ek (chef) | eva.ek@orsa.se\n\nMvh Mia Strand", config)
    assert [p.name for p in r.people] == ["Mia Strand", "Hugo Falk", "Eva Ek"]
