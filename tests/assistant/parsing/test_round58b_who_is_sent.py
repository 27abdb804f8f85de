"""Those a writer sends, names or passes on (round 58b): the colleagues a manager or a shared mailbox puts forward
("Vi skickar Hanna Öst och Leo Falk", "Det blir Hanna Öst och Leo Falk som åker", "Gunnar Ek ... som vill anmäla
sig", "vill Maja Berg (GIS) och Tove Lind (plan) vara med", a list's rows longer than a name under "Här kommer
Orsas anmälan:") are the people; the writer who says they stay home is not.

Near-miss: a writer who sends a colleague and goes too stays among the people."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

CHIEF = "Greta Holm <greta.holm@orsa.se>"
MAILBOX = "Orsa kommun <kontakt@orsa.se>"


def _mail(body: str, config: Config, sender: str = CHIEF) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject="DalaLab"), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


def test_rows_with_a_title_and_sessions_under_a_head_are_the_people(config: Config) -> None:
    r = _mail("Hej,\n\nHär kommer Orsas anmälan till DalaLab:\n\nMaria Lund, landskapsarkitekt – alla fyra "
              "träffarna\nErik Strand, trafikplanerare – bara den andra träffen, 21 september\n\nSjälv håller jag "
              "mig informerad via Maria.\n\nMvh\nGreta Holm", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Maria Lund", "Erik Strand"]
    assert set(r.sessions) == set(ALL)


@pytest.mark.parametrize("sent", [
    "Från Orsa skickar vi Hanna Öst och Leo Falk på alla fyra träffarna.",
    "Det blir Hanna Öst och Leo Falk som åker från Orsa på alla fyra träffarna.",
])
def test_colleagues_a_manager_sends_are_the_people(sent: str, config: Config) -> None:
    r = _mail(f"Hej!\n\n{sent} Själv har jag tyvärr inte tid i år.\n\nHälsningar\nGreta Holm", config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Hanna Öst", "Leo Falk"]
    assert set(r.sessions) == set(ALL)


def test_a_manager_sending_a_colleague_and_going_too_stays(config: Config) -> None:
    r = _mail("Hej!\n\nVi skickar Hanna Öst på alla träffarna, och jag följer med.\n\nHälsningar\nGreta Holm", config)
    assert sorted(n or "" for n in _names(r)) == ["Greta Holm", "Hanna Öst"]


def test_a_mailbox_passing_on_a_call_names_the_caller(config: Config) -> None:
    r = _mail("Hej!\n\nVi fick ett samtal från Gunnar Ek, miljöinspektör här, som vill anmäla sig till DalaLab. Han "
              "kommer inte åt sin mejl just nu.\n\nHan vill delta 3 maj och 21 september.\n\nVänliga hälsningar\n"
              "Medborgarservice\nOrsa kommun", config, sender=MAILBOX)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email, p.organisation) for p in r.people] == [("Gunnar Ek", None, "Orsa kommun")]
    assert list(r.sessions) == [S1, S2]


def test_a_mailbox_naming_two_with_their_titles_between(config: Config) -> None:
    r = _mail("Hej!\n\nFrån Orsa vill Maja Berg (GIS-ingenjör) och Tove Lind (planarkitekt) vara med på de två "
              "första träffarna.\n\nMvh\nKommunkansliet\nOrsa kommun", config, sender=MAILBOX)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Maja Berg", "Tove Lind"]
    assert list(r.sessions) == [S1, S2]


def test_a_signature_below_a_list_is_no_row_of_it(config: Config) -> None:
    r = _mail("Jag anmäler härmed två kollegor från Orsa kommun till alla träffar:\n\nMaria Lund - vegetarisk\n"
              "Erik Strand - ingen specialkost\n\nSjälv deltar jag inte.\n\nGreta Holm, administratör\nOrsa kommun, "
              "Box 12, 794 21 Orsa", config)
    assert _names(r) == ["Maria Lund", "Erik Strand"]
