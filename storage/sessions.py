"""The sessions as stored: registrations counted by session key, a session's participants, and the facts
participants were last told of (``announced_sessions``). Flushes, never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.session_keys import SessionKeys
from storage.models import AnnouncedSession, OutboxMessage, Person, Registration, Status


@dataclass(frozen=True)
class Participant:
    """One person with an active registration in a session, as stored."""

    person_id: int
    name: str | None
    email: str | None
    telegram_user_id: int | None
    key: dt.date                # the session's stored key
    status: str                 # confirmed | waitlisted

    def __repr__(self) -> str:
        return f"Participant(p:{self.person_id}, {self.key}, {self.status})"


class SessionRepository:
    """Stored session keys and what was announced about them."""

    def __init__(self, session: AsyncSession, keys: SessionKeys | None = None) -> None:
        self.session = session
        self.keys = keys or SessionKeys()

    async def counts(self) -> dict[dt.date, dict[str, int]]:
        """Registrations per stored key and status (cancelled included)."""
        found = await self.session.execute(
            select(Registration.session_date, Registration.status, func.count())
            .group_by(Registration.session_date, Registration.status))
        out: dict[dt.date, dict[str, int]] = {}
        for key, status, n in found.tuples():
            out.setdefault(key, {})[status] = n
        return out

    async def participants(self, keys: Collection[dt.date]) -> list[Participant]:
        """The people holding a place or a waiting-list place under these keys (not erased), by person."""
        if not keys:
            return []
        found = await self.session.execute(
            select(Person.id, Person.name, Person.email, Person.telegram_user_id, Registration.session_date,
                   Registration.status)
            .join(Person, Registration.person_id == Person.id)
            .where(Registration.session_date.in_(list(keys)), Person.erased_at.is_(None),
                   Registration.status.in_((Status.CONFIRMED, Status.WAITLISTED)))
            .order_by(Person.id, Registration.session_date))
        return [Participant(*row) for row in found.tuples()]

    async def announced(self) -> dict[dt.date, AnnouncedSession]:
        """What participants were last told of each session, by stored key."""
        return {a.session_key: a for a in (await self.session.scalars(select(AnnouncedSession))).all()}

    async def last_sent(self) -> dict[dt.date, tuple[dt.date, str, str, str, str]]:
        """What the latest calendar entry sent for each session said (date, start, end, place, title), by stored
        key (the UID key's session id): what participants know of a session before any notice."""
        found = await self.session.execute(
            select(OutboxMessage.payload).where(OutboxMessage.payload.is_not(None))
            .order_by(OutboxMessage.created_at, OutboxMessage.id))
        out: dict[dt.date, tuple[dt.date, str, str, str, str]] = {}
        for (payload,) in found.tuples():
            for entry in (payload or {}).get("calendar") or ():
                try:
                    key = dt.date.fromisoformat(str(entry["uid_key"]).rsplit("|", 1)[1])
                    out[key] = (dt.date.fromisoformat(entry["session"]), str(entry["start"])[:5],
                                str(entry["end"])[:5], str(entry["place"]), str(entry["title"]))
                except (KeyError, IndexError, ValueError):
                    continue   # not an entry of ours
        return out

    async def announce(self, key: dt.date, date: dt.date, start: str, end: str, place: str, title: str,
                       removed: bool, now: dt.datetime) -> None:
        """Record what participants are now told of the session stored under ``key``."""
        row = await self.session.get(AnnouncedSession, key)
        if row is None:
            row = AnnouncedSession(session_key=key)
            self.session.add(row)
        row.date, row.start, row.end, row.place, row.title = date, start, end, place, title
        row.removed, row.announced_at = removed, now
        await self.session.flush()

    def __repr__(self) -> str:
        return f"SessionRepository({self.keys!r})"
