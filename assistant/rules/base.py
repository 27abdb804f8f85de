"""What each kind of rule sees and answers, and the shape of a rule.

Four tables (``order.py``) are asked top to bottom, the first rule that answers deciding:

- message rules see a whole ``Message`` before anything else (too large, automatic mail, reply
  limit, a confirmation code, a question, not understood) and answer ``Triage`` (stop here) or
  ``Proceed`` (go on to the decision, perhaps with another request);
- request rules see the request (``Asking``) and name a fact that must be asked for;
- person rules see one person a cancellation, change, substitution or erasure is about
  (``Concern``) and answer a verdict when it may not go ahead (not registered, not the sender's to change);
- place rules see one person asking for one session (``Attempt``); every path that gives a place
  (a signup, a session added by a change, a substitute taking over) asks them, each rule saying in
  ``applies_to`` which of those it judges.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from assistant.booking import Book, Holder, Holding
from assistant.config import Config
from assistant.decision import Verdict
from assistant.organisers import OrganiserWords
from assistant.request import ParsedRequest

if TYPE_CHECKING:
    from assistant.organiser_actions import Action

# -- message rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingCode:
    """A confirmation code found in a message, as stored: who must send it back, and what it authorises
    (one person, one action)."""

    token: str
    confirm_to: str
    request: ParsedRequest


@dataclass(frozen=True)
class Asked:
    """Our question stating an unsure reading (``rules/unsure.py``), which this message answers: the request
    as we read it, how many times we asked, and whether the answer says yes (True), no (False) or neither."""

    token: str
    request: ParsedRequest
    round: int
    answer: bool | None


@dataclass(frozen=True)
class Forwarded:
    """A forward the outbox sent to an organiser, which her message answers: the forwarded message's record
    and whom to tell (the asker's channel, address and name, and their message's subject and Message-ID, as the
    forward stored them; no address once erased)."""

    inbound_id: int | None
    channel: str
    to: str | None
    name: str | None = None
    subject: str | None = None
    message_id: str | None = None


@dataclass(frozen=True)
class Relay:
    """An organiser's answer to a forwarded message, for the person who asked (``direct``: she wrote to them
    herself too, so it is not sent again)."""

    forwarded: Forwarded
    words: str
    direct: bool = False


@dataclass(frozen=True)
class Message:
    """One inbound message, read, with what the service looked up for it."""

    config: Config
    channel: str
    request: ParsedRequest | None        # None: not parsed (too large)
    reply_to: str | None                 # where an answer would go
    replies_today: int                   # automatic replies already sent there today
    code: PendingCode | None = None      # a usable confirmation code the message carries
    people_today: int = 0                # people given places today on the sender's messages (local day)
    asked: Asked | None = None           # our question about an unsure reading that this message answers
    answering: bool = False              # a reply to our own request for missing facts
    organiser: OrganiserWords | None = None   # an organiser's mail: her own words (``assistant/organisers.py``)
    forwarded: Forwarded | None = None   # an organiser's mail: the forward to her that it answers
    today: dt.date | None = None         # the local day it is handled on (an organiser's "21 september")


class Stop(StrEnum):
    """What becomes of a message a message rule stops."""

    PROCESSED = "processed"    # answered (acknowledged, asked back)
    HELD = "held"              # kept for a human, nobody answered
    IGNORED = "ignored"        # automatic mail: stored, never answered


@dataclass(frozen=True)
class Triage:
    """A message rule's answer that ends the message's handling here."""

    rule: str                  # the rule's name (its text is reasons/<rule>)
    state: Stop
    forward: bool = False      # the organisers get it, original attached
    reply: str | None = None   # the kind of answer the sender gets, if any (acknowledgement, clarification)
    asking: ParsedRequest | None = None   # a reading to ask about: stored with the question, its answer completes it
    round: int = 1             # how many times this reading has been asked about (with ``asking``)
    redeem: str | None = None  # a stored question to close in the same transaction (answered)
    relay: Relay | None = None  # an organiser's answer to pass on to the person who asked (theirs: handled)
    action: Action | None = None  # an organiser's instruction: carried out in the same transaction


@dataclass(frozen=True)
class Proceed:
    """A message rule's answer that sends a (possibly other) request on to the decision."""

    rule: str
    request: ParsedRequest
    redeem: str | None = None  # the code to mark used in the same transaction


class MessageRule(Protocol):
    """A rule on a whole message: a stable name, a one-line description, a check."""

    name: str
    description: str

    def check(self, message: Message) -> Triage | Proceed | None:
        """``Triage`` to stop, ``Proceed`` to decide (perhaps another request), None to ask the next rule."""
        ...


# -- request rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Asking:
    """A whole request before anything is decided: for rules about missing facts."""

    config: Config
    request: ParsedRequest
    answering_question: bool    # the message answers our own request for missing facts


class RequestRule(Protocol):
    """A rule on the whole request: names the fact that must be asked for, or None."""

    name: str
    description: str

    def missing(self, asking: Asking) -> str | None:
        """The missing fact ("name", "organisation", "sessions"), or None."""
        ...


# -- person rules ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Concern:
    """One person a cancellation, change, substitution or erasure is about, and what they hold."""

    config: Config
    request: ParsedRequest
    holder: Holder
    held: tuple[Holding, ...]


class PersonRule(Protocol):
    """A rule on changing a person's registrations: a verdict when it may not go ahead, else None."""

    name: str
    description: str

    def check(self, concern: Concern) -> Verdict | None:
        """A verdict that stops the change for this person, or None (the next rule is asked)."""
        ...


# -- place rules -----------------------------------------------------------------------------------


class Path(StrEnum):
    """How a person comes to ask for a place; a place rule judges the paths in its ``applies_to``."""

    SIGNUP = "signup"            # a registration
    CHANGE = "change"            # a session added by a change of sessions
    SUBSTITUTE = "substitute"    # a colleague takes over a held place


ALL_PATHS = frozenset(Path)


@dataclass(frozen=True)
class Attempt:
    """One person asking for one session, and everything a rule may look at."""

    config: Config
    book: Book
    request: ParsedRequest
    holder: Holder
    session: dt.date
    now: dt.datetime
    arrived: dt.datetime | None = None   # when the message reached us, if before ``now``
    path: Path = Path.SIGNUP
    replacing: Holding | None = None     # SUBSTITUTE: the place taken over (its holder is out of the book)

    @property
    def asked_at(self) -> dt.datetime:
        """When the person asked: the message's arrival (a backlog is judged as it arrived), else now."""
        return min(self.arrived, self.now) if self.arrived is not None else self.now


class Rule(Protocol):
    """A place rule: a stable kebab-case name, a one-line description, the paths it judges, and a check."""

    name: str
    description: str
    applies_to: frozenset[Path]

    def check(self, attempt: Attempt) -> Verdict | None:
        """A verdict when the rule decides the attempt, else None (the next rule is asked)."""
        ...
