"""A full session puts newcomers on its waiting list, first come first served."""

from __future__ import annotations

from assistant.booking import Standing
from assistant.decision import Outcome, Verdict
from assistant.effects import Hold
from assistant.rules.base import Attempt, Path


class SessionCapacity:
    """Waitlist the person when every place in the session is taken."""

    name = "session-full"
    description = "a session holds at most its capacity; the rest wait in line"
    applies_to = frozenset({Path.SIGNUP, Path.CHANGE})   # a substitute takes over a place already held

    def check(self, attempt: Attempt) -> Verdict | None:
        session = attempt.config.event.session_on(attempt.session)
        if session is None:
            return None
        if attempt.book.confirmed_count(attempt.session) < session.capacity:
            return None
        position = attempt.book.waitlist_length(attempt.session) + 1
        return Verdict(attempt.holder, attempt.session, Outcome.WAITLISTED, self.name,
                       {"position": position, "capacity": session.capacity},
                       (Hold(attempt.session, Standing.WAITLISTED),))


class PlaceAvailable:
    """Give the place: the last rule, reached when nothing stood in the way."""

    name = "place-available"
    description = "a place is free and nothing else stands in the way"
    applies_to = frozenset({Path.SIGNUP, Path.CHANGE})

    def check(self, attempt: Attempt) -> Verdict | None:
        return Verdict(attempt.holder, attempt.session, Outcome.CONFIRMED, self.name,
                       effects=(Hold(attempt.session, Standing.CONFIRMED),))
