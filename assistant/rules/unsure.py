"""Ask instead of guessing: a reading the parser is unsure of books nothing; one short question states it, and
the answer completes it (yes, or corrections merged into it), or, unclear twice, goes to the organisers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from assistant.parsing.answer import chosen
from assistant.parsing.names import matches_address
from assistant.request import Intent, ParsedRequest, Person, Unsure
from assistant.rules.authority import is_sender
from assistant.rules.base import Message, Proceed, Stop, Triage

#: Intents whose reading is acted on (and so asked about when unsure); the others change nothing.
_ACTING = (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE)
#: A question asked this many times and answered unclearly again goes to the organisers.
MAX_ROUNDS = 2


def choices_of(request: ParsedRequest) -> tuple[dt.date, ...]:
    """The sessions an unsure session reference hesitates between, in order: a "yes" cannot pick one."""
    if Unsure.SESSIONS in request.unsure and len(request.sessions) > 1:
        return tuple(sorted(request.sessions))
    return ()


def choices(request: ParsedRequest) -> tuple[str, ...]:
    """The same as ISO dates (as stored and shown)."""
    return tuple(d.isoformat() for d in choices_of(request))


def about_others(request: ParsedRequest) -> bool:
    """Whether a request books, changes or cancels anyone but its writer (``authority.is_sender``)."""
    return any(not is_sender(p, request) for p in request.people)


def wanted_in_full(request: ParsedRequest) -> list[str]:
    """Those a request names by the given name alone, other than its writer (a chat user called "Jonna" is
    herself): a question about the reading asks for their full names."""
    writer = (request.sender.name or "").casefold()
    return [p.name for p in request.people if p.name and p.by_given_name and p.name.casefold() != writer]


def _named_in_full(asked: ParsedRequest, answer: ParsedRequest) -> ParsedRequest:
    """The reading with each person it names by the given name alone named as the answer names them in full
    ("Ahmed Ali", "ahmed.ali@vansbro.se"): the one person of the answer with that given name, and their address."""
    people = list(asked.people)
    for k, person in enumerate(people):
        if not person.name or not person.by_given_name:
            continue
        first = person.name.casefold()
        full = [p for p in answer.people if p.name and not p.by_given_name and p.name.split()[0].casefold() == first]
        written = {n for n in answer.names_written if n.split()[0].casefold() == first}
        if len(full) == 1:
            people[k] = replace(person, name=full[0].name, email=person.email or full[0].email)
        elif not full and len(written) == 1:
            people[k] = replace(person, name=written.pop())
    return replace(asked, people=tuple(people))


def _written(asked: ParsedRequest, answer: ParsedRequest) -> tuple[Person, ...]:
    """The people an answer that reads as no request writes ("Hon heter Maria Ström, maria.strom@mora.se"): each
    full name with the address made of it (or the one address beside the one name), of the writer's organisation."""
    writer = next((p for p in asked.people if is_sender(p, asked)), None)
    org = writer.organisation if writer is not None else None
    names, addresses = answer.names_written, answer.addresses_written
    return tuple(Person(name, next((a for a in addresses if matches_address(name, a)),
                                   addresses[0] if len(names) == 1 and len(addresses) == 1 else None), org)
                 for name in names)


def _unnamed_named(asked: ParsedRequest, answer: ParsedRequest) -> ParsedRequest:
    """The reading with the people the answer names added, for those it said come unnamed ("jag och min kollega" ->
    "Hon heter Maria Ström, maria.strom@mora.se"); once as many are named as were missing, none is unsure."""
    known = {k for p in asked.people for k in ((p.name or "").casefold(), (p.email or "").casefold()) if k}
    added = tuple(p for p in answer.people or _written(asked, answer)
                  if (p.name or "").casefold() not in known and (p.email or "").casefold() not in known)
    if not added:
        return asked
    missing = max(0, asked.unnamed - len(added))     # (all those the answer names are added, more than asked too)
    unsure = asked.unsure if missing else tuple(u for u in asked.unsure if u is not Unsure.UNNAMED)
    return replace(asked, people=asked.people + added, unnamed=missing, unsure=unsure)


