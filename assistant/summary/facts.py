"""What the organisers' summary is made of: plain values that storage fills (codes, never display text).

``storage/summary.py`` reads them in one session; ``report.build_report`` turns them into a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.listing import Row


@dataclass(frozen=True)
class HistoryEntry:
    """One change since the last summary: a registration's status, or a person's details."""

    at: dt.datetime
    person_id: int
    name: str | None                   # None: erased
    organisation: str | None
    session: dt.date | None            # None for a change of details (diet, name)
    from_status: str | None
    to_status: str | None
    reason: str                        # the rule's reason code (waitlist-promotion, substituted, ...)
    intent: str | None                 # the intent of the message that caused it, if any
    diet: str | None = None

    def __repr__(self) -> str:
        return f"HistoryEntry({self.person_id}, {self.session}, {self.from_status}→{self.to_status}, {self.reason})"


#: Mail stored and never answered on purpose (a thank-you, a newsletter, a scam): listed, but nothing to do.
NOT_ANSWERED = "not-answered"


@dataclass(frozen=True)
class AttentionItem:
    """Something a human should look at, as stored; which fields are set depends on ``kind``.

    - ``held``: ``who`` the sender, ``text`` the subject, ``code`` the rule that held it (``too-large``,
      ``reply-limit``, ``mass-signup``, ``unverified-sender``, ...); listed while it is held
    - ``failed-message``: ``who`` the sender, ``text`` the last line of the error
    - ``question``: ``who`` the sender, ``text`` the question (or the subject); listed while open, and once
      more with ``code`` ``handled`` when an organiser marked it handled since the last summary
    - ``not-understood``: ``who`` the sender, ``text`` the subject
    - ``not-answered``: ``who`` the sender, ``text`` the subject (a thank-you, a newsletter, a scam: not a to-do)
    - ``pending-confirmation``: ``who`` the person's name, ``code`` the intent asked for, ``asked_by``,
      ``confirm_to`` (the address whose answer is awaited)
    - ``failed-reply``: ``who`` the recipient, ``code`` the outbox kind, ``channel``, ``text`` the server's answer
    """

    kind: str        # question | not-understood | pending-confirmation | failed-reply | held | failed-message
    at: dt.datetime
    who: str | None
    text: str | None = None
    code: str | None = None
    channel: str | None = None
    asked_by: str | None = None
    confirm_to: str | None = None

    def __repr__(self) -> str:
        return f"AttentionItem({self.kind}, {self.at:%Y-%m-%d %H:%M}, {self.who!r})"


@dataclass(frozen=True)
class HeldBack:
    """Mails of one kind the caps on sending kept from going out alone: held back (never sent), or, for
    forwards, gathered into an hour's digest (``assistant/sending_caps.py``)."""

    kind: str        # the outbox kind (confirmation, confirm-change, link-telegram, forward, ...)
    gathered: bool
    count: int


@dataclass(frozen=True)
class Refusal:
    """A place refused since the last summary: who (a name, else the address), which session, by which rule."""

    at: dt.datetime
    who: str | None
    session: dt.date | None
    reason: str          # the rule: organisation-quota, deadline-passed, max-sessions-per-person, ...

    def __repr__(self) -> str:
        return f"Refusal({self.who!r}, {self.session}, {self.reason})"


@dataclass(frozen=True)
class SummaryFacts:
    """Everything the summary is made of, read in one session."""

    now: dt.datetime
    since: dt.datetime | None          # when the last summary went out; None: never
    rows: tuple[Row, ...]              # active registrations
    history: tuple[HistoryEntry, ...]
    attention: tuple[AttentionItem, ...]
    held_back: tuple[HeldBack, ...] = ()   # since the last summary
    refusals: tuple[Refusal, ...] = ()     # since the last summary

    def __repr__(self) -> str:
        return (f"SummaryFacts({len(self.rows)} rows, {len(self.history)} changes, "
                f"{len(self.attention)} for a human, since {self.since})")
