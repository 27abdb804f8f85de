"""Where the time comes from: injected everywhere so that no test depends on today's date."""

from __future__ import annotations

import datetime as dt
import time
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


def arrival(clock: Clock, stamped: dt.datetime | None) -> dt.datetime:
    """When a message arrived, on ``clock``: now, less how long ago its server stamped it.

    ``stamped`` is the server's own arrival time (IMAP INTERNALDATE, a Telegram message's
    date). Its age is taken on the real clock, which the server's stamp belongs to, and
    subtracted from ``clock``'s now; with the real clock that is the stamp itself. A stamp in
    the future counts as now; without one the message arrives now.
    """
    now = clock.now()
    if stamped is None:
        return now
    waited = max(0.0, time.time() - stamped.timestamp())
    return now - dt.timedelta(seconds=waited)
