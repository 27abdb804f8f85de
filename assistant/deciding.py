"""Turn a parsed request into a decision, by the rules in ``rules/order.py`` (pure: no I/O, no clock)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from assistant.booking import Book, Holder, Holding, Standing, fold
from assistant.config import Config
from assistant.decision import Decision, Outcome, Verdict
from assistant.request import Intent, ParsedRequest, Person, Role
from assistant.rules.base import Asking, Attempt
from assistant.rules.order import PLACE_RULES, REQUEST_RULES

PLACE_TAKING = (Outcome.CONFIRMED, Outcome.WAITLISTED)


@dataclass(frozen=True)
class Context:
    """What the service knows about the message beyond its text."""

    now: dt.datetime
    arrived: dt.datetime | None = None   # when the message reached the mailbox (the deadline is judged by it)
    answering_question: bool = False   # a reply to our own request for missing facts
    authorised: bool = False           # a change already confirmed by the registered address


def decide(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    """The decision for a request, given every active registration."""
    if request.intent is Intent.REGISTER:
        return _register(config, book, request, context)
    if request.intent is Intent.CANCEL:
        return _cancel(config, book, request, context)
    if request.intent is Intent.CHANGE:
        return _change(config, book, request, context)
    if request.intent is Intent.ERASURE:
        everything = replace(request, sessions=(), sessions_named=False)
        return _cancel(config, book, everything, context, reason="erasure")
    return Decision(reason=f"intent-{request.intent.value}")


def _missing(config: Config, request: ParsedRequest, context: Context) -> tuple[str, ...]:
    asking = Asking(config, request, context.answering_question)
    found = (rule.missing(asking) for rule in REQUEST_RULES)
    return tuple(dict.fromkeys(m for m in found if m))


def _sender_telegram_id(request: ParsedRequest) -> int | None:
    if request.sender.channel == "telegram" and request.sender.address and request.sender.address.isdigit():
        return int(request.sender.address)
    return None


def _is_sender(person: Person, request: ParsedRequest) -> bool:
    sender = request.sender
    if person.email and sender.channel == "email" and sender.address:
        return person.email.casefold() == sender.address.casefold()
    if sender.channel == "telegram":
        if len(request.people) == 1 and not person.email:
            return True   # a chat signs up its own user ("/Kalle, Ludvika" from Karl Svensson's account)
        if person.name and sender.name:
            return fold(person.name) == fold(sender.name)
    return False


def holder_for(book: Book, person: Person, request: ParsedRequest, index: int) -> Holder:
    """The stored holder a parsed person refers to, or a new one made from what the request says."""
    tg = _sender_telegram_id(request) if _is_sender(person, request) else None
    found = book.find(person, tg)
    if found is not None:
        return found
    registered_by = request.sender.address if request.sender.channel == "email" else None
    return Holder(ref=f"new:{index}", name=person.name, email=person.email, organisation=person.organisation,
                  telegram_user_id=tg, registered_by=registered_by, diet=None)


def _sessions(config: Config, request: ParsedRequest) -> tuple[dt.date, ...]:
    known = {s.date for s in config.event.sessions}
    named = tuple(d for d in sorted(set(request.sessions)) if d in known)
    return named if named else tuple(sorted(known))


def _place(config: Config, book: Book, request: ParsedRequest, holder: Holder, session: dt.date,
           context: Context) -> Verdict:
    attempt = Attempt(config, book, request, holder, session, context.now, context.arrived)
    for rule in PLACE_RULES:
        verdict = rule.check(attempt)
        if verdict is not None:
            return verdict
    raise AssertionError("the last place rule always answers")


def _apply(book: Book, verdict: Verdict, now: dt.datetime) -> Book:
    """The book after a verdict, so that later verdicts in the same request see it."""
    if verdict.session is None:
        return book
    if verdict.outcome in PLACE_TAKING:
        standing = Standing.CONFIRMED if verdict.outcome is Outcome.CONFIRMED else Standing.WAITLISTED
        return book.add(Holding(verdict.holder, verdict.session, standing, now))
    if verdict.outcome is Outcome.CANCELLED:
        return book.remove(verdict.holder, verdict.session)
    if verdict.outcome is Outcome.PROMOTED:
        queued = book.holding(verdict.holder, verdict.session)
        return book.promote(queued) if queued else book
    return book


def _register(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    missing = _missing(config, request, context)
    if missing:
        return Decision(missing=missing)
    verdicts: list[Verdict] = []
    sessions = _sessions(config, request)
    for i, person in enumerate(request.people):
        holder = holder_for(book, person, request, i)
        if request.diet and holder.diet != request.diet:
            holder = replace(holder, diet=request.diet)
        for session in sessions:
            verdict = _place(config, book, request, holder, session, context)
            book = _apply(book, verdict, context.now)
            verdicts.append(verdict)
    return Decision(tuple(verdicts))


def _may_change(holder: Holder, request: ParsedRequest, context: Context) -> bool:
    """Whether the sender may change this holder's registrations without a confirmation."""
    if context.authorised:
        return True
    sender = request.sender
    if sender.channel == "email" and sender.address:
        address = sender.address.casefold()
        return address in {(holder.email or "").casefold(), (holder.registered_by or "").casefold()}
    if sender.channel == "telegram":
        return holder.telegram_user_id is not None and str(holder.telegram_user_id) == sender.address
    return False


