"""A mail whose sender cannot be told (no single From address, or From failing the receiving server's DMARC
check) is held for an organiser and answered nothing: no answer, and no backscatter, to a forged address."""

from __future__ import annotations

from assistant.identity import Verification
from assistant.rules.base import Message, Proceed, Stop, Triage


class UnverifiedSender:
    """Hold mail that is not shown to come from its From address (``assistant/identity.py``)."""

    name = "unverified-sender"
    description = ("mail with no single From address, or whose From fails the configured receiving server's "
                   "DMARC (or both SPF and DKIM), is held for an organiser and never answered")

    def check(self, message: Message) -> Triage | Proceed | None:
        request = message.request
        if message.channel != "email" or request is None:
            return None
        if request.sender.verification is not Verification.UNVERIFIED:
            return None
        return Triage(self.name, Stop.HELD)
