"""Replies through the outbox to Telegram: rate limits honoured, failures retried or given up as they should."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from assistant.clock import FixedClock
from handlers.telegram.sender import split_text
from storage.models import OutboxMessage
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import BotHarness

KALLE = user(1001, "Kalle", "Svensson")


async def _rows(h: BotHarness) -> list[OutboxMessage]:
    async with h.db.sessions() as s:
        return list((await s.scalars(select(OutboxMessage).where(OutboxMessage.channel == "telegram")
                                     .order_by(OutboxMessage.id))).all())


async def _until(predicate_rows: Callable[[list[OutboxMessage]], object], h: BotHarness,
                 timeout: float = 3.0) -> list[OutboxMessage]:
    """The telegram outbox rows, once ``predicate_rows`` holds for them (fails after ``timeout``)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        rows = await _rows(h)
        if predicate_rows(rows):
            return rows
        assert asyncio.get_running_loop().time() < deadline, [(r.state, r.last_error) for r in rows]
        await asyncio.sleep(0.02)


def test_split_text_cuts_at_line_breaks_under_the_limit() -> None:
    text = "\n".join(f"{i:04d} " + "x" * 95 for i in range(100))   # 10 000 characters
    parts = split_text(text)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert "\n".join(parts) == text
    assert split_text("kort") == ["kort"]
    assert all(len(p) <= 4096 for p in split_text("y" * 9000))


async def test_a_short_429_is_waited_out_and_the_reply_arrives(harness: BotHarness) -> None:
    harness.fake.fail("sendMessage", 429, retry_after=1)
    [reply] = await harness.send(KALLE, "/hjalp")
    assert "/anmal" in (reply.text or "")
    assert [c[0] for c in harness.fake.calls].count("sendMessage") == 2
    [row] = await _rows(harness)
    assert row.state == "sent" and row.attempts == 1


async def test_a_long_429_goes_back_to_the_outbox_with_its_retry_after(harness: BotHarness,
                                                                      clock: FixedClock) -> None:
    harness.fake.fail("sendMessage", 429, retry_after=30)
    harness.fake.text(KALLE, "/hjalp")
    [row] = await _until(lambda rows: rows and rows[0].attempts == 1, harness)
    assert row.state == "pending" and "retry after 30" in (row.last_error or "")
    assert row.next_attempt_at == clock.now() + dt.timedelta(seconds=30)
    clock.advance(dt.timedelta(seconds=31))
    harness.dispatcher.wake.set()
    [reply] = await harness.fake.wait_sent(1001)
    assert "/anmal" in (reply.text or "")


async def test_a_500_is_retried_later(harness: BotHarness, clock: FixedClock) -> None:
    harness.fake.fail("sendMessage", 500)
    harness.fake.text(KALLE, "/start")
    [row] = await _until(lambda rows: rows and rows[0].attempts == 1, harness)
    assert row.state == "pending"
    clock.advance(dt.timedelta(seconds=6))
    harness.dispatcher.wake.set()
    [reply] = await harness.fake.wait_sent(1001)
    assert "DalaLab" in (reply.text or "")


async def test_a_user_who_blocked_the_bot_is_given_up_at_once(harness: BotHarness, clock: FixedClock) -> None:
    harness.fake.fail("sendMessage", 403)
    harness.fake.text(KALLE, "/start")
    [row] = await _until(lambda rows: rows and rows[0].state == "failed", harness)
    assert row.attempts == 1 and "blocked" in (row.last_error or "")
    clock.advance(dt.timedelta(hours=1))
    harness.dispatcher.wake.set()
    eva = user(1002, "Eva", "Ek")
    [reply] = await harness.send(eva, "/hjalp")       # the loop goes on for others
    assert "/anmal" in (reply.text or "")
    assert harness.fake.in_chat(1001) == []
    assert (await _rows(harness))[0].attempts == 1    # never tried again
