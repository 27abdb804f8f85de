"""The words people read for stored codes in listings, exports and the summary (Swedish; pure)."""

from __future__ import annotations

STATUS = {"confirmed": "bekräftad", "waitlisted": "väntelista", "cancelled": "avanmäld"}
ERASED = "(raderad)"


def status_label(status: str) -> str:
    """"bekräftad", "väntelista", "avanmäld"; a code without a word as it is."""
    return STATUS.get(status, status)


def person_name(name: str | None) -> str:
    """The name, or "(raderad)" for a person whose details were erased."""
    return name or ERASED
