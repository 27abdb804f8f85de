"""One inbound message, one unit of work: parse, decide, and store change + record + replies in one commit.

Only this module commits. A channel hands in an ``Inbound``; when ``handle`` returns, the
transaction has committed and the channel may acknowledge the message to its source.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import secrets
import traceback
import uuid
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.chat import ChatTurn, EndConversation, SaveConversation
from assistant.clock import Clock
from assistant.config import Config
from assistant.deciding import Context, decide
from assistant.decision import Decision, Outcome, Verdict
from assistant.mail_headers import MailFacts, read_mail_facts
from assistant.outgoing import Reply
from assistant.replies import Replies
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from storage.database import Database

if TYPE_CHECKING:
    from assistant.summary.queueing import Queued
from storage.inbound import InboundRepository
from storage.locks import lock_for_update
from storage.models import InboundMessage, InboundState, OutboxMessage, PendingConfirmation
from storage.outbox import OutboxRepository
from storage.registrations import RegistrationRepository
from storage.unit_of_work import UnitOfWork, reading, unit_of_work

log = logging.getLogger("anmalan.service")

TOKEN = re.compile(rb"BEKR-([A-Za-z0-9_-]{16})")
CONFIRMATION_VALID = dt.timedelta(days=14)


@dataclass(frozen=True)
class Inbound:
    """One message as a channel hands it in."""

    channel: str                      # "email" | "telegram"
    external_key: str                 # Message-ID, or Telegram update id
    raw: bytes                        # the .eml bytes, or the Update JSON
    received_at: dt.datetime
    source_ref: dict[str, Any] | None = None


@dataclass(frozen=True)
class Handled:
    """What became of a message."""

    inbound_id: int | None
    duplicate: bool
    state: str
    intent: str | None = None
    summary: str = ""


def _local_day_start(now: dt.datetime, config: Config) -> dt.datetime:
    local = now.astimezone(config.event.tz)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


class Service:
    """The registration pipeline shared by every channel."""

    def __init__(self, config: Config, db: Database, clock: Clock) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self.replies = Replies(config)
        self.organisation_ids: dict[str, int] = {}   # committed organisation rows, by name

    # -- the unit of work -------------------------------------------------------------------------

    async def handle(self, inbound: Inbound) -> Handled:
        """Process one message; returns after the commit (or finds it was done before).

        The message is parsed before its transaction (parsing needs no database), so the
        transaction is short; a message seen before is recognised first thing inside it.
        """
        try:
            request, facts = self._parse(inbound)
        except Exception as exc:  # noqa: BLE001 - the parser must not raise, but nothing is lost if it does
            return await self._store_failure(inbound, exc)
        return await self.submit(inbound, request, facts)

    async def submit(self, inbound: Inbound, request: ParsedRequest | None,
                     facts: MailFacts | None = None, turn: ChatTurn | None = None) -> Handled:
        """Process a message whose request is already known (parsed, or built by a chat conversation).

        ``turn``: a chat's conversation change and answers, stored in the same transaction.
        """
        try:
            async with unit_of_work(self.db, self.organisation_ids) as uow:
                seen = await uow.inbound.seen(inbound.channel, inbound.external_key)
                if seen is not None:
                    return _seen_before(seen)
                handled = await self._process(uow.session, inbound, request, facts)
                if turn is not None:
                    await self._chat_turn(uow, turn, None)
                return handled
        except IntegrityError:
            async with reading(self.db) as uow:   # another instance stored it meanwhile
                seen = await uow.inbound.seen(inbound.channel, inbound.external_key)
            if seen is not None:
                return _seen_before(seen)
            return await self._store_failure(inbound, RuntimeError("integrity error"))
        except Exception as exc:  # noqa: BLE001 - stored as failed, not lost, not retried forever
            return await self._store_failure(inbound, exc)

    async def record_turn(self, inbound: Inbound, turn: ChatTurn, sender: str | None = None) -> bool:
        """A chat update that is the chat's own business (a prompt, a command): its record, the
        conversation's next state, its action and its answers in one commit. False when seen before."""
        now = self.clock.now()
        try:
            async with unit_of_work(self.db, self.organisation_ids) as uow:
                record = await uow.inbound.add(
                    channel=inbound.channel, external_key=inbound.external_key, received_at=inbound.received_at,
                    raw=inbound.raw, sender=sender, subject=None, state=InboundState.PROCESSED,
                    source_ref=inbound.source_ref, intent=turn.intent, processed_at=now)
                await self._chat_turn(uow, turn, record.id)
        except IntegrityError:
            log.info("%s update %s was processed before; not again", inbound.channel, inbound.external_key)
            return False
        return True

    async def _chat_turn(self, uow: UnitOfWork, turn: ChatTurn, inbound_id: int | None) -> None:
        now = self.clock.now()
        replies = list(turn.replies)
        if turn.action is not None:
            replies += await turn.action(uow, now)
        change = turn.conversation
        if isinstance(change, EndConversation):
            await uow.conversations.end(turn.chat_key)
        elif isinstance(change, SaveConversation):
            await uow.conversations.save(turn.chat_key, change.state, change.data, now)
        for reply in replies:
            await uow.outbox.add(reply, inbound_id, now)

    async def queue_summary(self, day: dt.date, channels: set[str] | None = None, record: bool = True) -> Queued:
        """The organisers' summary for ``day``, queued once per organiser (the scheduled job's unit of work)."""
        from assistant.summary.queueing import queue_summary
        async with unit_of_work(self.db, self.organisation_ids) as uow:
            return await queue_summary(uow, self.config, self.clock.now(), day, channels, record)

    def reading(self) -> AbstractAsyncContextManager[UnitOfWork]:
        """Repositories for queries only (listings, a chat's own registrations); nothing is committed."""
        return reading(self.db)

    def _parse(self, inbound: Inbound) -> tuple[ParsedRequest | None, MailFacts | None]:
        if inbound.channel == "email":
            facts = read_mail_facts(inbound.raw)
            if len(inbound.raw) > self.config.limits.max_message_bytes:
                return None, facts
            from assistant.parsing.parser import parse_email
            request = parse_email(inbound.raw, self.config, inbound.received_at)
            return request, facts
        if inbound.channel == "telegram":
            from assistant.parsing.parser import parse_telegram_update
            update = json.loads(inbound.raw.decode("utf-8"))
            return parse_telegram_update(update, self.config, inbound.received_at), None
        raise ValueError(f"unknown channel {inbound.channel!r}")

    async def _store_failure(self, inbound: Inbound, exc: BaseException) -> Handled:
        error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        log.error("message %s:%s failed: %s", inbound.channel, inbound.external_key, error,
                  exc_info=(type(exc), exc, exc.__traceback__))
        now = self.clock.now()
        async with self.db.sessions() as session, session.begin():
            repo = InboundRepository(session)
            row = await repo.find(inbound.channel, inbound.external_key)
            if row is None:
                row = await repo.add(channel=inbound.channel, external_key=inbound.external_key,
                                     received_at=inbound.received_at, raw=inbound.raw, sender=None,
                                     subject=None, state=InboundState.FAILED, source_ref=inbound.source_ref)
            row.state = InboundState.FAILED
            row.error = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-4000:]
            row.processed_at = now
            return Handled(row.id, False, InboundState.FAILED, None, error)

    async def prepare(self) -> None:
        """Bring the database up to date and store the configured organisations (at start)."""
        from storage.migrate import upgrade
        await upgrade(self.db.engine)
        async with self.db.sessions() as session, session.begin():
            await RegistrationRepository(session).sync_organisations(self.config)
        from assistant.parsing.dates import warm_up
        await asyncio.to_thread(warm_up)   # dateparser's language data, loaded now, not on the first message

    async def _process(self, session: AsyncSession, inbound: Inbound, request: ParsedRequest | None,
                       facts: MailFacts | None) -> Handled:
        now = self.clock.now()
        sender_key = (request.sender.address if request else None) or (facts.sender if facts else None)
        work = _Work(self, session, inbound, request, facts, now, sender_key)
        state, intent, summary, decision = await work.run()
        record = await work.record(decision)   # written with the parse and the decision already
        record.state = state
        record.intent = intent                  # a confirmed change: the stored request's intent
        if work.erase_raw:
            record.raw = None
            record.sender = None
            record.subject = None
            record.parse_result = None
        log.info("%s message %s from %s: %s → %s", inbound.channel, inbound.external_key,
                 "(erased)" if work.erase_raw else sender_key, intent, summary)
        return Handled(record.id, False, state, intent, summary)


