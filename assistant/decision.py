"""What the rules decide: one verdict per person and session, with a reason code and the facts a reply needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.booking import Holder
from assistant.effects import Effect


class Outcome(StrEnum):
    """What happens to one person in one session."""

    CONFIRMED = "confirmed"            # a place
    WAITLISTED = "waitlisted"          # a waiting-list place
    REJECTED = "rejected"              # refused; the reason says why
    UNCHANGED = "unchanged"            # a duplicate: already so, nothing changed
    CANCELLED = "cancelled"            # the place (or waiting-list place) is given up
    PROMOTED = "promoted"              # moved from the waiting list to a place
    UPDATED = "updated"                # details changed (diet, name, address)
    NOT_REGISTERED = "not_registered"  # asked to cancel or change something never registered
    NEEDS_CONFIRMATION = "needs_confirmation"  # asked from another address: the registered one must confirm
    FORWARDED = "forwarded"            # no address to ask for a confirmation: the organisers decide


@dataclass(frozen=True)
class Verdict:
    """One decision about one person (and one session, where it concerns one)."""

    holder: Holder
    session: dt.date | None
    outcome: Outcome
    reason: str                        # stable kebab-case code: the rule's name (its text is reasons/<reason>)
    facts: dict[str, Any] = field(default_factory=dict)   # what the reply's text says (never read by storage)
    effects: tuple[Effect, ...] = ()   # what storage changes (a refusal or a duplicate changes nothing)

    def __repr__(self) -> str:
        who = self.holder.name or self.holder.email or self.holder.ref
        return f"Verdict({who}, {self.session}, {self.outcome.value}, {self.reason})"


@dataclass(frozen=True)
class Decision:
    """The rules' answer to a whole request."""

    verdicts: tuple[Verdict, ...] = ()
    missing: tuple[str, ...] = ()      # facts to ask for ("name", "organisation", "sessions"); nothing is done
    reason: str | None = None          # why nothing was decided, when nothing was

    def describe(self) -> str:
        """One line for the log: who, which session, what became of it and by which rule."""
        if self.missing:
            return "asked for " + ", ".join(self.missing)
        if not self.verdicts:
            return self.reason or "nothing to do"
        return "; ".join(f"{v.holder.name or v.holder.email or v.holder.ref}"
                         f"{f' {v.session.isoformat()}' if v.session else ''}: {v.outcome.value} ({v.reason})"
                         for v in self.verdicts)

    def summary(self) -> dict[str, Any]:
        """A JSON-able account of the decision, stored with the inbound message and logged."""
        return {
            "missing": list(self.missing),
            "reason": self.reason,
            "verdicts": [
                {"person": v.holder.name or v.holder.email, "ref": v.holder.ref,
                 "session": v.session.isoformat() if v.session else None,
                 "outcome": v.outcome.value, "reason": v.reason}
                for v in self.verdicts
            ],
        }
