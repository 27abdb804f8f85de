"""Turn a message into a decision by the rule tables in ``rules/order.py`` (pure: no I/O, no clock).

``triage`` asks the message rules; ``decide`` asks the request rules, then, per person, the person
rules (cancel, change, substitute, erasure, a signup's new diet) and, per person and session, the place
rules. Every verdict carries its typed effects (``assistant/effects.py``) for storage to apply; what was
changed at someone else's request is marked for a notice to the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from assistant.booking import Book, Holder, Holding, Standing, fold
from assistant.config import Config
from assistant.decision import Decision, Outcome, Verdict
from assistant.effects import Hold, Promote, Release, UpdateDetails
from assistant.request import Intent, ParsedRequest, Person, Role
from assistant.rules.authority import is_own, is_sender, may_change
from assistant.rules.base import Asking, Attempt, Concern, Message, Path, Proceed, Triage
from assistant.rules.order import MESSAGE_RULES, PERSON_RULES, PLACE_RULES, REQUEST_RULES

PLACE_TAKING = (Outcome.CONFIRMED, Outcome.WAITLISTED)
#: What a cancellation or change does to a person that they are told of when someone else asked for it.
TOLD = (*PLACE_TAKING, Outcome.CANCELLED, Outcome.UPDATED)

#: The reasons ``decide`` gives besides the rules' names (each has its text too, in reasons/).
REASONS = ("cancelled-by-request", "erasure", "changed-sessions", "changed-diet", "changed-details",
           "substituted", "waitlist-promotion", "not-registered-for-sessions",
           "code-mail-limit",   # given by the service when a cap held the code mail back (sending_caps.py)
           "erasure-nothing-found", "erasure-pending",   # an erasure's answer when nothing was erased (erasing.py)
           "person-not-handled")   # a person the request named whom no rule judged: the organisers look at it


@dataclass(frozen=True)
class Context:
    """What the service knows about the message beyond its text."""

    now: dt.datetime
    arrived: dt.datetime | None = None   # when the message reached the mailbox (the deadline is judged by it)
    answering_question: bool = False   # a reply to our own request for missing facts


def triage(message: Message) -> Triage | Proceed:
    """The first message rule's answer; a message no rule stops goes on with its own request."""
    for rule in MESSAGE_RULES:
        answer = rule.check(message)
        if answer is not None:
            return answer
    assert message.request is not None, "the too-large rule stops every unparsed message"
    return Proceed("request", message.request)


