"""Organiser actions: what an organiser may ask for (add, cancel, move, replace, update, promote, resend,
erase; release, refuse or mark handled a stored message), as typed values the CLI, the bot and an
organiser's mail all make. ``organiser_deciding.py`` decides them, ``organiser_acting.py`` carries them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from assistant.config import Config
from assistant.effects import UpdateDetails
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.capacity import SessionCapacity
from assistant.rules.deadline import DeadlinePassed
from assistant.rules.quota import OrganisationQuota

#: What an organiser may pass over, by the name they use, and the place rule it passes over.
OVERRIDES = {"deadline": DeadlinePassed.name, "quota": OrganisationQuota.name, "capacity": SessionCapacity.name}


class Act(StrEnum):
    """The organiser's actions."""

    ADD = "add"
    CANCEL = "cancel"
    MOVE = "move"
    REPLACE = "replace"
    UPDATE = "update"
    PROMOTE = "promote"
    RESEND = "resend"
    ERASE = "erase"
    RELEASE = "release"     # a held message goes through the rules now
    REFUSE = "refuse"       # a held message's sender is told no
    HANDLED = "handled"     # a message (a question) needs nobody any more


#: The actions about a stored message rather than a person.
ON_MESSAGES = (Act.RELEASE, Act.REFUSE, Act.HANDLED)


class ActionError(Exception):
    """An action that cannot be carried out as asked (no such person, several, no such session); the message
    says so to the organiser."""


@dataclass(frozen=True)
class Action:
    """One organiser's action, as asked for (from the CLI, Telegram or an organiser's mail)."""

    act: Act
    organiser: Sender                      # who asks: in the history and in the person's message
    person: Person | None = None           # who it is about (add: the new person; replace: the one leaving)
    person_id: int | None = None           # the stored person meant, when the organiser picked one by id
    joining: Person | None = None          # replace: who takes the place
    sessions: tuple[dt.date, ...] = ()     # add, cancel, replace: which (none: all); move: (from, to); promote: one
    details: UpdateDetails | None = None   # update: the new name, address or diet
    overrides: frozenset[str] = frozenset()   # of OVERRIDES' keys
    why: str | None = None
    message: int | None = None             # release, refuse, handled: the stored message's id

    def __post_init__(self) -> None:
        unknown = self.overrides - OVERRIDES.keys()
        if unknown:
            raise ActionError(f"okänd --override: {', '.join(sorted(unknown))} (går: {', '.join(OVERRIDES)})")
        if self.overrides and not (self.why or "").strip():
            raise ActionError("--override kräver --why \"…\": varför regeln inte ska gälla här")

    @property
    def actor(self) -> str:
        """The organiser as the history records them."""
        return self.organiser.address or self.organiser.name or "?"

    @property
    def note(self) -> str | None:
        """The history's note: what was overridden and why."""
        if self.overrides:
            return f"override {','.join(sorted(self.overrides))}: {self.why}"
        return self.why

    def contract(self) -> dict[str, Any]:
        """The action as JSON, stored with its record."""
        return {"action": self.act.value, "person": self.person.contract() if self.person else None,
                "joining": self.joining.contract() if self.joining else None,
                "sessions": [d.isoformat() for d in self.sessions],
                "details": vars(self.details) if self.details else None,
                "overrides": sorted(self.overrides), "why": self.why, "message": self.message}


def as_request(config: Config, action: Action) -> ParsedRequest:
    """The action as a request from the organiser (what the rules and the person's message read)."""
    intent = {Act.ADD: Intent.REGISTER, Act.CANCEL: Intent.CANCEL, Act.ERASE: Intent.ERASURE}.get(action.act,
                                                                                                Intent.CHANGE)
    people: tuple[Person, ...] = (action.person,) if action.person else ()
    if action.act is Act.REPLACE and action.person and action.joining:
        people = (replace(action.person, role=Role.LEAVING), replace(action.joining, role=Role.JOINING))
    diet = action.details.diet if action.details else action.person.diet if action.person else None
    return ParsedRequest(intent, people, action.sessions, diet, action.organiser, config.event.language,
                         sessions_named=bool(action.sessions),
                         change={Act.REPLACE: "substitute", Act.MOVE: "sessions", Act.UPDATE: "details"}.get(action.act))


