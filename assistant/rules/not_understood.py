"""A message the parser could not read as any request: ask the sender, tell the organisers."""

from __future__ import annotations

from assistant.request import Intent
from assistant.rules.base import Message, Proceed, Stop, Triage


class NotUnderstood:
    """Ask the sender what they want, and forward the message to a human."""

    name = "not-understood"
    description = "a message that is no request the service knows is asked about, never guessed at"

    def check(self, message: Message) -> Triage | Proceed | None:
        if message.request is None or message.request.intent is not Intent.UNKNOWN:
            return None
        return Triage(self.name, Stop.PROCESSED, forward=True, reply="clarification")
