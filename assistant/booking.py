"""A snapshot of who holds which places: what the rules read (pure values, no storage)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from assistant.config import Config
from assistant.request import Person


class Standing(StrEnum):
    """An active registration's standing (cancelled ones are not in the book)."""

    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form of a name, for matching people."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class Holder:
    """A person as the book knows them: an id in storage, or a new one made by this request."""

    ref: str                       # "p:<id>" for stored people, "new:<n>" for people this request adds
    name: str | None
    email: str | None
    organisation: str | None
    telegram_user_id: int | None = None
    registered_by: str | None = None
    diet: str | None = None

    @property
    def stored(self) -> bool:
        """Whether the holder is a stored person (not one this request adds)."""
        return self.ref.startswith("p:")

    def matches(self, person: Person) -> bool:
        """Whether a parsed person is this holder: by e-mail, else by name and organisation."""
        if person.email and self.email:
            return person.email.casefold() == self.email.casefold()
        if person.name and self.name and fold(person.name) == fold(self.name):
            return not (person.organisation and self.organisation) or person.organisation == self.organisation
        return False


@dataclass(frozen=True)
class Holding:
    """One active registration: a holder's place or waiting-list place in one session."""

    holder: Holder
    session: dt.date
    standing: Standing
    queued_at: dt.datetime


@dataclass(frozen=True)
class Book:
    """The active registrations a decision needs, at the moment of deciding.

    What it holds (storage's ``RegistrationRepository.book`` loads exactly this, and rules may rely
    on nothing more):

    - every active registration of the people the request may concern: named by address or by name,
      the sender (address, name, Telegram user);
    - every active registration of the members of each organisation the request names that has a
      quota (``members`` is complete for those, and only for those);
    - the head of every session's waiting line, as many as the request names people plus one (enough
      for every place the request may free);
    - how many other places and waiting-list places each session has (``others_confirmed``,
      ``others_waiting``): counted, not loaded.
    """

    holdings: tuple[Holding, ...] = ()
    others_confirmed: Mapping[dt.date, int] = field(default_factory=dict)
    others_waiting: Mapping[dt.date, int] = field(default_factory=dict)   # further back in line, not loaded

    def find(self, person: Person, telegram_user_id: int | None = None) -> Holder | None:
        """The holder a parsed person refers to, if they hold anything."""
        for h in self.holdings:
            if h.holder.matches(person):
                return h.holder
        if telegram_user_id is not None:
            for h in self.holdings:
                if h.holder.telegram_user_id == telegram_user_id:
                    return h.holder
        return None

    def of(self, holder: Holder) -> tuple[Holding, ...]:
        """The holder's active registrations, by session date."""
        return tuple(sorted((h for h in self.holdings if h.holder.ref == holder.ref), key=lambda h: h.session))

    def holding(self, holder: Holder, session: dt.date) -> Holding | None:
        """The holder's registration in one session."""
        return next((h for h in self.holdings if h.holder.ref == holder.ref and h.session == session), None)

    def confirmed(self, session: dt.date) -> tuple[Holding, ...]:
        """The loaded holders of a place in a session."""
        return tuple(h for h in self.holdings if h.session == session and h.standing is Standing.CONFIRMED)

    def confirmed_count(self, session: dt.date) -> int:
        """How many places of a session are taken (loaded or only counted)."""
        return len(self.confirmed(session)) + self.others_confirmed.get(session, 0)

    def waitlist(self, session: dt.date) -> tuple[Holding, ...]:
        """A session's waiting list, first in line first."""
        queue = [h for h in self.holdings if h.session == session and h.standing is Standing.WAITLISTED]
        return tuple(sorted(queue, key=lambda h: (h.queued_at, h.holder.ref)))

    def waitlist_length(self, session: dt.date) -> int:
        """How many wait in line for a session (loaded or only counted)."""
        return len(self.waitlist(session)) + self.others_waiting.get(session, 0)

    def members(self, organisation: str) -> tuple[Holder, ...]:
        """The distinct people of an organisation who hold a place or a waiting-list place, earliest first."""
        seen: dict[str, tuple[dt.datetime, Holder]] = {}
        for h in self.holdings:
            if h.holder.organisation == organisation:
                first = seen.get(h.holder.ref)
                if first is None or h.queued_at < first[0]:
                    seen[h.holder.ref] = (h.queued_at, h.holder)
        return tuple(holder for _, holder in sorted(seen.values(), key=lambda x: (x[0], x[1].ref)))

    def add(self, holding: Holding) -> Book:
        """The book with one more registration."""
        return replace(self, holdings=self.holdings + (holding,))

    def remove(self, holder: Holder, session: dt.date) -> Book:
        """The book without a holder's registration in a session."""
        return replace(self, holdings=tuple(h for h in self.holdings
                                            if not (h.holder.ref == holder.ref and h.session == session)))

    def promote(self, holding: Holding) -> Book:
        """The book with a waiting-list holding confirmed."""
        rest = tuple(h for h in self.holdings if h is not holding)
        return replace(self, holdings=rest + (replace(holding, standing=Standing.CONFIRMED),))


def place_locks(config: Config, people: Iterable[Person]) -> list[str]:
    """The locks every decision about places takes before reading the book: each session, and the
    organisations of the people it is about (quota)."""
    return ([f"session:{s.date.isoformat()}" for s in config.event.sessions]
            + [f"org:{p.organisation}" for p in people if p.organisation])
