"""What the organisers' daily summary reads, and the record of which summaries were sent.

``SummaryRepository`` gathers the facts for one summary (history since the last one, items
for a human) as plain values with codes (``assistant/summary/facts.py``; the words are the
renderer's), and claims a (recipient, day) so that a summary is queued once: the claim and the
outbox rows are written in the caller's transaction. Flushes, never commits.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.rules.organiser_mail import OrganiserMail
from assistant.session_keys import SessionKeys
from assistant.summary.facts import NOT_ANSWERED, AttentionItem, HeldBack, HistoryEntry, Refusal, SummaryFacts
from storage.models import (
    InboundMessage,
    InboundState,
    Organisation,
    OutboxMessage,
    OutboxState,
    PendingConfirmation,
    Person,
    SummaryRun,
)
from storage.outbox import HELD_STATES
from storage.registrations import RegistrationRepository

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: A question item's code once an organiser answered it (``inbound_messages.handled_at``).
HANDLED = "handled"
# A reply is retried for up to 48 hours (the dispatcher's GIVE_UP_AFTER) before it is marked failed,
# so failed replies created this long before the last summary may still be news.
FAILED_REPLY_LOOKBACK = dt.timedelta(hours=48)


class SummaryRepository:
    """Reads for the summary and the once-a-day record; flushes, never commits."""

    def __init__(self, session: AsyncSession, keys: SessionKeys | None = None) -> None:
        self.session = session
        self.keys = keys

    # -- the once-a-day record ---------------------------------------------------------------------

    async def last_sent_at(self) -> dt.datetime | None:
        """When the latest summary was recorded (to anyone)."""
        return await self.session.scalar(select(func.max(SummaryRun.sent_at)))

    async def ever_sent(self) -> bool:
        """Whether any summary was ever recorded."""
        return await self.session.scalar(select(func.count()).select_from(SummaryRun)) != 0

    async def recorded(self, day: dt.date) -> set[str]:
        """The recipients whose summary for ``day`` is recorded."""
        rows = await self.session.scalars(select(SummaryRun.recipient).where(SummaryRun.day == day))
        return set(rows.all())

    async def claim(self, recipient: str, day: dt.date, now: dt.datetime) -> bool:
        """Record ``day``'s summary for ``recipient``; False if it was recorded before (by anyone).

        ``INSERT ... ON CONFLICT DO NOTHING``: a second instance racing for the same day waits on
        the unique index until the first commits, then finds the row and gets False.
        """
        values = {"recipient": recipient, "day": day, "sent_at": now}
        insert = pg_insert if self.session.bind.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(SummaryRun).values(**values).on_conflict_do_nothing(
            index_elements=["recipient", "day"]).returning(SummaryRun.id)
        return (await self.session.execute(stmt)).scalar() is not None

    # -- the facts -------------------------------------------------------------------------------

    async def facts(self, now: dt.datetime, since: dt.datetime | None) -> SummaryFacts:
        """The registrations now, and what happened after ``since`` (everything when None)."""
        regs = RegistrationRepository(self.session, keys=self.keys)
        rows = tuple(await regs.rows())
        history = await self._history(regs, since or EPOCH)
        attention = await self._attention(now, since or EPOCH)
        return SummaryFacts(now, since, rows, tuple(history), tuple(attention), await self._held_back(since or EPOCH),
                            await self._refusals(since or EPOCH))

    async def _refusals(self, since: dt.datetime) -> tuple[Refusal, ...]:
        """The places refused since ``since``, from the decisions stored with the messages."""
        found = await self.session.execute(
            select(InboundMessage.received_at, InboundMessage.decision)
            .where(InboundMessage.received_at > since, InboundMessage.decision.is_not(None))
            .order_by(InboundMessage.received_at, InboundMessage.id))
        out = []
        for at, decision in found.tuples():
            for v in (decision or {}).get("verdicts") or ():
                if v.get("outcome") == "rejected" and v.get("reason"):
                    day = v.get("session")
                    out.append(Refusal(at, v.get("person") or None, dt.date.fromisoformat(day) if day else None,
                                       str(v["reason"])))
        return tuple(out)

    async def _held_back(self, since: dt.datetime) -> tuple[HeldBack, ...]:
        """What the caps on sending held back, or gathered into digests, by kind."""
        found = await self.session.execute(
            select(OutboxMessage.kind, OutboxMessage.state, func.count())
            .where(OutboxMessage.state.in_(HELD_STATES), OutboxMessage.created_at > since)
            .group_by(OutboxMessage.kind, OutboxMessage.state).order_by(OutboxMessage.kind, OutboxMessage.state))
        return tuple(HeldBack(kind, state == OutboxState.GATHERED, count) for kind, state, count in found.tuples())

    async def _history(self, regs: RegistrationRepository, since: dt.datetime) -> list[HistoryEntry]:
        changes = await regs.changes_since(since)
        inbound_ids = {c.inbound_id for c, _ in changes if c.inbound_id is not None}
        intents: dict[int, str | None] = {}
        if inbound_ids:
            found = await self.session.execute(select(InboundMessage.id, InboundMessage.intent)
                                               .where(InboundMessage.id.in_(inbound_ids)))
            intents = {i: intent for i, intent in found.all()}
        out = [HistoryEntry(c.at, r.person_id, r.name, r.organisation, r.session,
                            c.from_status, c.to_status, c.reason,
                            intents.get(c.inbound_id) if c.inbound_id else None, r.diet)
               for c, r in changes]
        out += await self._detail_updates(since)
        return sorted(out, key=lambda h: (h.at, h.person_id))

    async def _detail_updates(self, since: dt.datetime) -> list[HistoryEntry]:
        """Changes of details (diet, name) are not in the registration history: read the decisions."""
        found = await self.session.execute(
            select(InboundMessage.processed_at, InboundMessage.received_at, InboundMessage.intent,
                   InboundMessage.decision)
            .where(InboundMessage.received_at > since, InboundMessage.intent == "change"))
        refs: list[tuple[dt.datetime, int, str]] = []
        for processed_at, received_at, _intent, decision in found.all():
            for v in (decision or {}).get("verdicts", []):
                ref = str(v.get("ref") or "")
                if v.get("outcome") == "updated" and ref.startswith("p:"):
                    refs.append((processed_at or received_at, int(ref[2:]), str(v.get("reason") or "")))
        if not refs:
            return []
        people = {p.id: p for p in (await self.session.scalars(
            select(Person).where(Person.id.in_({pid for _, pid, _ in refs})))).all()}
        organisations = await self._organisation_names(list(people))
        out = []
        for at, pid, reason in refs:
            person = people.get(pid)
            if person is None or person.erased_at is not None:
                continue
            out.append(HistoryEntry(at, pid, person.name, organisations.get(pid), None, None, None,
                                    reason, "change", person.diet))
        return out

    async def _organisation_names(self, ids: list[int]) -> dict[int, str]:
        found = await self.session.execute(
            select(Person.id, Organisation.name).join(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id.in_(ids)))
        return {pid: name for pid, name in found.all()}

    async def _questions_before(self, since: dt.datetime) -> list[AttentionItem]:
        """Questions forwarded before ``since`` that are still open, or were handled after it."""
        forwarded = select(OutboxMessage.inbound_id).where(OutboxMessage.kind == "forward")
        found = await self.session.execute(
            select(InboundMessage.received_at, InboundMessage.sender, InboundMessage.subject, InboundMessage.intent,
                   InboundMessage.parse_result, InboundMessage.handled_at)
            .where(InboundMessage.id.in_(forwarded), InboundMessage.received_at <= since,
                   InboundMessage.state == InboundState.PROCESSED,
                   or_(InboundMessage.handled_at.is_(None), InboundMessage.handled_at > since))
            .order_by(InboundMessage.received_at, InboundMessage.id))
        return [AttentionItem("question", at, sender, (parsed or {}).get("question") or subject,
                              HANDLED if handled_at is not None else None)
                for at, sender, subject, intent, parsed, handled_at in found.all()
                if intent == "question" or (parsed or {}).get("question")]

    async def _attention(self, now: dt.datetime, since: dt.datetime) -> list[AttentionItem]:
        items: list[AttentionItem] = []
        inbound = await self.session.execute(
            select(InboundMessage.received_at, InboundMessage.sender, InboundMessage.subject,
                   InboundMessage.intent, InboundMessage.state, InboundMessage.parse_result,
                   InboundMessage.error, InboundMessage.decision, InboundMessage.handled_at)
            .where(InboundMessage.received_at > since).order_by(InboundMessage.received_at, InboundMessage.id))
        items += await self._questions_before(since)
        held = await self.session.execute(   # held before the last summary and still held: still waiting
            select(InboundMessage.received_at, InboundMessage.sender, InboundMessage.subject, InboundMessage.decision)
            .where(InboundMessage.state == InboundState.HELD, InboundMessage.received_at <= since)
            .order_by(InboundMessage.received_at, InboundMessage.id))
        items += [AttentionItem("held", at, sender, subject, (decision or {}).get("reason") or "too-large")
                  for at, sender, subject, decision in held.tuples()]
        for at, sender, subject, intent, state, parsed, error, decision, handled_at in inbound.all():
            question = (parsed or {}).get("question")
            if (decision or {}).get("reason") == OrganiserMail.name and state != InboundState.HELD:
                continue   # an organiser's answer, passed on: the question it answers is marked handled
            if state == InboundState.HELD:   # the rule that held it (not recorded before: by its intent)
                why = (decision or {}).get("reason") or ("too-large" if intent is None else "reply-limit")
                items.append(AttentionItem("held", at, sender, subject, why))
            elif state == InboundState.FAILED:
                lines = (error or "").strip().splitlines()
                items.append(AttentionItem("failed-message", at, sender, lines[-1][:300] if lines else None))
            elif intent == "question" or question:
                items.append(AttentionItem("question", at, sender, question or subject,
                                           HANDLED if handled_at is not None else None))
            elif intent == "unknown":     # never answered on purpose (a thank-you, a newsletter, a scam), or not understood
                kind = NOT_ANSWERED if (parsed or {}).get("never_answer") else "not-understood"
                items.append(AttentionItem(kind, at, sender, subject))
        pending = await self.session.execute(
            select(PendingConfirmation.created_at, PendingConfirmation.request, Person.name)
            .outerjoin(Person, PendingConfirmation.person_id == Person.id)
            .where(PendingConfirmation.used_at.is_(None), PendingConfirmation.expires_at > now)
            .order_by(PendingConfirmation.created_at))
        for at, request, name in pending.all():
            data = request or {}
            if data.get("kind") == "link-telegram":
                continue   # a /koppla code: the bot user's own business, no change for an organiser to await
            asked = data.get("request") or {}
            items.append(AttentionItem("pending-confirmation", at, name, code=asked.get("intent", "change"),
                                       asked_by=asked.get("sender", {}).get("address") or None,
                                       confirm_to=str(data.get("confirm_to") or "") or None))
        failed = await self.session.execute(
            select(OutboxMessage.created_at, OutboxMessage.recipient, OutboxMessage.kind,
                   OutboxMessage.channel, OutboxMessage.last_error)
            .where(OutboxMessage.state == OutboxState.FAILED,
                   OutboxMessage.created_at > since - FAILED_REPLY_LOOKBACK)
            .order_by(OutboxMessage.created_at, OutboxMessage.id))
        for at, recipient, kind, channel, last_error in failed.all():
            items.append(AttentionItem("failed-reply", at, recipient, last_error or None, kind, channel))
        return items
