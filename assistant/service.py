"""The one unit of work: every message, chat turn and scheduled job is one transaction, opened and
committed here and nowhere else. Channels translate what arrives and call in; when a method returns,
its work has committed and the channel may acknowledge the message to its source.

A message goes: parse (before the transaction) → message rules (``triage``) → decide (request,
person and place rules) → apply the effects → queue the replies → commit.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import traceback
from collections.abc import Collection
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from assistant.booking import place_locks
from assistant.chat import ChatTurn, EndConversation, SaveConversation
from assistant.clock import Clock
from assistant.composing import Composer, Incoming, our_questions_answered, reply_kind
from assistant.config import Config
from assistant.confirmations import ask_registrants, ask_sender, asked_in, code_in
from assistant.deciding import Context, decide, kept_for_sender, triage
from assistant.decision import Decision, Outcome
from assistant.erasing import ChannelFiles, Erasure, erase
from assistant.inbound import Handled, Inbound
from assistant.logs import masked, outline
from assistant.mail_headers import MailFacts
from assistant.organisers import OrganiserWords, is_organiser, read_words
from assistant.outbox_gate import OutboxGate
from assistant.outgoing import Reply
from assistant.parse_worker import ParserUnavailable, ParseWorker
from assistant.parsing.complexity import TooComplex
from assistant.parsing.subject import strip_prefixes
from assistant.replies import Replies
from assistant.request import Intent, ParsedRequest
from assistant.rules.base import Forwarded, Message, Triage
from assistant.sending_caps import codes_not_mailed, window
from storage.database import Database
from storage.models import InboundMessage, InboundState
from storage.unit_of_work import UnitOfWork, reading, unit_of_work

if TYPE_CHECKING:
    from assistant.organiser_acting import Acted
    from assistant.organiser_actions import Action
    from assistant.retention import Purged
    from assistant.sessions_admin import Announcement
    from assistant.summary.queueing import Queued

__all__ = ["Handled", "Inbound", "Service"]

log = logging.getLogger("anmalan.service")


class Service:
    """The registration pipeline shared by every channel, and the owner of every transaction."""

    def __init__(self, config: Config, db: Database, clock: Clock) -> None:
        self.config = config
        self.db = db.for_event(config.event)   # registrations are stored by session id
        self.clock = clock
        self.replies = Replies(config)
        self.composer = Composer(config, self.replies)
        self.organisation_domains = frozenset(d for o in config.organisations for d in o.domains)
        self.gate = OutboxGate(config, self.replies)   # every reply enters the outbox through its caps
        self.organisation_ids: dict[str, int] = {}   # committed organisation rows, by name
        self.parser = ParseWorker(config)   # the parser's own process (started by prepare, or on first use)
        self.channel_files: list[ChannelFiles] = []   # channels keeping files of wiped rows (``forget_files``)

    async def prepare(self) -> None:
        """Start the parser's process, bring the database up to date and store the configured organisations
        (at start)."""
        await self.parser.start()   # its warm-up runs while the database is prepared
        from storage.migrate import upgrade
        await upgrade(self.db.engine)
        async with unit_of_work(self.db) as uow:
            await uow.registrations.sync_organisations(self.config)
        from assistant.parsing.dates import warm_up
        await asyncio.to_thread(warm_up)   # dateparser's language data, loaded now, not on the first message

    async def close(self) -> None:
        """Stop the parser's process (at stop, once the channels are done)."""
        await self.parser.close()

    # -- the units of work -------------------------------------------------------------------------

    async def handle(self, inbound: Inbound) -> Handled:
        """Process one message; returns after the commit (or finds it was done before).

        The message is parsed before its transaction (parsing needs no database), so the
        transaction is short; a message seen before is recognised first thing inside it. It is
        parsed in the parser's own process, within a CPU time and memory limit: a message past
        them is stored as failed, "too complex", answered nothing and listed for the organisers.
        """
        try:
            request, facts = await self.parser.parse(inbound)
        except TooComplex as exc:   # a BaseException: the parse's limits, the message's own doing
            return await self._store_failure(inbound, exc)
        except ParserUnavailable:
            raise   # no parser process at all: nothing is stored, the channel offers the message again
        except Exception as exc:  # noqa: BLE001 - the parser must not raise, but nothing is lost if it does
            return await self._store_failure(inbound, exc)
        organiser = await self._organiser_words(inbound, request, facts)
        return await self.submit(inbound, request, facts, organiser=organiser)

    async def submit(self, inbound: Inbound, request: ParsedRequest | None,
                     facts: MailFacts | None = None, turn: ChatTurn | None = None,
                     organiser: OrganiserWords | None = None) -> Handled:
        """Process a message whose request is already known (parsed, or built by a chat conversation).

        ``turn``: a chat's conversation change and answers, stored in the same transaction. ``organiser``: an
        organiser's own words, when she wrote it (``rules/organiser_mail.py``).
        """
        try:
            async with unit_of_work(self.db, self.organisation_ids) as uow:
                seen = await uow.inbound.seen(inbound.channel, inbound.external_key)
                if seen is not None:
                    return _seen_before(seen)
                handled = await self._process(uow, inbound, request, facts, organiser)
                if turn is not None:   # the chat's answers to an erasure keep no chat id once sent
                    await self._chat_turn(uow, turn, None, "erasure" if handled.intent == "erasure" else None)
            if handled.intent == "erasure":
                await self.forget_files()
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

    async def queue_summary(self, day: dt.date, channels: set[str] | None = None, record: bool = True) -> Queued:
        """The organisers' summary for ``day``, queued once per organiser (the scheduled job's unit of work)."""
        from assistant.summary.queueing import queue_summary
        async with unit_of_work(self.db, self.organisation_ids) as uow:
            return await queue_summary(uow, self.config, self.clock.now(), day, channels, record)

    async def notify_sessions(self, dry_run: bool = False) -> Announcement:
        """``assistant sessions notify``: one notice to each participant of a session changed or removed in the
        config since they were last told, queued with the sessions recorded as told, in one unit of work (a
        second run finds nothing). ``dry_run``: what would be sent; nothing is queued or recorded."""
        from assistant.sessions_admin import announce
        now = self.clock.now()
        if dry_run:
            async with reading(self.db) as uow:
                return await announce(uow, self.config, self.replies, now)
        async with unit_of_work(self.db, self.organisation_ids) as uow:
            announcement = await announce(uow, self.config, self.replies, now)
            for reply in announcement.notices:
                await self.gate.queue(uow, reply, None, now)
        return announcement

    async def retain(self) -> Purged:
        """The daily retention job (``assistant/retention.py``): once due, purge and anonymise in one unit of
        work; then the channel files of what was wiped."""
        from assistant.retention import purge
        async with unit_of_work(self.db, self.organisation_ids) as uow:
            purged = await purge(uow, self.config, self.clock.now())
        await self.forget_files()
        return purged

    async def act(self, action: Action, dry_run: bool = False) -> Acted:
        """An organiser's action (``assistant/organiser_acting.py``) in one unit of work; ``dry_run``: decided
        and described, nothing stored or sent (read in a transaction that is rolled back)."""
        from assistant.organiser_acting import carry_out
        now = self.clock.now()
        if dry_run:
            async with reading(self.db) as uow:
                return await carry_out(uow, self.config, self.composer, self.gate, action, now, dry_run=True)
        async with unit_of_work(self.db, self.organisation_ids) as uow:
            acted = await carry_out(uow, self.config, self.composer, self.gate, action, now)
        if acted.erased:
            await self.forget_files()
        return acted

    async def forget_files(self) -> None:
        """Remove the channel files (Maildir) of every message and reply whose content was wiped, after the
        commit that wiped it (an erasure, the retention job; the job's daily run catches any left over)."""
        if not self.channel_files:
            return
        async with reading(self.db) as uow:
            sources, outbox_ids = await uow.inbound.wiped_sources(), await uow.outbox.wiped_ids()
        for files in self.channel_files:
            await files.forget(sources, outbox_ids)

    def reading(self) -> AbstractAsyncContextManager[UnitOfWork]:
        """Repositories for queries only (listings, a chat's own registrations); nothing is committed."""
        return reading(self.db)

    # -- one message --------------------------------------------------------------------------------

    async def _process(self, uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None,
                       facts: MailFacts | None, organiser: OrganiserWords | None = None) -> Handled:
        now = self.clock.now()
        message = await self._message(uow, inbound, request, facts, organiser, now)
        reply_to, answering = message.reply_to, message.answering
        today = {reply_to.lower(): message.replies_today} if reply_to else {}   # the gate counts on from here
        answer = triage(message)
        if isinstance(answer, Triage):
            return await self._stopped(uow, inbound, request, facts, reply_to, answer, now, today)
        if answer.redeem is not None and not await uow.confirmations.redeem(answer.redeem, now):
            # another message redeemed the same code (or answered the same question) meanwhile: this one is
            # read as if it had none
            answer = triage(dataclasses.replace(message, code=None, asked=None))
            if isinstance(answer, Triage):
                return await self._stopped(uow, inbound, request, facts, reply_to, answer, now, today)
        request = answer.request
        await uow.lock(place_locks(self.config, request.people), self.config.database.lock_timeout_seconds)
        book = await uow.registrations.book(request, self.config)
        context = Context(now=now, arrived=inbound.received_at, answering_question=answering)
        decision = decide(self.config, book, request, context)
        record = await self._record(uow, inbound, request, facts, InboundState.PROCESSED, now, decision)
        incoming = Incoming(inbound.channel, reply_to, facts, record.id)
        ids = await uow.registrations.apply(decision, record.id, now)
        # a request the organisers must decide on (no address to ask for a code) erases nothing
        forwarded = next((v for v in decision.verdicts if v.outcome is Outcome.FORWARDED), None)
        erasure = await erase(uow, request, decision, ids, inbound.channel, now) \
            if request.intent is Intent.ERASURE and forwarded is None else None
        decision = await self._ask_registrants(uow, request, decision, record.id, now)
        replies: list[Reply | None] = list(self.composer.promotions(decision))
        replies.append(self.composer.to_sender(
            incoming, request, decision, erasure and erasure.reply_kind or reply_kind(decision),
            stopped_by=erasure.reason if erasure else forwarded.reason if forwarded and request.intent is Intent.ERASURE
            else None, kept=kept_for_sender(book, decision, request, now)))
        replies += self.composer.notices(request, decision)
        if forwarded is not None:
            replies += self.composer.forwards(incoming, request, forwarded.reason, answered=True, verdict=forwarded,
                                              decision=decision)
        if request.question:
            replies += self.composer.forwards(incoming, request, "question", answered=True, decision=decision)
        await self._queue(uow, replies, record.id, now, today)
        if erasure is Erasure.ERASED:
            uow.inbound.forget(record)
        log.info("%s message %s from %s: %s → %s", inbound.channel, inbound.external_key, masked(reply_to),
                 request.intent.value, f"{erasure} ({outline(decision)})" if erasure else outline(decision))
        return Handled(record.id, False, InboundState.PROCESSED, request.intent.value, decision.describe())

    async def _message(self, uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None,
                       facts: MailFacts | None, organiser: OrganiserWords | None, now: dt.datetime) -> Message:
        """The message as the message rules see it: where an answer would go, and what the service looked up for
        it (replies sent there today, a code it carries, people its sender placed today, the question of ours it
        answers, the forward an organiser's mail answers)."""
        reply_to = await _reply_address(uow, inbound, request, facts, self.organisation_domains)
        code = await code_in(uow, inbound.raw, facts.subject if facts else None, now) if facts else None
        answered = our_questions_answered(facts)
        answering = (bool((inbound.source_ref or {}).get("answers_question"))
                     or await uow.outbox.asked(reply_to, answered))
        return Message(self.config, inbound.channel, request, reply_to, await self._replies_today(uow, reply_to, now),
                       code, await self._people_today(uow, request, now),
                       await asked_in(uow, inbound, request, reply_to, answered, now), answering, organiser,
                       await _forward_answered(uow, facts) if organiser is not None else None,
                       now.astimezone(self.config.event.tz).date())

    async def _stopped(self, uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None,
                       facts: MailFacts | None, reply_to: str | None, answer: Triage, now: dt.datetime,
                       today: dict[str, int] | None = None) -> Handled:
        """A message a message rule stopped: recorded, forwarded and answered as the rule says (a reading asked
        about is stored with the question, whose answer completes it)."""
        record = await self._record(uow, inbound, request, facts, InboundState(answer.state.value), now,
                                    Decision(reason=answer.rule))
        if answer.redeem is not None:
            await uow.confirmations.redeem(answer.redeem, now)   # our question is answered: closed
        incoming = Incoming(inbound.channel, reply_to, facts, record.id)
        replies: list[Reply | None] = []
        if answer.relay is not None and request is not None:   # an organiser's answer: the question is handled
            if answer.relay.forwarded.inbound_id is not None:
                await uow.inbound.mark_handled(answer.relay.forwarded.inbound_id, request.sender.address or "?", now)
            if not answer.relay.direct:
                replies.append(self.composer.relay(answer.relay))
        if answer.action is not None and reply_to is not None:   # an organiser's instruction: done as her action
            replies.append(await self._instructed(uow, answer.action, reply_to, request, facts, now))
        if answer.forward:
            replies += self.composer.forwards(incoming, request, answer.rule, answered=answer.reply is not None)
        if answer.reply is not None and request is not None:
            about = answer.asking or request
            question = self.composer.to_sender(incoming, about, Decision(reason=answer.rule), answer.reply,
                                               stopped_by=answer.rule)
            replies.append(question)
            if answer.asking is not None and question is not None and reply_to is not None:
                await ask_sender(uow, inbound.channel, reply_to, answer.asking, answer.round,
                                 question.headers.get("Message-ID"), record.id, now)
        await self._queue(uow, replies, record.id, now, today)
        log.info("%s message %s from %s: %s", inbound.channel, inbound.external_key, masked(reply_to), answer.rule)
        return Handled(record.id, False, answer.state.value, request.intent.value if request else None, answer.rule)

    async def _instructed(self, uow: UnitOfWork, action: Action, reply_to: str, request: ParsedRequest | None,
                          facts: MailFacts | None, now: dt.datetime) -> Reply:
        """An organiser's instruction by mail carried out in ``uow`` (the person told through the outbox), and her
        answer: what was done, or why nothing was."""
        from assistant.organiser_acting import carry_out
        from assistant.organiser_actions import ActionError
        from assistant.organiser_answer import acted_text
        lang = self.config.event.language
        try:
            text = acted_text(self.replies, lang, await carry_out(uow, self.config, self.composer, self.gate, action,
                                                                   now))
        except ActionError as exc:
            text = acted_text(self.replies, lang, error=str(exc))
        headers: dict[str, str] = {"Message-ID": self.composer.message_id("acted")}
        if facts is not None and facts.message_id:
            headers["In-Reply-To"] = headers["References"] = facts.message_id
        subject = self.replies.subject("organiser_acted", lang, subject=strip_prefixes(request.subject or "") if request else None)
        return Reply("email", "organiser-acted", reply_to, subject, text, self.replies.html(text, lang), headers)

    async def _record(self, uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None,
                      facts: MailFacts | None, state: InboundState, now: dt.datetime,
                      decision: Decision | None = None) -> InboundMessage:
        """The inbound record, written once with everything known (parse, decision, state)."""
        sender = (request.sender.address if request else None) or (facts.sender if facts else None)
        return await uow.inbound.add(
            channel=inbound.channel, external_key=inbound.external_key, received_at=inbound.received_at,
            raw=inbound.raw, sender=sender, subject=(request.subject if request else None) or
            (facts.subject if facts else None), state=state, source_ref=inbound.source_ref,
            intent=request.intent.value if request else None, parse_result=request.contract() if request else None,
            decision=decision.summary() if decision else None, processed_at=now)

    async def _organiser_words(self, inbound: Inbound, request: ParsedRequest | None,
                               facts: MailFacts | None) -> OrganiserWords | None:
        """An organiser's own words in her mail, read in the parser's process (None for anyone else's)."""
        if request is None or facts is None or inbound.channel != "email" or not is_organiser(self.config, facts.sender):
            return None
        try:
            return await self.parser.run(read_words, inbound.raw[:self.config.limits.max_message_bytes + 1])
        except TooComplex:   # read once already within the limits: not again
            return None
        except ParserUnavailable:
            raise
        except Exception:   # her mail is then held for a human, as if she had said nothing
            log.exception("an organiser's words could not be read")
            return None

    async def _replies_today(self, uow: UnitOfWork, address: str | None, now: dt.datetime) -> int:
        if address is None:
            return 0
        return await uow.outbox.replies_since(address, window(now, self.config.event.tz)[1])

    async def _people_today(self, uow: UnitOfWork, request: ParsedRequest | None, now: dt.datetime) -> int:
        """People given places today (local day) on earlier messages from a signup's sender."""
        if request is None or request.intent is not Intent.REGISTER or not request.sender.address:
            return 0
        return await uow.registrations.people_placed_for(request.sender.channel, request.sender.address,
                                                         window(now, self.config.event.tz)[1])

    async def _ask_registrants(self, uow: UnitOfWork, request: ParsedRequest, decision: Decision, inbound_id: int,
                               now: dt.datetime) -> Decision:
        """Mail the codes the decision waits for; a code a cap held back is void, and its verdict says so."""
        unmailed = []
        for verdict, token, to in await ask_registrants(uow, decision, inbound_id, now):
            mail = self.composer.confirmation_request(request, verdict, token, to)
            cap = await self.gate.queue(uow, mail, inbound_id, now)
            if cap is not None:
                await uow.confirmations.redeem(token, now)
                unmailed.append((verdict, cap))
        return codes_not_mailed(decision, unmailed)

    async def _queue(self, uow: UnitOfWork, replies: list[Reply | None], inbound_id: int, now: dt.datetime,
                     today: dict[str, int] | None = None) -> None:
        for reply in replies:
            if reply is not None:
                await self.gate.queue(uow, reply, inbound_id, now, today)

    async def _chat_turn(self, uow: UnitOfWork, turn: ChatTurn, inbound_id: int | None,
                         kind: str | None = None) -> None:
        now = self.clock.now()
        replies = list(turn.replies)
        if turn.action is not None:
            replies += await turn.action(uow, now)
        if kind is not None:
            replies = [dataclasses.replace(reply, kind=kind) for reply in replies]
        change = turn.conversation
        if isinstance(change, EndConversation):
            await uow.conversations.end(turn.chat_key)
        elif isinstance(change, SaveConversation):
            await uow.conversations.save(turn.chat_key, change.state, change.data, now)
        for reply in replies:
            await self.gate.queue(uow, reply, inbound_id, now)

    async def _store_failure(self, inbound: Inbound, exc: BaseException) -> Handled:
        error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        log.error("message %s:%s failed: %s", inbound.channel, inbound.external_key, error,
                  exc_info=(type(exc), exc, exc.__traceback__))
        now = self.clock.now()
        async with unit_of_work(self.db) as uow:
            row = await uow.inbound.find(inbound.channel, inbound.external_key)
            if row is None:
                row = await uow.inbound.add(channel=inbound.channel, external_key=inbound.external_key,
                                            received_at=inbound.received_at, raw=inbound.raw, sender=None,
                                            subject=None, state=InboundState.FAILED, source_ref=inbound.source_ref)
            row.state = InboundState.FAILED
            row.error = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-4000:]
            row.processed_at = now
            return Handled(row.id, False, InboundState.FAILED, None, error)


