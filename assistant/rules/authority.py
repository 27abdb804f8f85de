"""Who may change, cancel or erase a person's registrations (person rules, and the test both they and
``decide`` use for "the person's own request").

====================  ==========================  ===========================  ==========================
action                the person (own address,    whoever registered them      anyone else
                      linked Telegram account)
====================  ==========================  ===========================  ==========================
change, cancel, diet  done                        done; the person is told     a code to the person's
                                                                               address (none: to whoever
                                                                               registered them)
erase                 done                        a code to the person's       a code to the person's
                                                  address                      address
====================  ==========================  ===========================  ==========================

A code is single-use, valid for ``tokens.VALID_FOR``, accepted only from the address it went to, and
authorises one person and one action: the request narrowed by ``scoped``. With no address to send a
code to, the request goes to the organisers. The person is told at their own address of every change
made at someone else's request (``deciding``); a code sent back is the person's own request.
"""

from __future__ import annotations

from assistant.booking import Holder, Holding, fold
from assistant.decision import Outcome, Verdict
from assistant.effects import AskConfirmation
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.base import Concern


class NotRegistered:
    """Say so when the person holds nothing to cancel or change."""

    name = "not-registered"
    description = "a cancellation or change needs a registration to act on"

    def check(self, concern: Concern) -> Verdict | None:
        if concern.held:
            return None
        return Verdict(concern.holder, None, Outcome.NOT_REGISTERED, self.name)


class ErasureByThePerson:
    """Erase only at the person's own request: from anywhere else, ask the person's address by a code."""

    name = "erasure-by-the-person"
    description = "only the person erases their data: from another address (their registrant's too) a code asks them"

    def check(self, concern: Concern) -> Verdict | None:
        if concern.request.intent is not Intent.ERASURE or is_own(concern.holder, concern.request.sender):
            return None
        return _ask(self.name, concern, concern.holder.email)


class SenderMayChange:
    """Ask the registered address first when someone else asks to change a person's registrations."""

    name = "sender-not-registrant"
    description = "only the person, whoever registered them, or a confirmed request may change a registration"

    def check(self, concern: Concern) -> Verdict | None:
        holder = concern.holder
        if may_change(holder, concern.request.sender):
            return None
        return _ask(self.name, concern, holder.email or holder.registered_by)


def is_sender(person: Person, request: ParsedRequest) -> bool:
    """Whether a person the request names is its writer: by address in mail; in a chat, the one person named
    without an address, or the one with the chat's name."""
    sender = request.sender
    if person.email and sender.channel == "email" and sender.address:
        return person.email.casefold() == sender.address.casefold()
    if sender.channel == "telegram":
        if len(request.people) == 1 and not person.email:
            return True   # a chat signs up its own user ("/Kalle, Ludvika" from Karl Svensson's account)
        if person.name and sender.name:
            return fold(person.name) == fold(sender.name)
    return False


def is_own(holder: Holder, sender: Sender) -> bool:
    """Whether the sender is the person: their registered address, or their linked Telegram account."""
    if sender.channel == "telegram":
        return holder.telegram_user_id is not None and str(holder.telegram_user_id) == sender.address
    return _same(_email(sender), holder.email)


def may_change(holder: Holder, sender: Sender) -> bool:
    """Whether the sender is the person or whoever registered them (by the address they registered from)."""
    return is_own(holder, sender) or _same(_email(sender), holder.registered_by)


def scoped(request: ParsedRequest, holder: Holder, held: tuple[Holding, ...]) -> ParsedRequest:
    """``request`` narrowed to one person and its one action: what a code sent for them authorises.

    A cancellation names the sessions it would cancel now; a change keeps its kind and what it
    changes to; the person is named by their stored address where they have one.
    """
    person = Person(holder.name, holder.email, holder.organisation)
    if request.intent is Intent.ERASURE:
        return ParsedRequest(Intent.ERASURE, (person,), sender=request.sender, language=request.language)
    if request.intent is Intent.CANCEL:
        wanted = set(request.sessions) if request.sessions_named and request.sessions else None
        days = tuple(h.session for h in held if wanted is None or h.session in wanted)
        return ParsedRequest(Intent.CANCEL, (person,), days, sender=request.sender, language=request.language,
                             sessions_named=True)
    if request.change == "substitute":
        joining = next(p for p in request.people if p.role is Role.JOINING)
        people: tuple[Person, ...] = (Person(person.name, person.email, person.organisation, Role.LEAVING), joining)
    elif request.change == "details":
        people = tuple(p for p in request.people if holder.matches(p))[:1] or (person,)
    else:
        people = (person,)
    return ParsedRequest(Intent.CHANGE, people, request.sessions, request.diet, request.sender, request.language,
                         request.sessions_named, change=request.change)


def _ask(rule: str, concern: Concern, address: str | None) -> Verdict:
    """The verdict that waits for ``address`` (a code mailed there), or, with no address, for the organisers."""
    request = concern.request
    facts = {"diet": request.diet if request.change == "diet" else None}
    if not address:
        return Verdict(concern.holder, None, Outcome.FORWARDED, rule, facts)
    ask = AskConfirmation(address, scoped(request, concern.holder, concern.held))
    return Verdict(concern.holder, None, Outcome.NEEDS_CONFIRMATION, rule, {**facts, "confirm_to": address}, (ask,))


def _email(sender: Sender) -> str | None:
    return sender.address if sender.channel == "email" else None


def _same(address: str | None, other: str | None) -> bool:
    return address is not None and other is not None and address.casefold() == other.casefold()
