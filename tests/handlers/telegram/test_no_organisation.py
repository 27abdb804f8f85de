""""Ingen av dessa" (none of these) in the bot: no way around a quota, still a way in for the truly unaffiliated."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Organisation, Person, Registration
from tests.fakes.telegram_api import Sent, user
from tests.fakes.telegram_harness import BotHarness

KALLE = user(1001, "Kalle", "Svensson")
EVA = user(1002, "Eva", "Ros")


async def _people(h: BotHarness) -> set[tuple[str | None, str | None, str]]:
    """(name, organisation, status) of every registration."""
    async with h.db.sessions() as s:
        rows = (await s.execute(select(Person.name, Organisation.name, Registration.status)
                                .join(Registration, Registration.person_id == Person.id)
                                .outerjoin(Organisation, Person.organisation_id == Organisation.id))).all()
    return {(r[0], r[1], r[2]) for r in rows}


def _labels(sent: Sent) -> set[str]:
    return {b["text"] for row in sent.buttons for b in row}


async def test_none_of_these_does_not_escape_the_quota_the_text_points_at(harness: BotHarness) -> None:
    [ask_org] = await harness.send(KALLE, "Anmäl Per Ek, Lisa Ström och mig till alla träffar.\n"
                                          "Kalle Svensson\nStadsbyggnadskontoret, 791 83 Falun")
    assert "Vilken organisation" in (ask_org.text or "")
    [again] = await harness.press(KALLE, ask_org, "Ingen av dessa")
    assert "Falu kommun" in (again.text or "") and "Ingen av dessa" not in _labels(again)
    assert await _people(harness) == set()           # nobody registered without organisation
    out = await harness.press(KALLE, again, "Falu kommun", expect=3)
    reply = next(s for s in out if s.method == "sendMessage" and "Falu kommun" in (s.text or ""))
    assert "Lisa Ström" in (reply.text or "")
    assert {(name, org) for name, org, _ in await _people(harness)} == {
        ("Kalle Svensson", "Falu kommun"), ("Per Ek", "Falu kommun"), ("Lisa Ström", "Falu kommun")}


async def test_a_consultant_without_organisation_still_registers(harness: BotHarness) -> None:
    [ask_org] = await harness.send(EVA, "Anmäl mig till alla träffar. Jag är konsult, eva@rosplan.se")
    assert "Ingen av dessa" in _labels(ask_org)
    out = await harness.press(EVA, ask_org, "Ingen av dessa", expect=3)
    assert any("Anmäld till" in (s.text or "") for s in out)
    assert {(name, org) for name, org, _ in await _people(harness)} == {("Eva Ros", None)}
