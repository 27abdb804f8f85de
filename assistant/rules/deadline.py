"""Registration closes at the end of the deadline day, local time."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import Attempt, Path


class DeadlinePassed:
    """Refuse a new place asked for after registration closed (cancellations are always allowed).

    Judged by when the message arrived, not when it is processed: a signup mailed before the
    deadline while the service was down is still in time.
    """

    name = "deadline-passed"
    description = "registration closes at the end of the deadline day (event time zone)"
    # A substitute takes over a place already held: sending a colleague instead stays possible.
    applies_to = frozenset({Path.SIGNUP, Path.CHANGE})

    def check(self, attempt: Attempt) -> Verdict | None:
        event = attempt.config.event
        if attempt.asked_at < event.deadline_end:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.REJECTED, self.name,
                       {"deadline": event.registration_deadline.isoformat()})
