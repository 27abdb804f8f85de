"""Inbound messages: every message that arrived, keyed by channel and external key.

The key is the channel's (``mail_key`` for mail, the update id for Telegram); a key too long for its
column is stored, and looked up, as its hash (the ``Key`` column type), so it still deduplicates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, null, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.traces import Traces
from storage.models import InboundMessage, InboundState

#: The columns that can hold personal data (read for an erasure, wiped by it and by retention).
_PERSONAL = (InboundMessage.sender, InboundMessage.subject, InboundMessage.raw, InboundMessage.parse_result,
             InboundMessage.decision, InboundMessage.error, InboundMessage.source_ref)
#: What of a message's source survives retention: where it was, not who sent it.
_PLACE_KEYS = ("maildir_key", "uid", "uidvalidity", "folder")

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

    async def mark_handled(self, inbound_id: int, by: str, now: dt.datetime) -> None:
        """An organiser answered the message (a question): it needs nobody any more (the first answer counts)."""
        await self.session.execute(update(InboundMessage).where(
            InboundMessage.id == inbound_id, InboundMessage.handled_at.is_(None)).values(handled_at=now, handled_by=by))

    def forget(self, row: InboundMessage) -> None:
        """Keep nothing personal of one message (the one that asked for an erasure)."""
        row.raw = None
        row.sender = None
        row.subject = None
        row.parse_result = None

    async def forget_mentioning(self, traces: Traces) -> int:
        """Erasure: wipe every message that holds a trace of the person (any column, decoded) — its raw
        content, sender, subject, parse result, error and a source that names them; the decision keeps its
        outcomes without the names. Returns how many."""
        found = []
        async for row in await self.session.stream(select(InboundMessage.id, *_PERSONAL).execution_options(
                yield_per=200)):
            if any(traces.in_value(value) for value in row[1:]):
                found.append((row.id, row.decision, row.source_ref))
        for row_id, decision, source_ref in found:
            await self.session.execute(update(InboundMessage).where(InboundMessage.id == row_id).values(
                raw=None, sender=None, subject=None, parse_result=null(), error=None,
                decision=_without_names(decision), source_ref=None if traces.in_value(source_ref) else source_ref))
        return len(found)

    async def forget_all(self) -> int:
        """Retention: wipe the content of every message (the decision too); a source keeps only where the
        message was (Maildir key, IMAP uid), not who sent it. Returns how many were wiped now."""
        wiped = (await self.session.execute(
            update(InboundMessage).where(or_(*(c.is_not(None) for c in _PERSONAL[:-1])))
            .values(raw=None, sender=None, subject=None, parse_result=null(), decision=null(), error=None)
            .returning(InboundMessage.id, InboundMessage.source_ref))).all()
        for row_id, source_ref in wiped:
            kept = {k: v for k, v in (source_ref or {}).items() if k in _PLACE_KEYS}
            if kept != (source_ref or {}):
                await self.session.execute(update(InboundMessage).where(InboundMessage.id == row_id)
                                           .values(source_ref=kept or null()))
        return len(wiped)

    async def wiped_sources(self) -> list[dict[str, Any]]:
        """The sources (e.g. ``{"maildir_key": ..}``) of the messages whose content was wiped: a channel's
        copies of them must go too."""
        rows = await self.session.scalars(select(InboundMessage.source_ref).where(
            InboundMessage.raw.is_(None), InboundMessage.source_ref.is_not(None)))
        return [ref for ref in rows.all() if ref]


def _without_names(decision: dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored decision (``Decision.summary``) without the people's names: refs, sessions and outcomes stay."""
    if not decision:
        return decision
    return {**decision, "verdicts": [{k: v for k, v in verdict.items() if k != "person"}
                                     for verdict in decision.get("verdicts", [])]}