def merged(asked: ParsedRequest, answer: ParsedRequest | None) -> ParsedRequest:
    """The reading asked about, corrected by what the answer says: the sessions it names, a diet, another
    intent (when that was the doubt), the full name of one named by the given name alone, the people said to come
    unnamed; what the answer settles is no longer unsure. A doubt about the whole reading (``Unsure.READING``) is
    settled by a yes alone: a correction is merged and the reading asked about again."""
    if answer is None:
        return asked
    if wanted_in_full(asked):
        asked = _named_in_full(asked, answer)
        if Unsure.PEOPLE in asked.unsure and not wanted_in_full(asked):
            asked = replace(asked, unsure=tuple(u for u in asked.unsure if u is not Unsure.PEOPLE))
    if Unsure.UNNAMED in asked.unsure:
        asked = _unnamed_named(asked, answer)
    unsure = list(asked.unsure)
    if picked := chosen(answer.written, choices_of(asked), answer.mentioned):
        asked = replace(asked, sessions=picked, sessions_named=True)   # "den senare", "båda", "september"
        unsure = [u for u in unsure if u not in (Unsure.SESSIONS, Unsure.CORRECTED)]
    elif answer.sessions_named and answer.sessions:
        asked = replace(asked, sessions=answer.sessions, sessions_named=True)
        unsure = [u for u in unsure if u not in (Unsure.SESSIONS, Unsure.CORRECTED)]
    if answer.diet:
        asked = replace(asked, diet=answer.diet)
    doubted = {Unsure.INTENT, Unsure.CHANGE_OR_CANCEL} & set(unsure)
    if doubted and answer.intent in _ACTING:
        asked = replace(asked, intent=answer.intent, change=answer.change)
        unsure = [u for u in unsure if u not in doubted]
    return replace(asked, unsure=tuple(unsure))


class UnsureAnswer:
    """Complete a reading we asked about with its answer: yes, or corrections that settle it, and it goes on;
    still unsure, ask once more; unclear a second time, the organisers decide and the sender is told so."""

    name = "unsure-answer"
    description = "the answer to our question about an unsure reading completes it; unclear twice goes to a human"

    def check(self, message: Message) -> Triage | Proceed | None:
        asked = message.asked
        if asked is None:
            return None
        request = merged(asked.request, message.request)
        if asked.answer is True:
            request = replace(request, unsure=tuple(u for u in request.unsure
                                                    if u is Unsure.SESSIONS and choices(request)))
        if not request.unsure:   # a yes, or corrections that leave no doubt
            sender = message.request.sender if message.request is not None else request.sender
            return Proceed(self.name, replace(request, sender=sender), redeem=asked.token)
        if asked.round >= MAX_ROUNDS:
            return Triage(self.name, Stop.PROCESSED, forward=True, reply="acknowledgement", redeem=asked.token)
        return Triage(UnsureReading.name, Stop.PROCESSED, reply="clarification", asking=request,
                      round=asked.round + 1, redeem=asked.token)


class UnsureReading:
    """Act on nothing the parser is unsure of: ask one question that states the reading."""

    name = "unsure"
    description = ("a signup, change or cancellation read with doubt is asked about, not acted on (and one for "
                   "others than the writer, when the event says confirm_others_first)")

    def check(self, message: Message) -> Triage | Proceed | None:
        request = message.request
        if request is None or request.intent not in _ACTING:
            return None
        if not request.unsure and message.config.event.confirm_others_first and about_others(request):
            request = replace(request, unsure=(Unsure.OTHERS,))
        if not request.unsure:
            return None
        return Triage(self.name, Stop.PROCESSED, reply="clarification", asking=request)
