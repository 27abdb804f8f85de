"""People of one signup told apart to come to different sessions go to an organiser, who books each on their own."""

from __future__ import annotations

from assistant.request import Unsure
from assistant.rules.base import Message, Proceed, Stop, Triage


class EachOwnSessions:
    """A request holds one set of sessions: booking everyone on the union would be wrong for each, and no question
    the service can ask gives each their own; an organiser does, and the sender is told so. Nothing is booked."""

    name = "each-own-sessions"
    description = "people told apart to come to different sessions are booked by an organiser, each on their own"

    def check(self, message: Message) -> Triage | Proceed | None:
        if message.request is None or Unsure.EACH_OWN not in message.request.unsure:
            return None
        return Triage(self.name, Stop.PROCESSED, forward=True, reply="acknowledgement")
