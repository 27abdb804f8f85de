"""A substitute takes over the place of the person replaced: same standing, same place in line."""

from __future__ import annotations

from assistant.booking import Standing
from assistant.decision import Outcome, Verdict
from assistant.effects import Hold
from assistant.rules.base import Attempt, Path


class TakesOverPlace:
    """Give the substitute the replaced person's place (or waiting-list place, keeping its position)."""

    name = "substitute"
    description = "a colleague sent instead takes over the place, or the place in line, of the person replaced"
    applies_to = frozenset({Path.SUBSTITUTE})

    def check(self, attempt: Attempt) -> Verdict | None:
        replaced = attempt.replacing
        if replaced is None:
            return None
        confirmed = replaced.standing is Standing.CONFIRMED
        return Verdict(attempt.holder, attempt.session, Outcome.CONFIRMED if confirmed else Outcome.WAITLISTED,
                       self.name, {"replaces": replaced.holder.name},
                       (Hold(attempt.session, replaced.standing, replaced.queued_at),))
