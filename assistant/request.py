"""The structured request the parser makes of one message (the parse contract's shape)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.identity import Verification


class Intent(StrEnum):
    """What a message wants."""

    REGISTER = "register"
    CANCEL = "cancel"
    CHANGE = "change"
    QUESTION = "question"
    ERASURE = "erasure"
    AUTO_REPLY = "auto_reply"
    UNKNOWN = "unknown"


class Role(StrEnum):
    """A person's part in a request: most are simply the ones it is about."""

    PARTICIPANT = "participant"
    LEAVING = "leaving"      # a substitution: the person giving up the place
    JOINING = "joining"      # a substitution: the colleague taking it


@dataclass(frozen=True)
class Person:
    """Someone a request is about."""

    name: str | None
    email: str | None = None
    organisation: str | None = None
    role: Role = Role.PARTICIPANT
    diet: str | None = None           # this person's own diet, when the message says whose it is

    @property
    def by_given_name(self) -> bool:
        """Whether the person is named by the given name alone ("Ahmed"): their full name is to be asked for."""
        return bool(self.name) and len((self.name or "").split()) == 1

    def contract(self) -> dict[str, Any]:
        """The person in the parse contract's JSON shape (plus ``role`` and ``diet``, the contract's extra keys)."""
        return {"name": self.name, "email": self.email, "organisation": self.organisation,
                "role": self.role.value, "diet": self.diet}


class Unsure(StrEnum):
    """What the parser is not sure of in its reading: the service acts on nothing uncertain and asks."""

    SESSIONS = "sessions"             # a session reference that fits more than one ("höstens träff")
    SENDER_ATTENDS = "sender-attends"  # whether the sender is one of those attending
    CHANGE_OR_CANCEL = "change-or-cancel"   # whether a person's places are changed or given up
    ORGANISATION = "organisation"     # an organisation named that fits none, or several, configured ones
    INTENT = "intent"                 # signup, change or cancellation at all
    OTHERS = "others"                 # it acts for others than the writer, and the event asks first (confirm_others_first)
    PEOPLE = "people"                 # whom it is about: the people second opinion doubts the rules' (people_opinion.py)
    #: people told apart to come to different sessions ("jag tar de två första, Anna bara den sista"): one set of
    #: sessions a request cannot hold that, so an organiser books each on their own (rules/each_own_sessions.py)
    EACH_OWN = "each-own-sessions"
    #: more people said to come than named ("mig och min kollega", "vi blir tre"): their names are asked for
    #: (``ParsedRequest.unnamed``, ``assistant/parsing/unnamed.py``)
    UNNAMED = "unnamed"
    #: the writer corrects their own sessions ("3/5 och 21/9. Nej vänta, inte 21/9", "rättelse: 29/11 menar jag"):
    #: which stand is asked (``assistant/parsing/reading.py``, ``_corrects_itself``)
    CORRECTED = "corrected"
    #: the reading as a whole is likely wrong though no rule doubts it (``assistant/parsing/reading_doubt.py``):
    #: it is stated and confirmed before anything is booked
    READING = "reading"


@dataclass(frozen=True)
class Sender:
    """Who sent the message, as the channel knows them."""

    channel: str                      # "email" | "telegram"
    address: str | None = None        # e-mail address, or Telegram user id as text
    name: str | None = None
    #: E-mail: what the receiving server's checks say of ``address`` (``assistant/identity.py``); UNVERIFIED is
    #: to be treated as an unknown address.
    verification: Verification = Verification.UNKNOWN


@dataclass(frozen=True)
class ParsedRequest:
    """The parser's reading of one message. Pure data; the rules decide what it means."""

    intent: Intent
    people: tuple[Person, ...] = ()
    sessions: tuple[dt.date, ...] = ()
    diet: str | None = None
    sender: Sender = field(default_factory=lambda: Sender("email"))
    language: str = "sv"
    sessions_named: bool = False      # False: no session was named (a signup then means all)
    question: str | None = None       # a question the message asks, for a human to answer
    change: str | None = None         # for intent change: "sessions" | "substitute" | "diet" | "details"
    problems: tuple[str, ...] = ()    # what the parser could not read, for the log and review
    never_answer: bool = False        # automatic or bulk/list mail: stored, never replied to
    subject: str | None = None
    message_id: str | None = None
    #: What the reading is not sure of (``Unsure``); empty when it is sure. The service then acts on nothing
    #: uncertain and asks one question stating the reading.
    unsure: tuple[Unsure, ...] = ()
    #: A short yes (True) or no (False) opening the writer's own words: read as the answer to our question
    #: about a reading when the message answers one (``assistant/rules/unsure.py``).
    answer: bool | None = None
    #: The full names a short message writes, whatever it asks: an answer naming in full one we asked about
    #: ("Ahmed heter Ahmed Ali i efternamn") completes the reading (``assistant/rules/unsure.py``).
    names_written: tuple[str, ...] = ()
    #: A short message's own words and the sessions they refer to, whatever its intent ("den senare", "september"):
    #: an answer picking one of the sessions our question offered (``assistant/parsing/answer.py``, ``chosen``).
    written: str = ""
    mentioned: tuple[dt.date, ...] = ()
    #: The e-mail addresses a short message writes: with ``names_written``, an answer naming people we asked for.
    addresses_written: tuple[str, ...] = ()
    #: A diet change that takes the diet recorded off ("ta bort glutenfri kost från min anmälan", "jag har ingen
    #: specialkost längre"): with ``change == "diet"`` and no diet, the one recorded is cleared.
    no_diet: bool = False
    #: How many more people the message says come than it names ("jag och min kollega": 1); asked for by name.
    unnamed: int = 0
    #: The sessions asked about (``Unsure.SESSIONS``) may be more than one of those offered ("samma träffar som förra
    #: gången"): the question asks which, not which one.
    several: bool = False
    #: Sessions the writer named only as a maybe beside those asked for ("3 maj och troligen även 29 november"): not
    #: booked, and the reply says so, so that the writer knows to write again.
    maybe: tuple[dt.date, ...] = ()
    #: For a change of sessions: those named as given up ("byta 3 maj mot 29 november": 3 maj). When known, only those
    #: are freed and the sessions held but not named stay (a bare swap's ``sessions`` are only the new one).
    released: tuple[dt.date, ...] = ()

    def contract(self) -> dict[str, Any]:
        """The request as the parse contract's JSON object (extra keys allowed by the contract)."""
        return {
            "intent": self.intent.value,
            "people": [p.contract() for p in self.people],
            "sessions": sorted(d.isoformat() for d in self.sessions),
            "diet": self.diet,
            "language": self.language,
            "sessions_named": self.sessions_named,
            "question": self.question,
            "change": self.change,
            "problems": list(self.problems),
            "never_answer": self.never_answer,
            "unsure": [u.value for u in self.unsure],
            "answer": self.answer,
            "unnamed": self.unnamed,
            "no_diet": self.no_diet,
            "several": self.several,
            "maybe": sorted(d.isoformat() for d in self.maybe),
            "released": sorted(d.isoformat() for d in self.released),
        }