class _Work:
    """The steps of one message's unit of work (all inside the caller's transaction)."""

    def __init__(self, service: Service, session: AsyncSession, inbound: Inbound,
                 request: ParsedRequest | None, facts: MailFacts | None, now: dt.datetime,
                 sender_key: str | None) -> None:
        self.s = service
        self.config = service.config
        self.session = session
        self.inbound = inbound
        self.sender_key = sender_key
        self._record: InboundMessage | None = None
        self.request = request
        self.facts = facts
        self.now = now
        self.regs = RegistrationRepository(session, service.organisation_ids)
        self.outbox = OutboxRepository(session)
        self.erase_raw = False

    async def record(self, decision: Decision | None = None) -> InboundMessage:
        """The inbound record, written when first needed: after the availability check, never before it.

        It is written with what is known by then (the parse, the decision), so that the usual
        message needs no second write of it.
        """
        if self._record is None:
            req, facts = self.request, self.facts
            self._record = await InboundRepository(self.session).add(
                channel=self.inbound.channel, external_key=self.inbound.external_key,
                received_at=self.inbound.received_at, raw=self.inbound.raw, sender=self.sender_key,
                subject=(req.subject if req else None) or (facts.subject if facts else None),
                state=InboundState.PROCESSED, source_ref=self.inbound.source_ref,
                intent=req.intent.value if req else None, parse_result=req.contract() if req else None,
                decision=decision.summary() if decision else None, processed_at=self.now)
        return self._record

    @property
    def inbound_id(self) -> int:
        assert self._record is not None, "the inbound record is written before anything refers to it"
        return self._record.id

    async def run(self) -> tuple[str, str | None, str, Decision | None]:
        request = self.request
        if request is None:
            await self.record()
            await self._forward("too-large")
            return InboundState.HELD, None, "too large: stored for review, not parsed", None
        intent = request.intent.value
        if request.intent is Intent.AUTO_REPLY or request.never_answer:
            await self.record()
            return InboundState.IGNORED, intent, "automatic or bulk mail: never answered", None
        if await self._reply_limit_reached():
            await self.record()
            await self._forward("reply-limit")
            return InboundState.HELD, intent, "reply limit for this address reached: held for review", None
        confirmed = await self._confirmation_answered()
        if confirmed is not None:
            request = confirmed
        elif request.intent is Intent.QUESTION:
            await self.record()
            await self._forward("question")
            await self._reply_to_sender(request, Decision(reason="question"), "acknowledgement")
            return InboundState.PROCESSED, intent, "question forwarded to the organisers", None
        elif request.intent is Intent.UNKNOWN:
            await self.record()
            await self._forward("not-understood")
            await self._reply_to_sender(request, Decision(reason="unknown"), "clarification")
            return InboundState.PROCESSED, intent, "not understood: asked the sender", None

        lock_names = self._lock_names(request)
        if self.s.db.locking:
            await lock_for_update(self.session, lock_names, self.config.database.lock_timeout_seconds)
        book = await self.regs.book(request, self.config)
        context = Context(now=self.now, arrived=self.inbound.received_at,
                          answering_question=self._answers_our_question(),
                          authorised=confirmed is not None)
        decision = decide(self.config, book, request, context)
        await self.record(decision)
        ids = await self.regs.apply(decision, self.inbound_id, self.now)
        if request.intent is Intent.ERASURE:
            await self._erase(request, decision, ids)
        await self._confirmation_requests(request, decision, ids)
        await self._promotions(decision, ids)
        kind = _reply_kind(decision)
        await self._reply_to_sender(request, decision, kind)
        if request.question:
            await self._forward("question")
        return InboundState.PROCESSED, request.intent.value, _describe(decision), decision

    # -- steps ------------------------------------------------------------------------------------

    def _lock_names(self, request: ParsedRequest) -> list[str]:
        names = [f"session:{s.date.isoformat()}" for s in self.config.event.sessions]
        names += [f"org:{p.organisation}" for p in request.people if p.organisation]
        return names

    def _answers_our_question(self) -> bool:
        if (self.inbound.source_ref or {}).get("answers_question"):
            return True   # a chat conversation that asked its own questions
        return bool(self.facts and any(mid.startswith("<clarify.") for mid in self.facts.in_reply_to))

    async def _reply_limit_reached(self) -> bool:
        address = self._reply_address()
        if address is None:
            return False
        since = _local_day_start(self.now, self.config)
        sent = await self.outbox.replies_since(address, since)
        return sent >= self.config.limits.max_replies_per_address_per_day

    def _reply_address(self) -> str | None:
        if self.inbound.channel == "email" and self.facts is not None and self.facts.sender:
            return self.facts.sender
        return self.request.sender.address if self.request else None

    async def _confirmation_answered(self) -> ParsedRequest | None:
        """A reply that carries a confirmation code for a pending change: the stored request, authorised."""
        haystack = self.inbound.raw + (self.facts.subject.encode() if self.facts else b"")
        match = TOKEN.search(haystack)
        if not match or self.inbound.channel != "email":
            return None
        from sqlalchemy import select
        pending = await self.session.scalar(select(PendingConfirmation).where(
            PendingConfirmation.token == match.group(1).decode()))
        if pending is None or pending.used_at is not None or pending.expires_at < self.now:
            return None
        expected = str(pending.request.get("confirm_to") or "").lower()
        if not self.facts or self.facts.sender != expected:
            return None
        pending.used_at = self.now
        return _request_from_json(pending.request["request"])

    async def _confirmation_requests(self, request: ParsedRequest, decision: Decision,
                                     ids: dict[str, int]) -> None:
        for v in decision.verdicts:
            if v.outcome is not Outcome.NEEDS_CONFIRMATION or not v.facts.get("confirm_to"):
                continue
            token = secrets.token_urlsafe(12)[:16]
            person_id = int(v.holder.ref[2:]) if v.holder.ref.startswith("p:") else None
            self.session.add(PendingConfirmation(
                token=token, person_id=person_id, created_at=self.now, expires_at=self.now + CONFIRMATION_VALID,
                inbound_id=self.inbound_id,
                request={"confirm_to": v.facts["confirm_to"], "request": _request_to_json(request)}))
            text = self.s.replies.render("confirm_change", request.language, name=v.holder.name or "",
                                         requested_by=request.sender.address or request.sender.name or "?",
                                         intent=request.intent.value, token=f"BEKR-{token}")
            subject = ("Bekräfta ändring" if request.language == "sv" else "Confirm change") + f" [BEKR-{token}]"
            await self._queue(Reply("email", "confirm-change", v.facts["confirm_to"], subject, text,
                                    self.s.replies.html(text, request.language)))

    async def _promotions(self, decision: Decision, ids: dict[str, int]) -> None:
        lang = self.config.event.language
        for v in decision.verdicts:
            if v.outcome is not Outcome.PROMOTED or v.session is None:
                continue
            session = self.s.replies.session_view(v.session, lang)
            text = self.s.replies.render("promotion", lang, name=v.holder.name or "", session=session)
            subject = f"Du har fått en plats: {self.config.event.name}"
            payload = {"calendar": self._calendar([v], ids)}
            if v.holder.email:
                await self._queue(Reply("email", "promotion", v.holder.email, subject, text,
                                        self.s.replies.html(text, lang), payload=payload))
            elif v.holder.telegram_user_id:
                await self._queue(Reply("telegram", "promotion", str(v.holder.telegram_user_id), None, text))
            else:
                log.warning("promoted %s has no address; the organisers' summary lists it", v.holder.name)

    async def _erase(self, request: ParsedRequest, decision: Decision, ids: dict[str, int]) -> None:
        if any(v.outcome is Outcome.NEEDS_CONFIRMATION for v in decision.verdicts):
            return
        person_ids = sorted(set(ids.values()))
        if request.sender.address:
            person_ids += [p.id for p in await self.regs.people_for_sender(
                request.sender.channel, request.sender.address) if p.id not in person_ids and
                (request.sender.channel == "telegram"   # people linked to this Telegram user
                 or (p.email or "").lower() == request.sender.address.lower())]
        await self.regs.erase(person_ids, self.now)
        if request.sender.address:
            await InboundRepository(self.session).forget_sender(self.inbound.channel, request.sender.address)
        self.erase_raw = True

    async def _forward(self, why: str) -> None:
        """Send the message to the organisers for a human to handle, the original attached."""
        request = self.request
        lang = self.config.event.language
        sender = (request.sender.address if request else None) or (self.facts.sender if self.facts else None)
        text = self.s.replies.render("forward", lang, sender=sender or "?",
                                     subject=(self.facts.subject if self.facts else None),
                                     intent=request.intent.value if request else "ej tolkat", decided=why,
                                     question=request.question if request else None)
        subject = f"[Anmälan] {why}: {(self.facts.subject if self.facts else '') or sender or ''}".strip()
        for organiser in self.config.organisers.emails:
            await self._queue(Reply("email", "forward", organiser, subject[:300], text,
                                    payload={"attach_inbound": self.inbound_id}))

    async def _reply_to_sender(self, request: ParsedRequest, decision: Decision, kind: str) -> None:
        address = self._reply_address()
        if address is None:
            log.warning("no address to answer message %s", self.inbound.external_key)
            return
        greeting = _first_name(request.sender.name)
        text = self.s.replies.decision_text(request, decision, greeting)
        headers: dict[str, Any] = {}
        subject = None
        if self.inbound.channel == "email" and self.facts is not None:
            subject = self.facts.reply_subject()
            if self.facts.message_id:
                headers["In-Reply-To"] = self.facts.message_id
                headers["References"] = self.facts.reply_references()
        # The calendar file: confirmed sessions, and cancelled ones so that they leave the calendar
        # too (not after an erasure: nothing of the person is kept, not even in a reply's payload).
        shown = (Outcome.CONFIRMED,) if request.intent is Intent.ERASURE else (Outcome.CONFIRMED, Outcome.CANCELLED)
        entries = self._calendar([v for v in decision.verdicts if v.outcome in shown], {})
        payload: dict[str, Any] = {"calendar": entries} if entries else {}
        if decision.missing:
            kind = "clarification"
        await self._queue(Reply(self.inbound.channel, kind, address, subject, text,
                                self.s.replies.html(text, request.language), headers, payload),
                          prefix="clarify" if kind == "clarification" else "reply")

    def _calendar(self, verdicts: list[Verdict], ids: dict[str, int]) -> list[dict[str, Any]]:
        out = []
        for v in verdicts:
            session = self.config.event.session_on(v.session) if v.session else None
            if session is None:
                continue
            person_key = v.holder.email or v.holder.ref
            out.append({"session": session.date.isoformat(), "start": session.start.isoformat(),
                        "end": session.end.isoformat(), "timezone": self.config.event.timezone,
                        "place": session.place, "title": session.title, "event": self.config.event.name,
                        "person": v.holder.name, "uid_key": f"{person_key}|{session.date.isoformat()}",
                        "status": "CANCELLED" if v.outcome is Outcome.CANCELLED else "CONFIRMED"})
        return out

    async def _queue(self, reply: Reply, prefix: str = "reply") -> OutboxMessage:
        channels = self.config.channels   # the domain of the address replies are sent from
        sent_from = channels.smtp.from_address if channels.smtp.enabled else channels.maildir.address
        domain = sent_from.partition("@")[2] or "anmalan.local"
        headers = dict(reply.headers)
        if reply.channel == "email":
            headers.setdefault("Message-ID", f"<{prefix}.{uuid.uuid4().hex}@{domain}>")
        return await self.outbox.add(replace(reply, headers=headers), self.inbound_id, self.now)


