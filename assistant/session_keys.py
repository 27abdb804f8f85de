"""Where stored registrations meet the configured sessions (pure).

A registration is stored under its session's ``id`` (the date the session was first configured on); the
rules, replies and listings know a session by the date it is held on now. A session moved in the config
keeps its id, so its registrations follow it. A stored key no configured session has is an orphan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from assistant.config import Event


@dataclass(frozen=True)
class SessionKeys:
    """The configured sessions' stored keys and dates; without an event, every key is its own date."""

    configured: bool = False
    _stored: Mapping[dt.date, dt.date] = field(default_factory=dict)   # date now → stored key
    _held: Mapping[dt.date, dt.date] = field(default_factory=dict)     # stored key → date now

    @classmethod
    def of(cls, event: Event) -> SessionKeys:
        """The keys of ``event``'s sessions."""
        return cls(True, {s.date: s.key for s in event.sessions}, {s.key: s.date for s in event.sessions})

    def stored(self, day: dt.date) -> dt.date:
        """The key a session held on ``day`` is stored under."""
        return self._stored.get(day, day)

    def held(self, key: dt.date) -> dt.date | None:
        """The date the session stored under ``key`` is held on now; None for an orphan."""
        return self._held.get(key) if self.configured else key

    def __repr__(self) -> str:
        moved = {k: d for k, d in self._held.items() if k != d}
        return f"SessionKeys(moved={moved})" if self.configured else "SessionKeys(as stored)"
