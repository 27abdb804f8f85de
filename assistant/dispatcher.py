"""The dispatcher: claim due outbox rows, send each through its channel, mark sent; retry with backoff."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Mapping

from assistant.clock import Clock
from assistant.ports import ChannelSender, PermanentFailure, TemporaryFailure
from storage.database import Database
from storage.models import InboundMessage, OutboxMessage
from storage.outbox import OutboxRepository

log = logging.getLogger("anmalan.dispatcher")

GIVE_UP_AFTER = dt.timedelta(hours=48)
LEASE = dt.timedelta(minutes=2)   # a claimed row is retried after this if its dispatcher died mid-send


def backoff(attempts: int, base: float = 5.0, cap: float = 3600.0) -> float:
    """Seconds before the next try after ``attempts`` failures: 5 s, 10 s, 20 s ... up to an hour."""
    return min(cap, base * 2.0 ** max(0, attempts))


class Dispatcher:
    """Sends the outbox. A failing row is logged and retried until a deadline; it never stops the loop."""

    def __init__(self, db: Database, senders: Mapping[str, ChannelSender], clock: Clock,
                 poll_seconds: float = 0.2, backoff_base: float = 5.0) -> None:
        self.db = db
        self.senders = dict(senders)
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.backoff_base = backoff_base
        self.wake = asyncio.Event()

    async def run_once(self, limit: int = 50) -> int:
        """Send every due row (up to ``limit``); returns how many went out.

        Rows are claimed in one short transaction and each is sent outside any transaction, so a
        slow SMTP server never holds the database (on SQLite that would stop all incoming mail).
        """
        now = self.clock.now()
        async with self.db.sessions() as session, session.begin():
            rows = await OutboxRepository(session).claim(set(self.senders), now, LEASE, limit)
        sent = 0
        for row in rows:
            sent += await self._send_one(row)
        return sent

    async def _original(self, row: OutboxMessage) -> bytes | None:
        attach = (row.payload or {}).get("attach_inbound")
        if not attach:
            return None
        async with self.db.sessions() as session:
            inbound = await session.get(InboundMessage, attach)
            return inbound.raw if inbound else None

    async def _send_one(self, row: OutboxMessage) -> int:
        original = await self._original(row)
        sender = self.senders[row.channel]
        now = self.clock.now()
        outcome: tuple[str, str, float] | None = None
        try:
            await sender.send(row, original)
        except PermanentFailure as exc:
            log.error("reply %s to %s failed for good: %s", row.id, row.recipient, exc)
            outcome = ("failed", str(exc), 0.0)
        except (TemporaryFailure, OSError, TimeoutError) as exc:
            retry_after = getattr(exc, "retry_after", None)
            if now - row.created_at > GIVE_UP_AFTER:
                log.error("reply %s to %s given up after %s tries: %s", row.id, row.recipient,
                          row.attempts + 1, exc)
                outcome = ("failed", f"gave up: {exc}", 0.0)
            else:
                delay = retry_after if retry_after is not None else backoff(row.attempts, self.backoff_base)
                log.warning("reply %s to %s not sent (%s); next try in %.0f s", row.id, row.recipient, exc, delay)
                outcome = ("retry", str(exc), delay)
        async with self.db.sessions() as session, session.begin():
            repo = OutboxRepository(session)
            if outcome is None:
                await repo.mark_sent(row.id, self.clock.now())
                return 1
            state, error, delay = outcome
            if state == "failed":
                await repo.mark_failed(row.id, error)
            else:
                await repo.mark_retry(row.id, error, now + dt.timedelta(seconds=delay))
            return 0

    async def run(self, stop: asyncio.Event) -> None:
        """Send until ``stop`` is set."""
        while not stop.is_set():
            # Cleared before the round, not after: a wake-up set while rows are being sent is kept.
            self.wake.clear()
            try:
                await self.run_once()
            except Exception:
                log.exception("dispatching the outbox failed")
            waiter = asyncio.ensure_future(self.wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            try:
                await asyncio.wait({waiter, stopper}, timeout=self.poll_seconds,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
                stopper.cancel()