def _seen_before(seen: tuple[int, str, str | None]) -> Handled:
    inbound_id, state, intent = seen
    return Handled(inbound_id, True, state, intent, "seen before")


def _reply_kind(decision: Decision) -> str:
    outcomes = {v.outcome for v in decision.verdicts}
    if Outcome.CONFIRMED in outcomes or Outcome.WAITLISTED in outcomes:
        return "confirmation"
    if Outcome.REJECTED in outcomes:
        return "rejection"
    if Outcome.CANCELLED in outcomes:
        return "cancellation"
    return "reply"


def _describe(decision: Decision) -> str:
    if decision.missing:
        return "asked for " + ", ".join(decision.missing)
    if not decision.verdicts:
        return decision.reason or "nothing to do"
    parts = []
    for v in decision.verdicts:
        who = v.holder.name or v.holder.email or v.holder.ref
        when = f" {v.session.isoformat()}" if v.session else ""
        parts.append(f"{who}{when}: {v.outcome.value} ({v.reason})")
    return "; ".join(parts)


def _first_name(name: str | None) -> str | None:
    return name.split()[0] if name and name.split() else None


def _request_to_json(request: ParsedRequest) -> dict[str, Any]:
    data = request.contract()
    data["sender"] = {"channel": request.sender.channel, "address": request.sender.address,
                      "name": request.sender.name}
    return data


def _request_from_json(data: dict[str, Any]) -> ParsedRequest:
    sender = data.get("sender") or {}
    return ParsedRequest(
        intent=Intent(data["intent"]),
        people=tuple(Person(p.get("name"), p.get("email"), p.get("organisation"), Role(p.get("role", "participant")))
                     for p in data.get("people", [])),
        sessions=tuple(dt.date.fromisoformat(s) for s in data.get("sessions", [])),
        diet=data.get("diet"), sender=Sender(sender.get("channel", "email"), sender.get("address"),
                                             sender.get("name")),
        language=data.get("language", "sv"), sessions_named=bool(data.get("sessions_named")),
        change=data.get("change"))
