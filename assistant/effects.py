"""What a decision changes, as typed effects storage applies (it never reads reason codes or facts).

A verdict carries the effects of its outcome: a place held (or queued at a position in time), a place
given up, a waiting-list place turned into a place, a person's details changed, a change that waits for
the registered address's code. A verdict that changes nothing (a refusal, a duplicate) carries none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.booking import Standing
from assistant.request import ParsedRequest


@dataclass(frozen=True)
class Hold:
    """The holder takes a place or a waiting-list place in ``session``.

    ``queued_at``: the place in line, when it is inherited (a substitute keeps the queue position of
    the person replaced); None means now.
    """

    session: dt.date
    standing: Standing
    queued_at: dt.datetime | None = None


@dataclass(frozen=True)
class Release:
    """The holder gives up the place (or waiting-list place) in ``session``."""

    session: dt.date


@dataclass(frozen=True)
class Promote:
    """The holder's waiting-list place in ``session`` becomes a place."""

    session: dt.date


@dataclass(frozen=True)
class UpdateDetails:
    """The holder's stored details change; None leaves a field as it is (``clear_diet``: the diet recorded goes)."""

    name: str | None = None
    email: str | None = None
    diet: str | None = None
    clear_diet: bool = False


@dataclass(frozen=True)
class AskConfirmation:
    """Nothing changes yet: a single-use code goes to ``address``, and sent back from there it carries
    out ``request``, narrowed to this one person and this one action."""

    address: str
    request: ParsedRequest


Effect = Hold | Release | Promote | UpdateDetails | AskConfirmation
