"""Where the time comes from: injected everywhere so that no test depends on today's date."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time (tz-aware, UTC)."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        """Now, in UTC."""
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock for tests: stands still until moved."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a tz-aware datetime")
        self._at = at

    def now(self) -> dt.datetime:
        """The set time."""
        return self._at

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock forward."""
        self._at += delta

    def set(self, at: dt.datetime) -> None:
        """Put the clock at ``at``."""
        self._at = at

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"
