"""In the chat, a thank-you that asks nothing is stored and not answered (no ping-pong), while a thank-you that
asks for something is read and answered."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import InboundMessage
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import BotHarness

EVA = user(1201, "Eva", "Lind")


async def test_a_bare_thank_you_is_stored_and_not_answered(harness: BotHarness) -> None:
    await harness.send(EVA, "Anmäler mig till 3 maj. Eva Lind, Mora kommun", expect=2)   # answer + calendar
    thanks = harness.fake.text(EVA, "Tack! 👍")
    marker = harness.fake.text(EVA, "/hjalp")            # processed after the thank-you
    await harness.fake.wait_sent(EVA["id"], 3)
    await harness.fake.wait_confirmed(marker)
    await harness.drained()
    assert len(harness.fake.in_chat(EVA["id"])) == 3        # the signup's two and /hjalp's one: nothing for "Tack!"
    async with harness.db.sessions() as s:
        row = await s.scalar(select(InboundMessage).where(InboundMessage.external_key == str(thanks)))
    assert row is not None and row.intent == "unknown"


async def test_a_thank_you_that_asks_something_is_answered(harness: BotHarness) -> None:
    await harness.send(EVA, "Anmäler mig till 3 maj. Eva Lind, Mora kommun", expect=2)
    [answer] = await harness.send(EVA, "Tack! Finns det parkering vid lokalen?")
    assert "Tack för din fråga" in (answer.text or "")
