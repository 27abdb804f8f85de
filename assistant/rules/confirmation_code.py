"""A reply carrying a confirmation code, from the address it was sent to, confirms the stored request."""

from __future__ import annotations

from assistant.rules.base import Message, Proceed, Triage


class ConfirmationCode:
    """Go ahead with the change a registered address confirmed (the code is used up)."""

    name = "confirmation-code"
    description = "a change asked for by someone else goes ahead when the registered address sends its code back"

    def check(self, message: Message) -> Triage | Proceed | None:
        code = message.code
        if code is None or message.channel != "email" or message.reply_to is None:
            return None
        if message.reply_to.casefold() != code.confirm_to.casefold():
            return None
        return Proceed(self.name, code.request, authorised=True, redeem=code.token)
