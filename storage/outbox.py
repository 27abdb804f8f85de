"""The outbox: replies written in the same transaction as the change they report, sent later."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, func, select, update
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

    async def claim(self, channels: set[str], now: dt.datetime, lease: dt.timedelta,
                    limit: int = 50) -> list[OutboxMessage]:
        """Take due rows for sending: their next attempt moves to the end of a lease, so no other
        dispatcher takes them meanwhile, and a dispatcher that dies mid-send has them retried after it."""
        rows = await self.due(channels, now, limit)
        if rows:
            await self.session.execute(update(OutboxMessage).where(
                OutboxMessage.id.in_([r.id for r in rows])).values(next_attempt_at=now + lease))
        return rows

    async def mark_sent(self, row_id: int, now: dt.datetime) -> None:
        """The row went out."""
        await self.session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(
            state=OutboxState.SENT, sent_at=now, attempts=OutboxMessage.attempts + 1, last_error=None))

    async def mark_retry(self, row_id: int, error: str, at: dt.datetime) -> None:
        """A temporary failure: try again at ``at``."""
        await self.session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(
            attempts=OutboxMessage.attempts + 1, last_error=error[:2000], next_attempt_at=at))

    async def mark_failed(self, row_id: int, error: str) -> None:
        """A permanent failure: never retried; the organisers' summary lists it."""
        await self.session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(
            state=OutboxState.FAILED, attempts=OutboxMessage.attempts + 1, last_error=error[:2000]))

    async def replies_since(self, recipient: str, since: dt.datetime) -> int:
        """How many automatic replies went (or will go) to a recipient since ``since``."""
        return await self.session.scalar(_REPLIES_SINCE, {"recipient": recipient.lower(), "since": since}) or 0

    async def all(self) -> list[OutboxMessage]:
        """Every row, oldest first."""
        return list((await self.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())
