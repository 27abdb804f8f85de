"""At most N distinct people per organisation (by kind: three per municipality)."""

from __future__ import annotations

from assistant.decision import Outcome, Verdict
from assistant.rules.base import Attempt


class OrganisationQuota:
    """Refuse a new person from an organisation whose places are all taken, naming who holds them."""

    name = "organisation-quota"
    description = "an organisation may take part with at most its quota of distinct people"

    def check(self, attempt: Attempt) -> Verdict | None:
        organisation = attempt.holder.organisation
        quota = attempt.config.quota_for(organisation)
        if organisation is None or quota is None:
            return None
        members = attempt.book.members(organisation)
        if any(m.ref == attempt.holder.ref for m in members) or len(members) < quota:
            return None
        return Verdict(attempt.holder, attempt.session, Outcome.REJECTED, self.name,
                       {"organisation": organisation, "quota": quota,
                        "holders": [m.name or m.email or "?" for m in members]})
