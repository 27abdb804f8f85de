"""Automatic and bulk mail (auto-replies, bounces, receipts, lists) is stored and never answered."""

from __future__ import annotations

from assistant.request import Intent
from assistant.rules.base import Message, Proceed, Stop, Triage


class AutomaticMail:
    """Never answer mail a machine sent: no loops, no replies to lists."""

    name = "automatic-mail"
    description = "automatic replies, bounces, receipts and bulk or list mail are stored, never answered"

    def check(self, message: Message) -> Triage | Proceed | None:
        request = message.request
        if request is None or not (request.intent is Intent.AUTO_REPLY or request.never_answer):
            return None
        return Triage(self.name, Stop.IGNORED)
