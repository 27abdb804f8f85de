"""Who may change a person's registrations: only what they hold, and only the person, whoever registered
them, or someone the registered address confirmed (a code mailed there)."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import Concern


class NotRegistered:
    """Say so when the person holds nothing to cancel or change."""

    name = "not-registered"
    description = "a cancellation or change needs a registration to act on"

    def check(self, concern: Concern) -> Verdict | None:
        if concern.held:
            return None
        return Verdict(concern.holder, None, Outcome.NOT_REGISTERED, self.name)


class SenderMayChange:
    """Ask the registered address first when someone else asks to change a person's registrations."""

    name = "sender-not-registrant"
    description = "only the person, whoever registered them, or a confirmed request may change a registration"

    def check(self, concern: Concern) -> Verdict | None:
        if concern.authorised or _may_change(concern):
            return None
        holder = concern.holder
        return Verdict(holder, None, Outcome.NEEDS_CONFIRMATION, self.name,
                       {"confirm_to": holder.email or holder.registered_by})


def _may_change(concern: Concern) -> bool:
    sender, holder = concern.request.sender, concern.holder
    if sender.channel == "email" and sender.address:
        address = sender.address.casefold()
        return address in {(holder.email or "").casefold(), (holder.registered_by or "").casefold()}
    if sender.channel == "telegram":
        return holder.telegram_user_id is not None and str(holder.telegram_user_id) == sender.address
    return False
