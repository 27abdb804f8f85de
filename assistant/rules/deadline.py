"""Registration closes at the end of the deadline day, local time."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import Attempt


class DeadlinePassed:
    """Refuse a new place once registration has closed (cancellations are always allowed)."""

    name = "deadline-passed"
    description = "registration closes at the end of the deadline day (event time zone)"

    def check(self, attempt: Attempt) -> Verdict | None:
        event = attempt.config.event
        if attempt.now < event.deadline_end:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.REJECTED, self.name,
                       {"deadline": event.registration_deadline.isoformat()})
