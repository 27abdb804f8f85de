"""Mass signups are held for an organiser, not booked: too many people in one message, from one sender in
a day, or for an organisation whose domains the sender's address is not in."""

from __future__ import annotations

from collections import Counter

from assistant.request import Intent
from assistant.rules.base import Message, Proceed, Stop, Triage


class MassSignup:
    """Hold a signup of many people for an organiser to release or refuse, and tell the sender it waits."""

    name = "mass-signup"
    description = ("more people than limits.max_people_per_message, limits.max_people_per_sender_per_day, or "
                   "limits.max_people_outside_own_domain for another organisation wait for an organiser")

    def check(self, message: Message) -> Triage | Proceed | None:
        request = message.request
        if request is None or request.intent is not Intent.REGISTER:
            return None
        limits = message.config.limits
        people = len(request.people)
        if (people > limits.max_people_per_message
                or message.people_today + people > limits.max_people_per_sender_per_day
                or _most_outside_own_domain(message) > limits.max_people_outside_own_domain):
            return Triage(self.name, Stop.HELD, reply="acknowledgement")
        return None


def _most_outside_own_domain(message: Message) -> int:
    """The most people the request names for one configured organisation the sender's address is not of
    (a chat, free mail or an unknown domain is of none)."""
    assert message.request is not None
    sender = message.request.sender
    address = sender.address if sender.channel == "email" and sender.address else ""
    own = message.config.organisation_for_domain(address.rpartition("@")[2]) if "@" in address else None
    counts = Counter(p.organisation for p in message.request.people
                     if p.organisation and message.config.organisation(p.organisation) is not None)
    return max((n for org, n in counts.items() if own is None or org != own.name), default=0)
