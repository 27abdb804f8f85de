"""Inbound messages: every message that arrived, keyed by channel and external key.

The key is the channel's (``mail_key`` for mail, the update id for Telegram); a key too long for its
column is stored, and looked up, as its hash (the ``Key`` column type), so it still deduplicates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboundMessage, InboundState

# Asked for every message: built once (see storage/registrations.py).
_SEEN = select(InboundMessage.id, InboundMessage.state, InboundMessage.intent).where(
    InboundMessage.channel == bindparam("channel"), InboundMessage.external_key == bindparam("key"))


class InboundRepository:
    """Stores and finds inbound messages; flushes, never commits."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, channel: str, external_key: str) -> InboundMessage | None:
        """The stored message with this key, if it was seen before."""
        found = await self.session.scalar(select(InboundMessage).where(
            InboundMessage.channel == channel, InboundMessage.external_key == external_key))
        return found

    async def seen(self, channel: str, external_key: str) -> tuple[int, str, str | None] | None:
        """(id, state, intent) of the stored message with this key, if it was seen before."""
        row = (await self.session.execute(_SEEN, {"channel": channel, "key": external_key})).first()
        return None if row is None else (row[0], row[1], row[2])

    async def add(self, *, channel: str, external_key: str, received_at: dt.datetime, raw: bytes | None,
                  sender: str | None, subject: str | None, state: InboundState,
                  source_ref: dict[str, Any] | None = None, **outcome: Any) -> InboundMessage:
        """Store a new inbound message (flushed, so a duplicate key fails here); ``outcome``: further
        columns already known (intent, parse_result, decision, processed_at)."""
        row = InboundMessage(channel=channel, external_key=external_key, received_at=received_at,
                             raw=raw, size=len(raw or b""), sender=sender, subject=subject,
                             state=state, source_ref=source_ref, **outcome)
        self.session.add(row)
        await self.session.flush()
        return row

    def forget(self, row: InboundMessage) -> None:
        """Keep nothing personal of one message (the one that asked for an erasure)."""
        row.raw = None
        row.sender = None
        row.subject = None
        row.parse_result = None

    async def forget_sender(self, channel: str, sender: str) -> int:
        """Delete the raw content of every message from a sender (erasure); returns how many."""
        rows = (await self.session.scalars(select(InboundMessage).where(
            InboundMessage.channel == channel, func.lower(InboundMessage.sender) == sender.lower()))).all()
        for row in rows:
            row.raw = None
            row.sender = None
            row.subject = None
            row.parse_result = None
        await self.session.flush()
        return len(rows)