async def _reply_address(uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None,
                         facts: MailFacts | None, domains: Collection[str]) -> str | None:
    """Where an answer goes: the chat's sender; a mail's From, or its Reply-To when that is in From's own
    organisation domain (``domains``: the configured organisations') or a registration links it to From
    (one registered the other; ``assistant/identity.py``)."""
    if inbound.channel != "email" or facts is None:   # no headers: a request built by its channel
        return request.sender.address if request else None
    identity, linked = facts.identity, set()
    if identity.address and identity.foreign_reply_to(domains):
        for person in await uow.registrations.people_for_sender("email", identity.address):
            linked |= {a for a in (person.email, person.registered_by) if a}
    return identity.reply_address(linked, domains)


async def _forward_answered(uow: UnitOfWork, facts: MailFacts | None) -> Forwarded | None:
    """The forward to the sender (an organiser) that her mail's In-Reply-To or References names, if the outbox
    really holds one: whom it asked for, as the forward stored it."""
    if facts is None:
        return None
    found = await uow.outbox.forward_answered(facts.sender, (*facts.in_reply_to, *facts.references))
    if found is None:
        return None
    inbound_id, payload = found
    asker = payload.get("asker") or {}
    return Forwarded(inbound_id, str(asker.get("channel") or "email"), asker.get("to"), asker.get("name"),
                     asker.get("subject"), asker.get("message_id"))


def _seen_before(seen: tuple[int, str, str | None]) -> Handled:
    inbound_id, state, intent = seen
    return Handled(inbound_id, True, state, intent, "seen before")