def decide(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    """The decision for a request, given the book (see ``Book`` for what it holds)."""
    if request.intent is Intent.REGISTER:
        return _told(_accounted(_register(config, book, request, context), book, request), request,
                     (*PLACE_TAKING, Outcome.UPDATED))
    if request.intent is Intent.CANCEL:
        return _told(_accounted(_cancel(config, book, request, context), book, request), request, TOLD)
    if request.intent is Intent.CHANGE:
        return _told(_accounted(_change(config, book, request, context), book, request), request, TOLD)
    if request.intent is Intent.ERASURE:
        everything = replace(request, sessions=(), sessions_named=False)
        return _cancel(config, book, everything, context, reason="erasure")
    return Decision(reason=f"intent-{request.intent.value}")


def _told(decision: Decision, request: ParsedRequest, outcomes: tuple[Outcome, ...]) -> Decision:
    """Mark what was done at someone else's request for a message to the person (``facts["notify"]``): a
    person with an address of their own, when the sender is not the person (a colleague signed up by a
    planner gets their own confirmation). A promotion has its own message."""
    def marked(v: Verdict) -> Verdict:
        if (v.outcome in outcomes and v.effects and v.holder.email
                and (v.holder.stored or request.intent is Intent.REGISTER)
                and not is_own(v.holder, request.sender)):
            return replace(v, facts={**v.facts, "notify": v.holder.email})
        return v
    return replace(decision, verdicts=tuple(marked(v) for v in decision.verdicts))


def _accounted(decision: Decision, book: Book, request: ParsedRequest) -> Decision:
    """Everyone the request names is accounted for: a person no rule judged (e.g. a second substitute in one
    message) gets a verdict that says so and sends the message to the organisers, never silence."""
    if decision.missing:
        return decision   # the answer asks for what is missing: everyone is asked about
    judged = {key for v in decision.verdicts for key in (v.holder.ref, fold(v.holder.name), fold(v.holder.email))}
    # a substitution is judged as one pair (the first leaving, the first joining): a refused substitute's
    # verdict answers for the place that stays
    paired = {next((p for p in request.people if p.role is role), None) for role in (Role.LEAVING, Role.JOINING)}
    extra = []
    for i, person in enumerate(request.people):
        holder = holder_for(book, person, request, i)
        if person not in paired and not {holder.ref, fold(person.name), fold(person.email)} & (judged - {""}):
            extra.append(Verdict(holder, None, Outcome.FORWARDED, "person-not-handled"))
    return replace(decision, verdicts=decision.verdicts + tuple(extra)) if extra else decision


def person_diet(request: ParsedRequest, person: Person) -> str | None:
    """A person's diet: their own, as the message gives it; the message's diet only when it names one person."""
    return person.diet or (request.diet if len(request.people) <= 1 else None)


def _missing(config: Config, request: ParsedRequest, context: Context) -> tuple[str, ...]:
    asking = Asking(config, request, context.answering_question)
    found = (rule.missing(asking) for rule in REQUEST_RULES)
    return tuple(dict.fromkeys(m for m in found if m))


def _sender_telegram_id(request: ParsedRequest) -> int | None:
    if request.sender.channel == "telegram" and request.sender.address and request.sender.address.isdigit():
        return int(request.sender.address)
    return None


def holder_for(book: Book, person: Person, request: ParsedRequest, index: int) -> Holder:
    """The stored holder a parsed person refers to, or a new one made from what the request says."""
    tg = _sender_telegram_id(request) if is_sender(person, request) else None
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
           context: Context, path: Path, replacing: Holding | None = None) -> Verdict:
    attempt = Attempt(config, book, request, holder, session, context.now, context.arrived, path, replacing)
    return place_verdict(attempt)


def place_verdict(attempt: Attempt, skipped: frozenset[str] = frozenset()) -> Verdict:
    """The first place rule that judges the attempt's path and answers, passing over the rules in ``skipped``
    (an organiser's overrides); those that would have answered are named in ``facts["overridden"]``."""
    passed: list[str] = []
    for rule in PLACE_RULES:
        if attempt.path not in rule.applies_to:
            continue
        verdict = rule.check(attempt)
        if verdict is None:
            continue
        if rule.name in skipped:
            passed.append(rule.name)
            continue
        return replace(verdict, facts={**verdict.facts, "overridden": passed}) if passed else verdict
    raise AssertionError(f"the last place rule for {attempt.path} always answers")


def kept_for_sender(book: Book, decision: Decision, request: ParsedRequest, now: dt.datetime) -> frozenset[dt.date]:
    """The sessions the sender's calendar keeps after a decision: those the sender, or anyone whose news goes to the
    sender (registered by them, with no address nor chat of their own), still holds. A colleague cancelled from one
    of them takes nothing out of that calendar: it holds one entry a session."""
    for verdict in decision.verdicts:
        book = after(book, verdict, now)
    sender = request.sender
    return frozenset(h.session for h in book.holdings
                     if is_own(h.holder, sender) or (may_change(h.holder, sender)
                                                     and not (h.holder.email or h.holder.telegram_user_id)))


def after(book: Book, verdict: Verdict, now: dt.datetime) -> Book:
    """The book after a verdict's effects, so that later verdicts in the same request see them."""
    for effect in verdict.effects:
        if isinstance(effect, Hold):
            book = book.add(Holding(verdict.holder, effect.session, effect.standing, effect.queued_at or now))
        elif isinstance(effect, Release):
            book = book.remove(verdict.holder, effect.session)
        elif isinstance(effect, Promote):
            queued = book.holding(verdict.holder, effect.session)
            book = book.promote(queued) if queued else book
    return book


