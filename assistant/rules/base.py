"""What every rule sees, and the shape of a rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from assistant.booking import Book, Holder
from assistant.config import Config
from assistant.decision import Verdict
from assistant.request import ParsedRequest


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

    @property
    def asked_at(self) -> dt.datetime:
        """When the person asked: the message's arrival (a backlog is judged as it arrived), else now."""
        return min(self.arrived, self.now) if self.arrived is not None else self.now


class Rule(Protocol):
    """A rule: a stable kebab-case name, a one-line description, and a check."""

    name: str
    description: str

    def check(self, attempt: Attempt) -> Verdict | None:
        """A verdict when the rule decides the attempt, else None (the next rule is asked)."""
        ...


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
