"""The order the rules are asked in: one table, read top to bottom. A new rule is one row here."""

from __future__ import annotations

from assistant.rules.base import RequestRule, Rule
from assistant.rules.capacity import PlaceAvailable, SessionCapacity
from assistant.rules.deadline import DeadlinePassed
from assistant.rules.duplicate import AlreadyRegistered
from assistant.rules.missing_facts import NeedsName, NeedsOrganisation, NeedsSessions
from assistant.rules.quota import OrganisationQuota

# Before anything is decided: what must be asked for.
REQUEST_RULES: tuple[RequestRule, ...] = (
    NeedsName(),
    NeedsSessions(),
    NeedsOrganisation(),
)

# One person asking for a place in one session: the first rule that answers decides.
PLACE_RULES: tuple[Rule, ...] = (
    AlreadyRegistered(),     # a duplicate is answered as such, even after the deadline
    DeadlinePassed(),
    OrganisationQuota(),
    SessionCapacity(),
    PlaceAvailable(),        # always answers: the place is given
)
