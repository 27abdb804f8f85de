"""At most ``limits.max_replies_per_address_per_day`` automatic replies go to one address a day."""

from __future__ import annotations

from assistant.rules.base import Message, Proceed, Stop, Triage


class ReplyLimit:
    """Hold a message for a human once its address has had the day's replies (a loop, or a flood)."""

    name = "reply-limit"
    description = "one address gets at most limits.max_replies_per_address_per_day automatic replies a day"

    def check(self, message: Message) -> Triage | Proceed | None:
        if message.reply_to is None:
            return None
        if message.replies_today < message.config.limits.max_replies_per_address_per_day:
            return None
        return Triage(self.name, Stop.HELD, forward=True)
