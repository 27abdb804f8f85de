"""Those said to hold a signup already (round 58b): a colleague the writer says is booked already beside a group
told ("Vi blir två till från Orsa: jag och Per Holm. Vår kollega Eva Ek är redan anmäld."), and the writer who
signed up before in the past tense ("Själv anmälde jag mig redan i februari") while passing on another's request,
are no part of the new signup.

Near-miss: a writer who says nothing of an earlier signup stays among the people."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ARRIVAL, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

WRITER = "Tove Nord <tove.nord@orsa.se>"


def _mail(body: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(body, sender=WRITER, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


def test_a_colleague_booked_already_beside_a_group_told_is_no_person(config: Config) -> None:
    r = _mail("Hej,\n\nVi blir två till från Orsa: jag och Per Holm (per.holm@orsa.se). Vår tredje, Eva Ek, är "
              "redan anmäld.\n\nVi går på alla träffar utom den första.\n\nMvh Tove Nord", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Tove Nord", "Per Holm"]
    assert list(r.sessions) == [S2, S3, S4]


@pytest.mark.parametrize("held", ["Själv anmälde jag mig redan i februari.", "Jag anmälde mig redan förra månaden."])
def test_a_writer_who_signed_up_before_is_no_person_of_anothers_signup(held: str, config: Config) -> None:
    r = _mail(f"Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@orsa.se) vill gå på de två höstträffarna. {held}"
              "\n\n/Tove", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Jonas Berg"]
    assert list(r.sessions) == [S2, S3]


def test_a_writer_signing_up_beside_another_stays(config: Config) -> None:
    r = _mail("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@orsa.se) och jag vill gå på de två höstträffarna."
              "\n\n/Tove", config)
    assert sorted(n or "" for n in _names(r)) == ["Jonas Berg", "Tove Nord"]
