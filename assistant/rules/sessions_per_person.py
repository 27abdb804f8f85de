"""An optional cap on how many sessions one person may hold (``event.max_sessions_per_person``)."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import ALL_PATHS, Attempt


class MaxSessionsPerPerson:
    """Refuse a further session to a person who already holds the most one person may."""

    name = "max-sessions-per-person"
    description = "one person may hold at most event.max_sessions_per_person sessions (places or waiting-list places)"
    applies_to = ALL_PATHS

    def check(self, attempt: Attempt) -> Verdict | None:
        limit = attempt.config.event.max_sessions_per_person
        if limit is None or len(attempt.book.of(attempt.holder)) < limit:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.REJECTED, self.name, {"limit": limit})
