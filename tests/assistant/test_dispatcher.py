"""The dispatcher: sends due rows, retries temporary failures with backoff, gives up on permanent ones;
its claims on rows are leased, renewed while it sends, and taken over seconds after it dies."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import time
from collections.abc import Awaitable, Callable

import pytest

from assistant.clock import FixedClock
from assistant.dispatcher import LEASE, Dispatcher, backoff
from assistant.outgoing import Reply
from assistant.ports import PermanentFailure, TemporaryFailure
from storage.database import Database, open_database
from storage.migrate import upgrade
from storage.models import OutboxMessage
from storage.outbox import OutboxRepository


class FlakySender:
    """A channel that fails a given number of times, then delivers (records what it delivered)."""

    channel = "email"

    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.delivered: list[str] = []

    async def send(self, row: OutboxMessage, original: bytes | None) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.delivered.append(row.recipient)


async def _queue(db: Database, clock: FixedClock, recipient: str) -> int:
    async with db.sessions() as session, session.begin():
        row = await OutboxRepository(session).add(
            Reply("email", "confirmation", recipient, "Re: x", "hej"), None, clock.now())
        return row.id


async def _row(db: Database, row_id: int) -> OutboxMessage:
    async with db.sessions() as session:
        return await session.get(OutboxMessage, row_id)


def test_backoff_doubles_up_to_an_hour() -> None:
    assert [backoff(n) for n in range(4)] == [5, 10, 20, 40]
    assert backoff(30) == 3600


async def test_temporary_failure_is_retried_after_backoff(db_url: str, clock: FixedClock) -> None:
    db = open_database(db_url)
    try:
        await upgrade(db.engine)
        row_id = await _queue(db, clock, "anna@falun.se")
        sender = FlakySender([TemporaryFailure("421 try later")])
        dispatcher = Dispatcher(db, {"email": sender}, clock)
        assert await dispatcher.run_once() == 0
        row = await _row(db, row_id)
        assert (row.state, row.attempts, row.last_error) == ("pending", 1, "421 try later")
        assert row.next_attempt_at == clock.now() + dt.timedelta(seconds=5)
        assert await dispatcher.run_once() == 0, "not due yet: nothing is sent in a tight loop"
        clock.advance(dt.timedelta(seconds=6))
        assert await dispatcher.run_once() == 1
        row = await _row(db, row_id)
        assert row.state == "sent" and sender.delivered == ["anna@falun.se"]
        assert await dispatcher.run_once() == 0, "a sent row is never sent again"
    finally:
        await db.dispose()


async def test_permanent_failure_is_recorded_with_the_servers_answer(
        sqlite_url: str, clock: FixedClock) -> None:
    db = open_database(sqlite_url)
    try:
        await upgrade(db.engine)
        bad = await _queue(db, clock, "nobody@falun.se")
        good = await _queue(db, clock, "anna@falun.se")
        sender = FlakySender([PermanentFailure("550 5.1.1 user unknown")])
        assert await Dispatcher(db, {"email": sender}, clock).run_once() == 1, "one bad row never stops the rest"
        assert (await _row(db, bad)).state == "failed"
        assert (await _row(db, bad)).last_error == "550 5.1.1 user unknown"
        assert (await _row(db, good)).state == "sent"
    finally:
        await db.dispose()


async def test_retry_after_from_the_channel_is_honoured_and_old_rows_are_given_up(
        sqlite_url: str, clock: FixedClock) -> None:
    db = open_database(sqlite_url)
    try:
        await upgrade(db.engine)
        row_id = await _queue(db, clock, "anna@falun.se")
        sender = FlakySender([TemporaryFailure("429", retry_after=42), OSError("connection refused")])
        dispatcher = Dispatcher(db, {"email": sender}, clock)
        await dispatcher.run_once()
        assert (await _row(db, row_id)).next_attempt_at == clock.now() + dt.timedelta(seconds=42)
        clock.advance(dt.timedelta(hours=49))
        await dispatcher.run_once()
        row = await _row(db, row_id)
        assert row.state == "failed" and "gave up" in row.last_error
    finally:
        await db.dispose()


class GatedSender:
    """A channel whose sends wait until ``gate`` opens (a slow SMTP server); records starts and deliveries."""

    channel = "email"

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.started: list[str] = []
        self.delivered: list[str] = []

    async def send(self, row: OutboxMessage, original: bytes | None) -> None:
        self.started.append(row.recipient)
        await self.gate.wait()
        self.delivered.append(row.recipient)


async def _until(check: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Wait for ``check()`` (a value, or an awaitable of one) to be true, failing the test after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not await _value(check()):
        assert time.monotonic() < deadline, f"{what}: not within {timeout} s"
        await asyncio.sleep(0.005)


async def _pending_leases(db: Database) -> list[dt.datetime]:
    async with db.sessions() as session:
        return [r.next_attempt_at for r in await OutboxRepository(session).all() if r.state == "pending"]


async def _queue_three(db: Database, clock: FixedClock) -> list[str]:
    recipients = ["anna@falun.se", "erik@mora.se", "karin@borlange.se"]
    for recipient in recipients:
        await _queue(db, clock, recipient)
    return recipients


async def test_the_claims_of_a_dispatcher_that_died_are_taken_over_within_seconds(
        db_url: str, clock: FixedClock) -> None:
    first, second = open_database(db_url), open_database(db_url)   # two instances on one database
    try:
        await upgrade(first.engine)
        recipients = await _queue_three(first, clock)
        dying, survivor = GatedSender(), FlakySender([])
        dead = Dispatcher(first, {"email": dying}, clock)
        other = Dispatcher(second, {"email": survivor}, clock)
        task = asyncio.create_task(dead.run_once())
        # It claims all three and begins the first send ...
        await _until(lambda: dying.started, "the first send begins")
        task.cancel()   # ... and dies there: nothing renews its claims
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await other.run_once() == 0, "a claim is respected while its lease runs"
        clock.advance(dt.timedelta(seconds=12))   # seconds, not minutes
        assert await other.run_once() == 3
        assert sorted(survivor.delivered) == sorted(recipients) and dying.delivered == []
        async with second.sessions() as session:
            rows = await OutboxRepository(session).all()
        assert [(r.state, r.attempts, r.claimed_by) for r in rows] == [("sent", 1, None)] * 3
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_live_dispatcher_keeps_its_claims_through_a_send_longer_than_the_lease(
        db_url: str, clock: FixedClock) -> None:
    first, second = open_database(db_url), open_database(db_url)
    try:
        await upgrade(first.engine)
        recipients = await _queue_three(first, clock)
        slow, other_sender = GatedSender(), FlakySender([])
        live = Dispatcher(first, {"email": slow}, clock, renew_seconds=0.01)
        other = Dispatcher(second, {"email": other_sender}, clock)
        task = asyncio.create_task(live.run_once())
        await _until(lambda: slow.started, "the first send begins")
        for _ in range(36):   # three minutes of one SMTP send, in 5 s steps: far past the lease
            clock.advance(dt.timedelta(seconds=5))
            # The live dispatcher renews its lease on all three rows, the one in flight too ...
            await _until(lambda: _all_equal(_pending_leases(first), clock.now() + LEASE),
                         "the live dispatcher renews its lease")
            # ... so the other instance never takes them.
            assert await other.run_once() == 0
        slow.gate.set()
        assert await task == 3
        assert await other.run_once() == 0
        assert slow.delivered == recipients and other_sender.delivered == [], "each sent once, by its holder"
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_dispatcher_stalled_past_its_lease_leaves_the_rows_taken_over_to_their_new_holder(
        db_url: str, clock: FixedClock) -> None:
    first, second = open_database(db_url), open_database(db_url)
    try:
        await upgrade(first.engine)
        recipients = await _queue_three(first, clock)
        stalled_sender, other_sender = GatedSender(), FlakySender([])
        # Its renewals never come (as when its process is paused or its event loop blocked).
        stalled = Dispatcher(first, {"email": stalled_sender}, clock, renew_seconds=3600)
        other = Dispatcher(second, {"email": other_sender}, clock)
        task = asyncio.create_task(stalled.run_once())
        await _until(lambda: stalled_sender.started, "the first send begins")
        clock.advance(dt.timedelta(seconds=12))
        assert await other.run_once() == 3, "the lapsed claims are taken over"
        stalled_sender.gate.set()   # the stalled one wakes up with its first send done ...
        assert await task == 1      # ... and sends nothing more: the rest is no longer its own
        assert stalled_sender.delivered == recipients[:1]
        assert sorted(other_sender.delivered) == sorted(recipients)
        async with second.sessions() as session:
            rows = await OutboxRepository(session).all()
        assert [(r.state, r.claimed_by) for r in rows] == [("sent", None)] * 3
    finally:
        await first.dispose()
        await second.dispose()


async def _value(result: object) -> object:
    return await result if inspect.isawaitable(result) else result


async def _all_equal(values: Awaitable[list[dt.datetime]], expected: dt.datetime) -> bool:
    got = await values
    return bool(got) and all(v == expected for v in got)
