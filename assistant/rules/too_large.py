"""A message over ``limits.max_message_bytes`` is stored and forwarded, never parsed."""

from __future__ import annotations

from assistant.rules.base import Message, Proceed, Stop, Triage


class TooLarge:
    """Hold a message that was too large to parse, for a human."""

    name = "too-large"
    description = "messages over limits.max_message_bytes are kept for the organisers, not parsed"

    def check(self, message: Message) -> Triage | Proceed | None:
        if message.request is not None:
            return None
        return Triage(self.name, Stop.HELD, forward=True)