def _confirmation_needed(holder: Holder) -> Verdict:
    return Verdict(holder, None, Outcome.NEEDS_CONFIRMATION, "sender-not-registrant",
                   {"confirm_to": holder.email or holder.registered_by})


def _free(book: Book, holder: Holder, sessions: Iterable[dt.date], reason: str,
          now: dt.datetime) -> tuple[Book, list[Verdict]]:
    """Cancel a holder's registrations in ``sessions`` and promote the first in line where a place frees."""
    verdicts: list[Verdict] = []
    for session in sessions:
        held = book.holding(holder, session)
        if held is None:
            continue
        cancelled = Verdict(holder, session, Outcome.CANCELLED, reason, {"was": held.standing.value})
        book = _apply(book, cancelled, now)
        verdicts.append(cancelled)
        if held.standing is Standing.CONFIRMED:
            queue = book.waitlist(session)
            if queue:
                promoted = Verdict(queue[0].holder, session, Outcome.PROMOTED, "waitlist-promotion",
                                   {"freed_by": holder.name})
                book = _apply(book, promoted, now)
                verdicts.append(promoted)
    return book, verdicts


def _own_registrations(book: Book, request: ParsedRequest, context: Context,
                       verdicts: list[Verdict]) -> Iterator[tuple[Person, Holder, tuple[Holding, ...]]]:
    """The people a cancellation or change is about, with what they hold and may change.

    Someone who holds nothing, or whom the sender may not change, gets a verdict saying so instead.
    """
    people = request.people or (Person(request.sender.name, request.sender.address
                                       if request.sender.channel == "email" else None),)
    for i, person in enumerate(people):
        holder = holder_for(book, person, request, i)
        held = book.of(holder)
        if not held:
            verdicts.append(Verdict(holder, None, Outcome.NOT_REGISTERED, "not-registered"))
        elif not _may_change(holder, request, context):
            verdicts.append(_confirmation_needed(holder))
        else:
            yield person, holder, held


def _cancel(config: Config, book: Book, request: ParsedRequest, context: Context,
            reason: str = "cancelled-by-request") -> Decision:
    verdicts: list[Verdict] = []
    for _person, holder, held in _own_registrations(book, request, context, verdicts):
        wanted = set(request.sessions) if request.sessions_named and request.sessions else None
        sessions = [h.session for h in held if wanted is None or h.session in wanted]
        if not sessions:
            verdicts.append(Verdict(holder, None, Outcome.NOT_REGISTERED, "not-registered-for-sessions",
                                    {"sessions": sorted(d.isoformat() for d in wanted or ())}))
            continue
        book, freed = _free(book, holder, sessions, reason, context.now)
        verdicts.extend(freed)
    return Decision(tuple(verdicts))


def _change(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    kind = request.change or ("substitute" if any(p.role is Role.JOINING for p in request.people)
                              else "sessions" if request.sessions_named else "diet" if request.diet
                              else "details")
    if kind == "substitute":
        return _substitute(config, book, request, context)
    verdicts: list[Verdict] = []
    for person, holder, held in _own_registrations(book, request, context, verdicts):
        if kind == "sessions" and request.sessions:
            wanted = set(_sessions(config, request))
            drop = [h.session for h in held if h.session not in wanted]
            book, freed = _free(book, holder, drop, "changed-sessions", context.now)
            verdicts.extend(freed)
            for session in sorted(wanted - {h.session for h in held}):
                verdict = _place(config, book, request, holder, session, context)
                book = _apply(book, verdict, context.now)
                verdicts.append(verdict)
        facts = {"diet": request.diet, "name": person.name, "email": person.email}
        if request.diet or kind == "details":
            verdicts.append(Verdict(holder, None, Outcome.UPDATED, f"changed-{kind}", facts))
    return Decision(tuple(verdicts))


def _substitute(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    """A colleague takes a person's place (and keeps the organisation's quota slot)."""
    leaving = [p for p in request.people if p.role is Role.LEAVING]
    joining = [p for p in request.people if p.role is Role.JOINING]
    if not leaving or not joining:
        return Decision(missing=("name",))
    out = holder_for(book, leaving[0], request, 0)
    held = book.of(out)
    if not held:
        as_signup = replace(request, intent=Intent.REGISTER, people=tuple(joining))
        decision = _register(config, book, as_signup, context)
        return replace(decision, verdicts=(Verdict(out, None, Outcome.NOT_REGISTERED, "not-registered"),)
                       + decision.verdicts)
    if not _may_change(out, request, context):
        return Decision((_confirmation_needed(out),))
    incoming = holder_for(book, joining[0], request, 1)
    if incoming.organisation is None:
        incoming = replace(incoming, organisation=out.organisation)
    wanted = set(request.sessions) if request.sessions_named and request.sessions else None
    verdicts: list[Verdict] = []
    for h in held:
        if wanted is not None and h.session not in wanted:
            continue
        verdicts.append(Verdict(out, h.session, Outcome.CANCELLED, "substituted",
                                {"was": h.standing.value, "substitute": incoming.name}))
        book = book.remove(out, h.session)
        if book.holding(incoming, h.session) is None:
            outcome = Outcome.CONFIRMED if h.standing is Standing.CONFIRMED else Outcome.WAITLISTED
            verdicts.append(Verdict(incoming, h.session, outcome, "substitute",
                                    {"replaces": out.name, "queued_at": h.queued_at.isoformat()}))
            book = book.add(Holding(incoming, h.session, h.standing, h.queued_at))
    return Decision(tuple(verdicts))
