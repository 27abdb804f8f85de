"""Facts without which nothing can be registered: who, from where, for which sessions."""

from __future__ import annotations

from assistant.request import Intent
from assistant.rules.base import Asking


class NeedsName:
    """Ask for the name when a person in the request has none."""

    name = "needs-name"
    description = "every person registered must have a name"

    def missing(self, asking: Asking) -> str | None:
        people = asking.request.people
        if not people or any(not (p.name or "").strip() for p in people):
            return "name"
        return None


class NeedsOrganisation:
    """Ask once for the organisation when it could not be told (an answer without one is accepted)."""

    name = "needs-organisation"
    description = "the organisation decides the quota; ask once when it is unknown"

    def missing(self, asking: Asking) -> str | None:
        if asking.answering_question:
            return None
        if any(p.organisation is None for p in asking.request.people):
            return "organisation"
        return None


class NeedsSessions:
    """Ask which sessions when dates were named but none is a session of the event."""

    name = "needs-sessions"
    description = "named dates must be sessions of the event"

    def missing(self, asking: Asking) -> str | None:
        req = asking.request
        if req.intent is Intent.REGISTER and req.sessions_named and not req.sessions:
            return "sessions"
        return None
