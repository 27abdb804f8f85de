"""A second identical signup changes nothing, and the reply says so."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import ALL_PATHS, Attempt


class AlreadyRegistered:
    """Leave an existing place or waiting-list place as it is."""

    name = "already-registered"
    description = "the person already holds a place or waiting-list place in the session"
    applies_to = ALL_PATHS

    def check(self, attempt: Attempt) -> Verdict | None:
        held = attempt.book.holding(attempt.holder, attempt.session)
        if held is None:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.UNCHANGED, self.name,
                       {"standing": held.standing.value})
