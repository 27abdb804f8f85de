"""Mail from an organiser address is an organiser's instruction or reply, never her own signup by accident."""

from __future__ import annotations

import re

from assistant.organisers import is_organiser
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Person
from assistant.rules.base import Message, Proceed, Relay, Stop, Triage

#: Asking in so many words to be registered oneself ("anmäl mig", "jag vill anmäla mig själv", "sign me up"),
#: on folded text (no diacritics); not "anmäl mig inte".
_OWN_SIGNUP = re.compile(
    r"\b(?:anmal|anmaler|anmala|boka|bokar|skriv upp|registrera|registrerar)\s+(?:aven\s+|ocksa\s+)?mig\b"
    r"(?!\s+(?:inte|ej)\b)"
    r"|\b(?:register|sign up|book|enrol|enroll)\s+me\b|\bsign me up\b"
    r"|\bi(?:'d| would| want to| wish to| will)?\s+(?:like to\s+)?(?:register|sign up)\s+(?:myself|for)\b")
#: What a request can do for people other than the sender: an organiser action (rules of their own).
_ACTIONS = (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE, Intent.ERASURE)


class OrganiserMail:
    """Relay an organiser's answer to a forward to the person who asked; hold her other mail for a human,
    unless it is her own signup asked for in so many words, our question's answer, or an action for others."""

    name = "organiser-mail"
    description = ("an organiser's reply to a forward goes to the person who asked; her other mail is never "
                   "taken as her own signup unless she asks for it in so many words")

    def check(self, message: Message) -> Triage | Proceed | None:
        request = message.request
        if message.channel != "email" or request is None or not is_organiser(message.config, request.sender.address):
            return None
        words = message.organiser
        if message.forwarded is not None:
            if words is None or not words.text:
                return Triage(self.name, Stop.HELD)
            direct = (message.forwarded.to or "").casefold() in words.recipients
            return Triage(self.name, Stop.PROCESSED, relay=Relay(message.forwarded, words.text, direct))
        if message.asked is not None or message.answering:
            return None   # she answers our own question to her
        if _for_others(request):
            return None   # an organiser action for other people
        if words is not None and _OWN_SIGNUP.search(fold(words.own)):
            return None   # her own signup, asked for in so many words
        return Triage(self.name, Stop.HELD)


def _for_others(request: ParsedRequest) -> bool:
    """Whether the request is about someone other than its sender (another address, or another name)."""
    sender = request.sender

    def other(person: Person) -> bool:
        if person.email:
            return person.email.casefold() != (sender.address or "").casefold()
        return bool(person.name) and fold(person.name or "") != fold(sender.name or "")

    return request.intent in _ACTIONS and any(other(p) for p in request.people)
