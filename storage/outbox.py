"""The outbox: replies written in the same transaction as the change they report, sent later."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Result, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.outgoing import Reply
from storage.models import OutboxMessage, OutboxState

#: Outbox kinds the reply limit does not count: forwards to organisers, and a chat bot's own prompts
#: and command answers (a conversation is many short messages, not mail to be kept from looping).
NOT_COUNTED_KINDS = ("forward", "chat")


# Read for every message: built once (see storage/registrations.py).
_REPLIES_SINCE = select(func.count()).select_from(OutboxMessage).where(
    OutboxMessage.recipient == bindparam("recipient"), OutboxMessage.created_at >= bindparam("since"),
    OutboxMessage.kind.notin_(NOT_COUNTED_KINDS))




class OutboxRepository:
    """Adds replies and moves them through pending → sent | failed; flushes, never commits."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, reply: Reply, inbound_id: int | None, now: dt.datetime) -> OutboxMessage:
        """Queue a reply."""
        recipient = reply.recipient.lower() if reply.channel == "email" else reply.recipient
        row = OutboxMessage(channel=reply.channel, kind=reply.kind, recipient=recipient,
                            subject=reply.subject, body_text=reply.text, body_html=reply.html,
                            headers=dict(reply.headers), payload=dict(reply.payload),
                            state=OutboxState.PENDING, attempts=0, next_attempt_at=now,
                            created_at=now, inbound_id=inbound_id)
        self.session.add(row)
        await self.session.flush()
        return row

    async def due(self, channels: set[str], now: dt.datetime, limit: int = 50) -> list[OutboxMessage]:
        """Pending rows whose next attempt is due, oldest first."""
        stmt = (select(OutboxMessage)
                .where(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.next_attempt_at <= now,
                       OutboxMessage.channel.in_(channels))
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit))
        if self.session.bind.dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list((await self.session.scalars(stmt)).all())

    async def claim(self, channels: set[str], claimant: str, now: dt.datetime, lease: dt.timedelta,
                    limit: int = 50) -> list[OutboxMessage]:
        """Take due rows for sending in the name of ``claimant`` (a dispatcher instance): their next attempt
        moves to the end of a lease, so no other dispatcher takes them meanwhile. The claimant renews the
        lease while it sends (``renew``); if it dies, the rows are due again when the lease runs out."""
        rows = await self.due(channels, now, limit)
        if rows:
            await self.session.execute(update(OutboxMessage).where(
                OutboxMessage.id.in_([r.id for r in rows])).values(next_attempt_at=now + lease,
                                                                    claimed_by=claimant))
        return rows

    async def renew(self, row_ids: set[int], claimant: str, until: dt.datetime) -> set[int]:
        """Extend ``claimant``'s lease on the rows still pending and still its own; returns their ids
        (a row missing from the answer was sent, or was taken over after the lease ran out)."""
        if not row_ids:
            return set()
        result = await self.session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(row_ids), OutboxMessage.claimed_by == claimant,
                                        OutboxMessage.state == OutboxState.PENDING)
            .values(next_attempt_at=until).returning(OutboxMessage.id))
        return set(result.scalars().all())

    async def mark_sent(self, row_id: int, now: dt.datetime) -> None:
        """The row went out (recorded whoever holds the claim now: it did go)."""
        await self.session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(
            state=OutboxState.SENT, sent_at=now, attempts=OutboxMessage.attempts + 1, last_error=None,
            claimed_by=None))

    async def mark_retry(self, row_id: int, claimant: str, error: str, at: dt.datetime) -> bool:
        """A temporary failure: try again at ``at``. Only while ``claimant`` still holds the row (else its
        new holder decides); returns whether it did."""
        result = await self.session.execute(update(OutboxMessage).where(*_held(row_id, claimant)).values(
            attempts=OutboxMessage.attempts + 1, last_error=error[:2000], next_attempt_at=at, claimed_by=None))
        return _changed(result)

    async def mark_failed(self, row_id: int, claimant: str, error: str) -> bool:
        """A permanent failure: never retried; the organisers' summary lists it. Only while ``claimant``
        still holds the row; returns whether it did."""
        result = await self.session.execute(update(OutboxMessage).where(*_held(row_id, claimant)).values(
            state=OutboxState.FAILED, attempts=OutboxMessage.attempts + 1, last_error=error[:2000],
            claimed_by=None))
        return _changed(result)

    async def replies_since(self, recipient: str, since: dt.datetime) -> int:
        """How many automatic replies went (or will go) to a recipient since ``since``."""
        return await self.session.scalar(_REPLIES_SINCE, {"recipient": recipient.lower(), "since": since}) or 0

    async def all(self) -> list[OutboxMessage]:
        """Every row, oldest first."""
        return list((await self.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())


def _held(row_id: int, claimant: str) -> tuple[ColumnElement[bool], ...]:
    """The row, while pending and claimed by ``claimant``."""
    return (OutboxMessage.id == row_id, OutboxMessage.claimed_by == claimant,
            OutboxMessage.state == OutboxState.PENDING)


def _changed(result: Result[Any]) -> bool:
    """Whether an UPDATE changed a row."""
    return cast("CursorResult[Any]", result).rowcount > 0
