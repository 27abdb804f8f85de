"""The dispatcher: claim due outbox rows, send each through its channel, mark sent; retry with backoff."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Mapping

from assistant.clock import Clock
from handlers.delivery import ChannelSender, PermanentFailure, TemporaryFailure
from storage.database import Database
from storage.models import InboundMessage, OutboxMessage
from storage.outbox import OutboxRepository

log = logging.getLogger("anmalan.dispatcher")

GIVE_UP_AFTER = dt.timedelta(hours=48)


def backoff(attempts: int, base: float = 5.0, cap: float = 3600.0) -> float:
    """Seconds before the next try after ``attempts`` failures: 5 s, 10 s, 20 s ... up to an hour."""
    return min(cap, base * (2 ** max(0, attempts)))


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
        """Send every due row (up to ``limit``); returns how many went out."""
        sent = 0
        async with self.db.sessions() as session:
            rows = await OutboxRepository(session).due(set(self.senders), self.clock.now(), limit)
            ids = [r.id for r in rows]
        for row_id in ids:
            sent += await self._send_one(row_id)
        return sent

    async def _send_one(self, row_id: int) -> int:
        async with self.db.sessions() as session, session.begin():
            repo = OutboxRepository(session)
            row = await session.get(OutboxMessage, row_id, with_for_update=self.db.engine.dialect.name
                                    == "postgresql" or None)
            if row is None or row.state != "pending":
                return 0  # another instance took it
            original = None
            attach = (row.payload or {}).get("attach_inbound")
            if attach:
                inbound = await session.get(InboundMessage, attach)
                original = inbound.raw if inbound else None
            sender = self.senders[row.channel]
            now = self.clock.now()
            try:
                await sender.send(row, original)
            except PermanentFailure as exc:
                log.error("reply %s to %s failed for good: %s", row.id, row.recipient, exc)
                await repo.mark_failed(row.id, str(exc))
                return 0
            except (TemporaryFailure, OSError, TimeoutError) as exc:
                retry_after = getattr(exc, "retry_after", None)
                if now - row.created_at > GIVE_UP_AFTER:
                    log.error("reply %s to %s given up after %s tries: %s", row.id, row.recipient,
                              row.attempts + 1, exc)
                    await repo.mark_failed(row.id, f"gave up: {exc}")
                    return 0
                delay = retry_after if retry_after is not None else backoff(row.attempts, self.backoff_base)
                log.warning("reply %s to %s not sent (%s); next try in %.0f s", row.id, row.recipient, exc, delay)
                await repo.mark_retry(row.id, str(exc), now + dt.timedelta(seconds=delay))
                return 0
            await repo.mark_sent(row.id, now)
            return 1

    async def run(self, stop: asyncio.Event) -> None:
        """Send until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - the loop must go on
                log.exception("dispatching the outbox failed")
            self.wake.clear()
            waiter = asyncio.ensure_future(self.wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            try:
                await asyncio.wait({waiter, stopper}, timeout=self.poll_seconds,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
                stopper.cancel()
