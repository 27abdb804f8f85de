"""One registration as listings, exports and the summary show it (a plain value; storage fills it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One registration for listings and exports."""

    person_id: int
    name: str | None
    email: str | None
    organisation: str | None
    diet: str | None
    session: dt.date
    status: str
    registered_at: dt.datetime
    queued_at: dt.datetime
    orphan: bool = False       # stored under a session id no configured session has (``session``: that id)

    def __repr__(self) -> str:
        return f"Row({self.name!r}, {self.session}, {self.status})"