def _register(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    missing = _missing(config, request, context)
    if missing:
        return Decision(missing=missing)
    verdicts: list[Verdict] = []
    sessions = _sessions(config, request)
    for i, person in enumerate(request.people):
        holder = holder_for(book, person, request, i)
        diet_change = _new_diet(config, book, request, person, holder)
        if diet_change is None or diet_change.outcome is Outcome.UPDATED:
            holder = replace(holder, diet=person_diet(request, person) or holder.diet)
        for session in sessions:
            verdict = _place(config, book, request, holder, session, context, Path.SIGNUP)
            book = after(book, verdict, context.now)
            verdicts.append(verdict)
        if diet_change is not None:
            verdicts.append(replace(diet_change, holder=holder))
    return Decision(tuple(verdicts))


def _new_diet(config: Config, book: Book, request: ParsedRequest, person: Person,
              holder: Holder) -> Verdict | None:
    """A signup that states another diet for a stored person changes it as a change would: when the person
    rules let the sender (the person, whoever registered them), else it waits for the person's code."""
    diet = person_diet(request, person)
    if not (diet and holder.stored and holder.diet != diet):
        return None
    change = replace(request, intent=Intent.CHANGE, change="diet", people=(person,), sessions=(),
                     sessions_named=False, diet=diet)
    stopped = person_verdict(Concern(config, change, holder, book.of(holder)))
    return stopped or Verdict(holder, None, Outcome.UPDATED, "changed-diet", {"diet": diet},
                              (UpdateDetails(diet=diet),))


def free(book: Book, holder: Holder, sessions: Iterable[dt.date], reason: str,
          now: dt.datetime, **facts: object) -> tuple[Book, list[Verdict]]:
    """Cancel a holder's registrations in ``sessions`` and promote the first in line where a place frees."""
    verdicts: list[Verdict] = []
    for session in sessions:
        held = book.holding(holder, session)
        if held is None:
            continue
        cancelled = Verdict(holder, session, Outcome.CANCELLED, reason, {"was": held.standing.value, **facts},
                            (Release(session),))
        book = after(book, cancelled, now)
        verdicts.append(cancelled)
        if held.standing is Standing.CONFIRMED:
            queue = book.waitlist(session)
            if queue:
                promoted = Verdict(queue[0].holder, session, Outcome.PROMOTED, "waitlist-promotion",
                                   {"freed_by": holder.name}, (Promote(session),))
                book = after(book, promoted, now)
                verdicts.append(promoted)
    return book, verdicts


def _concerned(config: Config, book: Book, request: ParsedRequest,
               verdicts: list[Verdict]) -> Iterator[tuple[Person, Holder, tuple[Holding, ...]]]:
    """The people a cancellation or change is about, with what they hold, when the person rules let it go on.

    Someone a person rule stops (holds nothing, not the sender's to change) gets that rule's verdict instead.
    """
    people = request.people or (Person(request.sender.name, request.sender.address
                                       if request.sender.channel == "email" else None),)
    for i, person in enumerate(people):
        holder = holder_for(book, person, request, i)
        stopped = person_verdict(Concern(config, request, holder, book.of(holder)))
        if stopped is not None:
            verdicts.append(stopped)
        else:
            yield person, holder, book.of(holder)


def person_verdict(concern: Concern, excluded: frozenset[str] = frozenset()) -> Verdict | None:
    """The first person rule's verdict against changing the concern's holder, leaving out the rules in
    ``excluded`` (those an organiser's word stands in for), or None."""
    return next((v for rule in PERSON_RULES if rule.name not in excluded
                 for v in (rule.check(concern),) if v is not None), None)


def _cancel(config: Config, book: Book, request: ParsedRequest, context: Context,
            reason: str = "cancelled-by-request") -> Decision:
    verdicts: list[Verdict] = []
    for _person, holder, held in _concerned(config, book, request, verdicts):
        wanted = set(request.sessions) if request.sessions_named and request.sessions else None
        sessions = [h.session for h in held if wanted is None or h.session in wanted]
        if not sessions:
            verdicts.append(Verdict(holder, None, Outcome.NOT_REGISTERED, "not-registered-for-sessions",
                                    {"sessions": sorted(d.isoformat() for d in wanted or ())}))
            continue
        book, freed = free(book, holder, sessions, reason, context.now)
        verdicts.extend(freed)
    return Decision(tuple(verdicts))


def _change(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    kind = request.change or ("substitute" if any(p.role is Role.JOINING for p in request.people)
                              else "sessions" if request.sessions_named
                              else "diet" if request.diet or any(p.diet for p in request.people)
                              else "details")
    request = replace(request, change=kind)   # what a code asked for on this request would authorise
    if kind == "substitute":
        return _substitute(config, book, request, context)
    verdicts: list[Verdict] = []
    for person, holder, held in _concerned(config, book, request, verdicts):
        if kind == "sessions" and request.sessions:
            wanted = set(_sessions(config, request))
            # a swap that names what it gives up ("byta 3 maj mot 29 november") frees only that; else the sessions
            # named are the whole set after the change
            drop = [h.session for h in held if h.session not in wanted
                    and (not request.released or h.session in request.released)]
            book, freed = free(book, holder, drop, "changed-sessions", context.now)
            verdicts.extend(freed)
            for session in sorted(wanted - {h.session for h in held}):
                verdict = _place(config, book, request, holder, session, context, Path.CHANGE)
                book = after(book, verdict, context.now)
                verdicts.append(verdict)
        diet = person_diet(request, person)
        cleared = kind == "diet" and not diet and request.no_diet     # "ta bort glutenfri kost från min anmälan"
        if diet or kind == "details" or cleared:
            details = (UpdateDetails(person.name, person.email, diet) if kind == "details"
                       else UpdateDetails(diet=diet, clear_diet=cleared))
            verdicts.append(Verdict(holder, None, Outcome.UPDATED, f"changed-{kind}",
                                    {"diet": diet, "name": person.name, "email": person.email},
                                    (details,)))
    return Decision(tuple(verdicts))


def _substitute(config: Config, book: Book, request: ParsedRequest, context: Context) -> Decision:
    """A colleague takes a person's place: the person rules judge the one leaving, the place rules
    (the substitute path) the one joining."""
    leaving = [p for p in request.people if p.role is Role.LEAVING]
    joining = [p for p in request.people if p.role is Role.JOINING]
    if not leaving or not joining:
        return Decision(missing=("name",))
    # (the index after everyone named: a leaving person not stored must not share a "new:" ref with a joining one,
    # or the answer would tell the joining person's booking under the leaving one's name)
    out = holder_for(book, leaving[0], request, len(request.people))
    held = book.of(out)
    if not held:
        as_signup = replace(request, intent=Intent.REGISTER, people=tuple(joining))
        decision = _register(config, book, as_signup, context)
        return replace(decision, verdicts=(Verdict(out, None, Outcome.NOT_REGISTERED, "not-registered"),)
                       + decision.verdicts)
    stopped = person_verdict(Concern(config, request, out, held))
    if stopped is not None:
        return Decision((stopped,))
    incoming = holder_for(book, joining[0], request, 1)
    if incoming.organisation is None:
        incoming = replace(incoming, organisation=out.organisation)
    wanted = set(request.sessions) if request.sessions_named and request.sessions else None
    verdicts: list[Verdict] = []
    for h in held:
        if wanted is not None and h.session not in wanted:
            continue
        taking = _place(config, book.remove(out, h.session), request, incoming, h.session, context,
                        Path.SUBSTITUTE, replacing=h)
        if taking.outcome is Outcome.UNCHANGED:   # the substitute holds it already: the place frees
            book, freed = free(book, out, [h.session], "substituted", context.now, substitute=incoming.name)
            verdicts += [*freed, taking]
            continue
        if taking.outcome not in PLACE_TAKING:
            verdicts.append(taking)   # the substitute may not take it (a rule said why): the place stays
            continue
        left = Verdict(out, h.session, Outcome.CANCELLED, "substituted",
                       {"was": h.standing.value, "substitute": incoming.name}, (Release(h.session),))
        book = after(after(book, left, context.now), taking, context.now)
        verdicts += [left, taking]
    return Decision(tuple(verdicts))
