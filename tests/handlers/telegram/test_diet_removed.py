"""A diet taken off a signup is cleared (found by trying the service as a user, eleventh session). Before, "Kan ni ta
bort glutenfri kost från min anmälan?" cancelled every session on the rules' reading (asked about only because the
intent model disagreed), and a diet change without a diet left the recorded one in place, saying nothing of it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from storage.models import Person as PersonRow
from storage.models import Registration
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import BotHarness

EVA = user(1201, "Eva", "Lund")


async def _registered(h: BotHarness) -> list[tuple[str | None, dt.date, str | None]]:
    async with h.db.sessions() as session:
        rows = await session.execute(select(PersonRow.name, Registration.session_date, PersonRow.diet)
                                     .join(Registration, Registration.person_id == PersonRow.id)
                                     .order_by(PersonRow.id, Registration.session_date))
        return [tuple(r) for r in rows.all()]   # type: ignore[misc]


async def test_a_diet_taken_off_is_cleared_and_the_places_kept(harness: BotHarness) -> None:
    await harness.send(EVA, "Anmäl mig till 3 maj och 21 september. Jag är glutenintolerant. Eva Lund, Mora kommun",
                       expect=2)
    assert {d for _, _, d in await _registered(harness)} == {"glutenintolerant"}
    [reply] = await harness.send(EVA, "Kan ni ta bort glutenfri kost från min anmälan? Jag tål gluten nu.")
    assert await _registered(harness) == [("Eva Lund", dt.date(2027, 5, 3), None),
                                          ("Eva Lund", dt.date(2027, 9, 21), None)]
    assert "kost" in (reply.text or "").lower()
