"""The dispatcher: claim due outbox rows, send each through its channel, mark sent; retry with backoff.

Claims are leased: a dispatcher instance (one per process, named by ``instance_name``) claims rows under
its name with a short lease and renews it every couple of seconds while it still holds any of them, also
while a send is in flight. If the process dies, the renewals stop and the rows are due again (for a
restarted or a surviving instance) seconds later. A live instance never loses a row to another: only a
dispatcher that missed its renewals for the whole lease (a paused process, an event loop blocked that
long) can; it then learns so before its next send and leaves those rows to their new holder.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import socket
from collections.abc import Mapping

from assistant.clock import Clock
from assistant.config import Limits
from assistant.ports import ChannelSender, PermanentFailure, TemporaryFailure
from assistant.sending_caps import UNPACED, hour_budget, window
from storage.database import Database
from storage.models import InboundMessage, OutboxMessage
from storage.outbox import OutboxRepository

log = logging.getLogger("anmalan.dispatcher")

GIVE_UP_AFTER = dt.timedelta(hours=48)
LEASE = dt.timedelta(seconds=10)   # a claim lapses this long after its dispatcher last renewed it
RENEW_SECONDS = 2.0                # how often a dispatcher renews the claims it holds
# A send starts only on a claim with at least this much of its lease left, else the claim is renewed
# first: a dispatcher that was stalled past its lease finds out before sending, not after.
SEND_MARGIN = LEASE / 2


def backoff(attempts: int, base: float = 5.0, cap: float = 3600.0) -> float:
    """Seconds before the next try after ``attempts`` failures: 5 s, 10 s, 20 s ... up to an hour."""
    return min(cap, base * 2.0 ** max(0, attempts))


def instance_name() -> str:
    """A dispatcher's name, unique to it: host, process id and a random part (at most 64 characters)."""
    return f"{socket.gethostname()[:40]}/{os.getpid()}/{secrets.token_hex(6)}"


class _Claim:
    """The rows one round of a dispatcher still holds, and when its lease on them ends (on its clock)."""

    def __init__(self, row_ids: set[int], until: dt.datetime) -> None:
        self.ids = row_ids
        self.until = until

    def __repr__(self) -> str:
        return f"_Claim({sorted(self.ids)}, until={self.until.isoformat()})"


