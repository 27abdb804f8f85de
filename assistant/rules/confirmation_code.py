"""A reply carrying a confirmation code, from the address it was sent to, asks for what the code authorises."""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.base import Message, Proceed, Triage


class ConfirmationCode:
    """Go ahead with the one action, for the one person, that a code mailed to a registered address
    authorises, as that address's own request (the code is used up)."""

    name = "confirmation-code"
    description = "a change asked for by someone else goes ahead when the registered address sends its code back"

    def check(self, message: Message) -> Triage | Proceed | None:
        code, request = message.code, message.request
        if code is None or request is None or message.channel != "email":
            return None
        address = code.confirm_to.casefold()
        if (request.sender.address or "").casefold() != address or (message.reply_to or "").casefold() != address:
            return None
        return Proceed(self.name, replace(code.request, sender=request.sender), redeem=code.token)
