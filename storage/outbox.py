"""The outbox: replies written in the same transaction as the change they report, sent later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Result, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.outgoing import Reply
from assistant.traces import Traces
from storage.models import InboundMessage, OutboxMessage, OutboxState

#: Outbox kinds the reply limit does not count: forwards to organisers, and a chat bot's own prompts
#: and command answers (a conversation is many short messages, not mail to be kept from looping).
NOT_COUNTED_KINDS = ("forward", "chat")
#: Rows that never go out on their own (held back by a cap, or gathered into a digest): not counted.
HELD_STATES = (OutboxState.CAPPED, OutboxState.GATHERED)
#: What a wiped row says instead of its text (and its recipient, when that was the erased person).
WIPED = "(raderat)"
#: Outbox kind of the answer to an erasure: wiped as soon as it is sent (or fails for good).
ERASURE_KIND = "erasure"
#: What a wiped row keeps: when, which kind, to whom (an organiser) and how it went; not what it said.
_WIPE: dict[str, Any] = {"subject": None, "body_text": WIPED, "body_html": None, "headers": {}, "payload": {}, "last_error": None}
_UNSENT = (OutboxState.PENDING, OutboxState.GATHERED)


# Read for every message: built once (see storage/registrations.py).
_REPLIES_SINCE = select(func.count()).select_from(OutboxMessage).where(
    OutboxMessage.recipient == bindparam("recipient"), OutboxMessage.created_at >= bindparam("since"),
    OutboxMessage.kind.notin_(NOT_COUNTED_KINDS), OutboxMessage.state.notin_(HELD_STATES))




class OutboxRepository:
    """Adds replies and moves them through pending → sent | failed; flushes, never commits."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, reply: Reply, inbound_id: int | None, now: dt.datetime, *,
                  state: OutboxState = OutboxState.PENDING, note: str | None = None,
                  due: dt.datetime | None = None) -> OutboxMessage:
        """Queue a reply (due ``due``, default now); or store one held back (``state``, ``note`` saying why)."""
        recipient = reply.recipient.lower() if reply.channel == "email" else reply.recipient
        row = OutboxMessage(channel=reply.channel, kind=reply.kind, recipient=recipient,
                            subject=reply.subject, body_text=reply.text, body_html=reply.html,
                            headers=dict(reply.headers), payload=dict(reply.payload),
                            state=state, attempts=0, next_attempt_at=due or now, last_error=note,
                            created_at=now, inbound_id=inbound_id)
        self.session.add(row)
        await self.session.flush()
        return row

    async def due(self, channels: set[str], now: dt.datetime, limit: int = 50,
                  unpaced_only: Collection[str] | None = None) -> list[OutboxMessage]:
        """Pending rows whose next attempt is due, oldest first; with ``unpaced_only`` (the e-mail kinds the
        hourly pacing does not count), no paced e-mail (the hour's budget is spent)."""
        stmt = (select(OutboxMessage)
                .where(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.next_attempt_at <= now,
                       OutboxMessage.channel.in_(channels))
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit))
        if unpaced_only is not None:
            stmt = stmt.where((OutboxMessage.channel != "email") | OutboxMessage.kind.in_(unpaced_only))
        if self.session.bind.dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list((await self.session.scalars(stmt)).all())

    async def claim(self, channels: set[str], claimant: str, now: dt.datetime, lease: dt.timedelta,
                    limit: int = 50, pacing: tuple[int, Collection[str]] | None = None) -> list[OutboxMessage]:
        """Take due rows for sending in the name of ``claimant`` (a dispatcher instance): their next attempt
        moves to the end of a lease, so no other dispatcher takes them meanwhile. The claimant renews the
        lease while it sends (``renew``); if it dies, the rows are due again when the lease runs out.

        ``pacing``: (how many more paced e-mails this hour may send, the e-mail kinds not paced); the
        paced rows past that budget stay pending for a later hour."""
        if pacing is None:
            rows = await self.due(channels, now, limit)
        else:
            budget, unpaced = pacing
            rows = await self.due(channels, now, limit, None if budget > 0 else unpaced)
            paced = [r for r in rows if r.channel == "email" and r.kind not in unpaced]
            rows = [r for r in rows if r not in paced[budget:]]
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

    async def mark_sent(self, row_id: int, now: dt.datetime, kind: str | None = None) -> None:
        """The row went out (recorded whoever holds the claim now: it did go). The answer to an erasure
        (``kind``) keeps nothing of the person once it is out."""
        values: dict[str, Any] = {"state": OutboxState.SENT, "sent_at": now, "attempts": OutboxMessage.attempts + 1,
                                  "last_error": None, "claimed_by": None}
        if kind == ERASURE_KIND:
            values |= {"recipient": WIPED, **_WIPE}
        await self.session.execute(update(OutboxMessage).where(OutboxMessage.id == row_id).values(**values))
        if kind is None:
            await self._forget_if_erasure(row_id)

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
        await self._forget_if_erasure(row_id)
        return _changed(result)

    async def _forget_if_erasure(self, row_id: int) -> None:
        """The answer to an erasure keeps nothing of the person once it is out (or will never go)."""
        await self.session.execute(update(OutboxMessage).where(
            OutboxMessage.id == row_id, OutboxMessage.kind == ERASURE_KIND).values(recipient=WIPED, **_WIPE))

    async def forget_mentioning(self, traces: Traces) -> set[int]:
        """Erasure: every row that holds a trace of the person (recipient, text, HTML, headers, payload with
        its calendar entries and base64 attachments, the server's answer) is wiped, or deleted while it is
        still to be sent. Returns their ids."""
        unsent: list[int] = []
        to_them: list[int] = []
        about_them: list[int] = []
        async for row in await self.session.stream(select(
                OutboxMessage.id, OutboxMessage.state, OutboxMessage.recipient, OutboxMessage.subject,
                OutboxMessage.body_text, OutboxMessage.body_html, OutboxMessage.headers, OutboxMessage.payload,
                OutboxMessage.last_error).execution_options(yield_per=100)):
            if any(traces.in_value(value) for value in row[2:]):
                (unsent if row.state in _UNSENT else to_them if traces.in_value(row.recipient)
                 else about_them).append(row.id)
        if unsent:
            await self.session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(unsent)))
        if to_them:
            await self.session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(to_them)).values(
                recipient=WIPED, **_WIPE))
        if about_them:
            await self.session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(about_them)).values(**_WIPE))
        return {*unsent, *to_them, *about_them}

    async def forget_sent(self) -> int:
        """Retention: wipe every row that is no longer to be sent (recipient too); returns how many now."""
        result = await self.session.execute(update(OutboxMessage).where(
            OutboxMessage.state.notin_(_UNSENT), OutboxMessage.body_text != WIPED).values(recipient=WIPED, **_WIPE))
        return cast("CursorResult[Any]", result).rowcount

    async def wiped_ids(self) -> set[int]:
        """The rows whose content was wiped: a channel's copies of them (an .eml file) must go too."""
        return set((await self.session.scalars(select(OutboxMessage.id).where(
            OutboxMessage.body_text == WIPED))).all())

    async def replies_since(self, recipient: str, since: dt.datetime) -> int:
        """How many automatic replies went (or will go) to a recipient since ``since``."""
        return await self.session.scalar(_REPLIES_SINCE, {"recipient": recipient.lower(), "since": since}) or 0

    async def asked(self, recipient: str | None, message_ids: tuple[str, ...]) -> bool:
        """Whether one of ``message_ids`` is a clarification (a question for missing facts) queued or sent
        to ``recipient``: only then does a mail naming it answer our question."""
        if recipient is None or not message_ids:
            return False
        headers = await self.session.scalars(select(OutboxMessage.headers).where(
            OutboxMessage.recipient == recipient.lower(), OutboxMessage.kind == "clarification",
            OutboxMessage.state.notin_(HELD_STATES)))
        return any(h.get("Message-ID") in message_ids for h in headers.all())

    async def forward_answered(self, organiser: str | None,
                               message_ids: tuple[str, ...]) -> tuple[int | None, dict[str, Any]] | None:
        """The forward, queued or sent to ``organiser``, that one of ``message_ids`` (a reply's In-Reply-To and
        References) names, as (the forwarded message's id, the forward's payload): only such a forward makes
        her mail an answer for the person who asked."""
        if organiser is None or not message_ids:
            return None
        rows = await self.session.execute(select(
            OutboxMessage.inbound_id, OutboxMessage.headers, OutboxMessage.payload).where(
            OutboxMessage.recipient == organiser.lower(), OutboxMessage.kind == "forward",
            OutboxMessage.state.notin_(HELD_STATES)).order_by(OutboxMessage.id.desc()))
        return next(((inbound_id, payload or {}) for inbound_id, headers, payload in rows.tuples().all()
                     if (headers or {}).get("Message-ID") in message_ids), None)

    async def sent_since(self, since: dt.datetime, unpaced: Collection[str]) -> int:
        """Paced e-mails (every kind but ``unpaced``) sent since ``since`` or being sent now (claimed by a
        dispatcher): the hour's pacing so far."""
        sent = (OutboxMessage.state == OutboxState.SENT) & (OutboxMessage.sent_at >= since)
        in_flight = (OutboxMessage.state == OutboxState.PENDING) & OutboxMessage.claimed_by.is_not(None)
        return await self.session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.channel == "email", OutboxMessage.kind.notin_(unpaced), sent | in_flight)) or 0

    async def count(self, since: dt.datetime, *, recipient: str | None = None,
                    kinds: Collection[str] | None = None) -> int:
        """E-mails queued since ``since`` that go (or went) out on their own, optionally only to
        ``recipient`` or of ``kinds``."""
        stmt = select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.channel == "email", OutboxMessage.created_at >= since,
            OutboxMessage.state.notin_(HELD_STATES))
        if recipient is not None:
            stmt = stmt.where(OutboxMessage.recipient == recipient.lower())
        if kinds is not None:
            stmt = stmt.where(OutboxMessage.kind.in_(kinds))
        return await self.session.scalar(stmt) or 0

    async def waiting(self, kind: str, recipient: str, since: dt.datetime) -> OutboxMessage | None:
        """The unclaimed pending e-mail of ``kind`` to ``recipient`` queued since ``since`` (an hour's digest)."""
        row: OutboxMessage | None = await self.session.scalar(select(OutboxMessage).where(
            OutboxMessage.channel == "email", OutboxMessage.kind == kind,
            OutboxMessage.recipient == recipient.lower(), OutboxMessage.state == OutboxState.PENDING,
            OutboxMessage.claimed_by.is_(None), OutboxMessage.created_at >= since).limit(1))
        return row

    async def gathered(self, recipient: str, since: dt.datetime,
                       until: dt.datetime) -> list[tuple[OutboxMessage, InboundMessage | None]]:
        """The forwards to ``recipient`` gathered for a digest between ``since`` and ``until``, with
        the messages they forward, oldest first."""
        found = await self.session.execute(
            select(OutboxMessage, InboundMessage)
            .outerjoin(InboundMessage, OutboxMessage.inbound_id == InboundMessage.id)
            .where(OutboxMessage.recipient == recipient.lower(), OutboxMessage.state == OutboxState.GATHERED,
                   OutboxMessage.created_at >= since, OutboxMessage.created_at < until)
            .order_by(OutboxMessage.id))
        return [(row, inbound) for row, inbound in found.tuples().all()]

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