class Dispatcher:
    """Sends the outbox. A failing row is logged and retried until a deadline; it never stops the loop."""

    def __init__(self, db: Database, senders: Mapping[str, ChannelSender], clock: Clock,
                 poll_seconds: float = 0.2, backoff_base: float = 5.0, *,
                 renew_seconds: float = RENEW_SECONDS, name: str | None = None,
                 pacing: tuple[Limits, dt.tzinfo] | None = None) -> None:
        self.db = db
        self.senders = dict(senders)
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.backoff_base = backoff_base
        self.renew_seconds = renew_seconds
        self.name = name or instance_name()
        self.wake = asyncio.Event()
        self.pacing = pacing   # the hourly cap on replies (limits.max_replies_per_hour), in the event's hours

    async def run_once(self, limit: int = 50) -> int:
        """Send every due row (up to ``limit``); returns how many went out.

        Rows are claimed in one short transaction and each is sent outside any transaction, so a
        slow SMTP server never holds the database (on SQLite that would stop all incoming mail).
        Meanwhile a task renews the lease on the rows not yet done.
        """
        now = self.clock.now()
        async with self.db.sessions() as session, session.begin():
            outbox = OutboxRepository(session)
            pacing = None
            if self.pacing is not None:
                limits, tz = self.pacing
                hour, _ = window(now, tz)
                pacing = (hour_budget(await outbox.sent_since(hour, UNPACED), limits), UNPACED)
            rows = await outbox.claim(set(self.senders), self.name, now, LEASE, limit, pacing)
        if not rows:
            return 0
        claim = _Claim({row.id for row in rows}, now + LEASE)
        done = asyncio.Event()
        renewing = asyncio.create_task(self._keep_renewing(claim, done), name="dispatcher-lease")
        sent = 0
        try:
            for row in rows:
                if await self._still_held(claim, row.id):
                    sent += await self._send_one(row, claim)
        finally:
            done.set()
            await renewing
        return sent

    async def _keep_renewing(self, claim: _Claim, done: asyncio.Event) -> None:
        while not done.is_set():
            try:
                await asyncio.wait_for(done.wait(), self.renew_seconds)
            except TimeoutError:
                try:
                    await self._renew(claim)
                except Exception:
                    log.exception("renewing the claim on replies %s failed", sorted(claim.ids))

    async def _renew(self, claim: _Claim) -> None:
        """Extend the lease on the rows still in hand; forget those another dispatcher has taken over."""
        if not claim.ids:
            return
        now = self.clock.now()
        asked = set(claim.ids)
        async with self.db.sessions() as session, session.begin():
            kept = await OutboxRepository(session).renew(asked, self.name, now + LEASE)
        claim.until = now + LEASE
        lost = (asked - kept) & claim.ids   # not done here meanwhile, and no longer this dispatcher's
        if lost:
            log.warning("replies %s were taken over by another dispatcher after this one missed its lease "
                        "renewals; left to it", sorted(lost))
            claim.ids -= lost

    async def _still_held(self, claim: _Claim, row_id: int) -> bool:
        """Whether the row is still this dispatcher's to send, renewing first if the lease runs short."""
        if row_id in claim.ids and self.clock.now() + SEND_MARGIN > claim.until:
            await self._renew(claim)
        return row_id in claim.ids

    async def _original(self, row: OutboxMessage) -> bytes | None:
        attach = (row.payload or {}).get("attach_inbound")
        if not attach:
            return None
        async with self.db.sessions() as session:
            inbound = await session.get(InboundMessage, attach)
            return inbound.raw if inbound else None

    async def _send_one(self, row: OutboxMessage, claim: _Claim) -> int:
        original = await self._original(row)
        sender = self.senders[row.channel]
        now = self.clock.now()
        outcome: tuple[str, str, float] | None = None
        try:
            await sender.send(row, original)
        except PermanentFailure as exc:
            log.error("reply %s to %s failed for good: %s", row.id, row.recipient, exc)
            outcome = ("failed", str(exc), 0.0)
        except Exception as exc:   # temporary; a sender's own bug is retried the same way, never in a loop
            if not isinstance(exc, (TemporaryFailure, OSError, TimeoutError)):
                log.exception("reply %s: the %s sender failed unexpectedly", row.id, row.channel)
            retry_after = getattr(exc, "retry_after", None)
            if now - row.created_at > GIVE_UP_AFTER:
                log.error("reply %s to %s given up after %s tries: %s", row.id, row.recipient,
                          row.attempts + 1, exc)
                outcome = ("failed", f"gave up: {exc}", 0.0)
            else:
                delay = retry_after if retry_after is not None else backoff(row.attempts, self.backoff_base)
                log.warning("reply %s to %s not sent (%s); next try in %.0f s", row.id, row.recipient, exc, delay)
                outcome = ("retry", str(exc), delay)
        claim.ids.discard(row.id)   # done: no longer renewed
        async with self.db.sessions() as session, session.begin():
            repo = OutboxRepository(session)
            if outcome is None:
                await repo.mark_sent(row.id, self.clock.now(), row.kind)
                return 1
            state, error, delay = outcome
            if state == "failed":
                recorded = await repo.mark_failed(row.id, self.name, error)
            else:
                recorded = await repo.mark_retry(row.id, self.name, error, now + dt.timedelta(seconds=delay))
            if not recorded:
                log.warning("reply %s was taken over by another dispatcher during its send; the outcome "
                            "here (%s) is left to it", row.id, error)
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
