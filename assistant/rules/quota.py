"""At most N distinct people per organisation (by kind: three per municipality)."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import ALL_PATHS, Attempt


class OrganisationQuota:
    """Refuse a new person from an organisation whose places are all taken, naming who holds them."""

    name = "organisation-quota"
    description = "an organisation may take part with at most its quota of distinct people"
    applies_to = ALL_PATHS   # a substitute counts instead of the person replaced

    def check(self, attempt: Attempt) -> Verdict | None:
        organisation = attempt.holder.organisation
        quota = attempt.config.quota_for(organisation)
        if organisation is None or quota is None:
            return None
        replaced = attempt.replacing.holder.ref if attempt.replacing is not None else None
        members = tuple(m for m in attempt.book.members(organisation) if m.ref != replaced)
        if any(m.ref == attempt.holder.ref for m in members) or len(members) < quota:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.REJECTED, self.name,
                       {"organisation": organisation, "quota": quota,
                        "holders": [m.name or m.email or "?" for m in members]})
