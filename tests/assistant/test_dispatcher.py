"""The dispatcher: sends due rows, retries temporary failures with backoff, gives up on permanent ones."""

from __future__ import annotations

import datetime as dt

from assistant.clock import FixedClock
from assistant.dispatcher import Dispatcher, backoff
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
