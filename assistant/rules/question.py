"""A question goes to the organisers; the sender is told it did."""

from __future__ import annotations

from assistant.request import Intent
from assistant.rules.base import Message, Proceed, Stop, Triage


class Question:
    """Forward a question to a human and acknowledge it."""

    name = "question"
    description = "questions are answered by the organisers, not the service"

    def check(self, message: Message) -> Triage | Proceed | None:
        if message.request is None or message.request.intent is not Intent.QUESTION:
            return None
        return Triage(self.name, Stop.PROCESSED, forward=True, reply="acknowledgement")
