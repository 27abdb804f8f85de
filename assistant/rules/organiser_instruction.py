"""An organiser's instruction by mail ("Avanmäl Per Holm från 21 september"): the organiser action it states, for
the service to carry out in the same transaction, and a short answer to her of what was done."""

from __future__ import annotations

from assistant.organiser_mail import read_instruction
from assistant.organisers import is_organiser
from assistant.rules.base import Message, Proceed, Stop, Triage


class OrganiserInstruction:
    """Mail from an organiser address whose first line states an organiser action is that action (not a request
    of hers judged as anyone's); a reply to a forward stays a reply (``OrganiserMail``)."""

    name = "organiser-instruction"
    description = ("an organiser's mail stating an action (\"Avanmäl Per Holm från 21 september\") is carried "
                   "out as her action, and she is told what was done")

    def check(self, message: Message) -> Triage | Proceed | None:
        request, words = message.request, message.organiser
        if (message.channel != "email" or request is None or words is None or message.today is None
                or message.forwarded is not None or not is_organiser(message.config, request.sender.address)):
            return None
        action = read_instruction(message.config, words.own, request.sender, message.today)
        return Triage(self.name, Stop.PROCESSED, action=action) if action is not None else None
