"""A signup being put together in the chat: what the participant has told the bot so far.

The conversation (``conversation.py``) keeps one ``Draft`` per chat, stored as JSON with the
chat's conversation state (``to_json`` / ``from_json``), so a restart in the middle loses nothing.
A stored shape this version cannot read (an older release's, or damaged) raises
``UnreadableDraft``: the conversation then starts over, it never crashes. When nothing is
missing any more, ``request`` makes the ParsedRequest the rules decide on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from assistant.request import Intent, ParsedRequest, Person, Sender

Fact = Literal["name", "organisation", "sessions"]
FACTS: tuple[Fact, ...] = get_args(Fact)      # the order they are asked in
VERSION = 1                                   # of the stored shape; another one is not read


class UnreadableDraft(ValueError):
    """The stored conversation data is not a draft this version can read."""


@dataclass(frozen=True)
class Entrant:
    """One person on the signup (either part may not be known yet)."""

    name: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Draft:
    """The signup so far: who, which sessions, and which facts are still to be asked."""

    people: tuple[Entrant, ...] = ()
    sessions: tuple[dt.date, ...] = ()
    diet: str | None = None
    todo: tuple[Fact, ...] = FACTS        # facts still to ask, in order
    asked: bool = True                    # the bot asked: the answer replies to our question
    chosen: tuple[dt.date, ...] = ()      # sessions ticked so far on the session buttons
    self_named: bool = False              # the participant gave their own name: the signup is theirs
    lang: str = "sv"
    pointed: tuple[str, ...] = ()         # quota organisations the participant's words pointed at

    @classmethod
    def of_request(cls, request: ParsedRequest, missing: Iterable[str]) -> Draft:
        """A draft of a free-text signup that lacks ``missing`` facts (what it has is kept)."""
        lacking = set(missing)
        return cls(people=tuple(Entrant(p.name, p.organisation) for p in request.people),
                   sessions=tuple(request.sessions), diet=request.diet,
                   todo=tuple(f for f in FACTS if f in lacking), lang=request.language)

    @property
    def next_fact(self) -> Fact | None:
        """The fact to ask next, or None when the signup is complete."""
        return self.todo[0] if self.todo else None

    def with_name(self, name: str) -> Draft:
        """The draft with the participant's own name (the first person; the others stay)."""
        named = tuple(p for p in self.people if p.name)
        organisation = next((p.organisation for p in self.people if p.organisation), None)
        return replace(self, people=(Entrant(name, organisation), *named), self_named=self.self_named or not named,
                       todo=self._without("name"))

    def with_organisation(self, organisation: str | None) -> Draft:
        """The draft with ``organisation`` for everyone who has none yet (None: none of the listed)."""
        people = tuple(Entrant(p.name, p.organisation or organisation) for p in self.people)
        return replace(self, people=people, todo=self._without("organisation"))

    def pointing_at(self, organisations: Iterable[str]) -> Draft:
        """The draft with more quota organisations the participant's words pointed at ("none" is then no answer)."""
        return replace(self, pointed=tuple(dict.fromkeys((*self.pointed, *organisations))))

    def with_sessions(self, sessions: Iterable[dt.date]) -> Draft:
        """The draft with the chosen sessions."""
        return replace(self, sessions=tuple(sorted(sessions)), todo=self._without("sessions"))

    def _without(self, fact: Fact) -> tuple[Fact, ...]:
        return tuple(f for f in self.todo if f != fact)

    def request(self, sender: Sender) -> ParsedRequest:
        """The finished signup as the request the rules decide on."""
        people = tuple(Person(p.name, None, p.organisation) for p in self.people)
        if self.self_named and len(people) == 1:
            # The participant told us their own name: the registration belongs to this Telegram user.
            sender = Sender(sender.channel, sender.address, people[0].name)
        return ParsedRequest(Intent.REGISTER, people, self.sessions, self.diet, sender, self.lang,
                             sessions_named=bool(self.sessions))

    def to_json(self) -> dict[str, Any]:
        """The draft as the conversation's stored data (plain JSON)."""
        return {"draft": VERSION,
                "people": [{"name": p.name, "organisation": p.organisation} for p in self.people],
                "sessions": [d.isoformat() for d in self.sessions], "diet": self.diet,
                "todo": list(self.todo), "asked": self.asked,
                "chosen": [d.isoformat() for d in self.chosen], "self_named": self.self_named,
                "lang": self.lang, "pointed": list(self.pointed)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Draft:
        """The draft stored as ``data``; raises UnreadableDraft for any other shape."""
        if not isinstance(data, Mapping):
            raise UnreadableDraft(f"not a draft: {type(data).__name__}")
        if data.get("draft") != VERSION:   # e.g. an older release's {"request": {...}, "todo": [...]}
            raise UnreadableDraft(f"not a version {VERSION} draft (keys: {', '.join(sorted(map(str, data)))})")
        try:
            return cls(people=tuple(Entrant(_optional(p["name"]), _optional(p["organisation"]))
                                    for p in _list(data["people"])),
                       sessions=tuple(_date(d) for d in _list(data["sessions"])),
                       diet=_optional(data["diet"]),
                       todo=tuple(_fact(f) for f in _list(data["todo"])),
                       asked=_bool(data["asked"]),
                       chosen=tuple(_date(d) for d in _list(data["chosen"])),
                       self_named=_bool(data["self_named"]), lang=_str(data["lang"]),
                       pointed=tuple(_str(o) for o in _list(data.get("pointed", []))))
        except UnreadableDraft:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise UnreadableDraft(f"{type(exc).__name__}: {exc}") from exc

    def __repr__(self) -> str:
        who = ", ".join(f"{p.name or '?'} ({p.organisation or '?'})" for p in self.people) or "nobody"
        return (f"Draft({who}; sessions={[d.isoformat() for d in self.sessions]}, todo={list(self.todo)}, "
                f"lang={self.lang})")


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _optional(value: Any) -> str | None:
    return None if value is None else _str(value)


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(_str(value))


def _fact(value: Any) -> Fact:
    for fact in FACTS:
        if value == fact:
            return fact
    raise UnreadableDraft(f"unknown fact to ask: {value!r}")


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value
