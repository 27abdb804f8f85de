"""``assistant sessions``: the configured sessions against what is stored, and the notice to participants of
a session whose date, time or place changed in the config (or that was removed from it). Pure: stored facts
in, a table or replies out; ``Service.notify_sessions`` runs it in one unit of work.

A session's registrations are stored under its ``id``. What participants were last told of it is recorded
when a notice goes out (``announced_sessions``); before the first notice, it is what the latest calendar
entry sent for the session said (the outbox), and lacking one, its id's date with its configured time and
place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tabulate import tabulate

from assistant.composing import _first_name
from assistant.config import Config, Event, Session
from assistant.control_chars import escape_controls
from assistant.outgoing import Reply
from assistant.replies import Replies, long_date, short_date

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork

#: A removed session announced before nothing was recorded: its times are not known.
_UNKNOWN_TIMES = ("00:00", "23:59")


@dataclass(frozen=True)
class Facts:
    """What participants are told of a session: when and where."""

    date: dt.date
    start: str
    end: str
    place: str
    title: str

    @classmethod
    def of(cls, session: Session) -> Facts:
        """A configured session's facts."""
        return cls(session.date, session.start.strftime("%H:%M"), session.end.strftime("%H:%M"),
                   session.place, session.title)


@dataclass(frozen=True)
class Announced:
    """What was last announced of a session (``announced_sessions``), and whether its cancellation went out."""

    facts: Facts
    removed: bool = False


@dataclass(frozen=True)
class SessionChange:
    """A session whose facts differ from what its participants were told: ``now`` None when it was removed."""

    key: dt.date
    before: Facts
    now: Facts | None

    @property
    def removed(self) -> bool:
        """Whether the session is no longer in the config."""
        return self.now is None

    def __repr__(self) -> str:
        return f"SessionChange({self.key}, {self.before.date} → {self.now.date if self.now else 'removed'})"


def changes(event: Event, announced: Mapping[dt.date, Announced], active_keys: set[dt.date]) -> list[SessionChange]:
    """The sessions to announce: configured ones whose facts changed, and removed ones still holding people."""
    out = []
    for s in event.sessions:
        now = Facts.of(s)
        before = announced[s.key].facts if s.key in announced else Facts(s.key, now.start, now.end, now.place,
                                                                          now.title)
        if before != now:
            out.append(SessionChange(s.key, before, now))
    configured = {s.key for s in event.sessions}
    for key in sorted(active_keys - configured):
        last = announced.get(key)
        if last is None:
            out.append(SessionChange(key, Facts(key, *_UNKNOWN_TIMES, "", ""), None))
        elif not last.removed:
            out.append(SessionChange(key, last.facts, None))
    return out


def table(config: Config, counts: Mapping[dt.date, Mapping[str, int]],
          announced: Mapping[dt.date, Announced]) -> str:
    """The configured sessions (by id: held when and where now, stored counts, whether participants still
    need to be told of a change) and the stored ids no session has."""
    active = {k for k, c in counts.items() if c.get("confirmed") or c.get("waitlisted")}
    pending = {c.key: c for c in changes(config.event, announced, active)}
    rows = []
    for s in config.event.sessions:
        c = counts.get(s.key, {})
        change = pending.get(s.key)
        state = f"changed since last told ({_moved(change)}): run 'assistant sessions notify'" if change else "as told"
        rows.append([s.id, f"{s.date} {s.start:%H:%M}-{s.end:%H:%M}", escape_controls(s.place),
                     c.get("confirmed", 0), c.get("waitlisted", 0), c.get("cancelled", 0), state])
    out = [str(tabulate(rows, headers=["id", "held", "place", "confirmed", "waitlisted", "cancelled", "participants"]))]
    orphans = sorted(set(counts) - {s.key for s in config.event.sessions})
    if orphans:
        out += ["", "ORPHANS: stored under an id no configured session has (give the moved session this id back):"]
        out.append(str(tabulate(
            [[k.isoformat(), counts[k].get("confirmed", 0), counts[k].get("waitlisted", 0),
              counts[k].get("cancelled", 0),
              "told it is cancelled" if k in announced and announced[k].removed else
              "cancellation not sent: run 'assistant sessions notify'" if k in pending else "nobody active"]
             for k in orphans], headers=["stored id", "confirmed", "waitlisted", "cancelled", "participants"])))
    return "\n".join(out) + "\n"


def _moved(change: SessionChange) -> str:
    b, n = change.before, change.now
    assert n is not None
    parts = [f"{label} {x} -> {y}" for label, x, y in (("date", b.date, n.date), ("time", f"{b.start}-{b.end}",
             f"{n.start}-{n.end}"), ("place", b.place, n.place), ("title", b.title, n.title)) if x != y]
    return escape_controls("; ".join(parts))


@dataclass(frozen=True)
class Told:
    """One participant's news: the changes of their sessions, and whether they hold a place (a calendar entry)."""

    person_id: int
    name: str | None
    email: str | None
    telegram_user_id: int | None
    sessions: tuple[tuple[SessionChange, bool], ...]   # (change, confirmed)


def notice(config: Config, replies: Replies, told: Told) -> Reply | None:
    """The one notice to a participant of their changed or removed sessions, with the updated calendar
    entries (same UID as their confirmation's, a later SEQUENCE: the outbox row's time); None without an
    address or a Telegram account."""
    lang = config.event.language
    lines = [_line(change, lang) for change, _ in told.sessions]
    entries = [_entry(config, told, change) for change, confirmed in told.sessions if confirmed]
    text = replies.render("session_change", lang, name=_first_name(told.name), lines=lines, calendar=bool(entries))
    if told.email:
        return Reply("email", "session-change", told.email, replies.subject("session_change", lang), text,
                     replies.html(text, lang), payload={"calendar": entries} if entries else {})
    if told.telegram_user_id:
        return Reply("telegram", "session-change", str(told.telegram_user_id), None, text,
                     payload={"calendar": entries} if entries else {})
    return None


def _line(change: SessionChange, lang: str) -> dict[str, Any]:
    """What the template says of one change: the date participants know it by, and where it is now."""
    now = change.now
    return {"before": short_date(change.before.date, lang), "removed": now is None,
            "when": _when(now, lang) if now else "", "place": now.place if now else ""}


def _when(facts: Facts, lang: str) -> str:
    if lang == "sv":
        return f"{long_date(facts.date, lang)} kl. {facts.start.replace(':', '.')}–{facts.end.replace(':', '.')}"
    return f"{long_date(facts.date, lang)} at {facts.start}–{facts.end}"


def _entry(config: Config, told: Told, change: SessionChange) -> dict[str, Any]:
    """The calendar entry: the UID key of the confirmation's entry (address or person, and the session id)."""
    facts = change.now or change.before
    person_key = told.email or f"p:{told.person_id}"
    return {"session": facts.date.isoformat(), "start": facts.start, "end": facts.end,
            "timezone": config.event.timezone, "place": facts.place, "title": facts.title,
            "event": config.event.name, "person": told.name, "uid_key": f"{person_key}|{change.key.isoformat()}",
            "status": "CANCELLED" if change.removed else "CONFIRMED"}



async def told_before(uow: UnitOfWork) -> dict[dt.date, Announced]:
    """What participants were last told of each session: the last notice, else the last calendar entry sent."""
    told = {k: Announced(Facts(*facts)) for k, facts in (await uow.sessions.last_sent()).items()}
    told.update({k: Announced(Facts(a.date, a.start, a.end, a.place, a.title), a.removed)
                 for k, a in (await uow.sessions.announced()).items()})
    return told


@dataclass(frozen=True)
class Announcement:
    """What ``assistant sessions notify`` found changed and the notices it queued (or would queue)."""

    changes: tuple[SessionChange, ...]
    notices: tuple[Reply, ...]

    def __repr__(self) -> str:
        return f"Announcement({len(self.changes)} changes, {len(self.notices)} notices)"


async def announce(uow: UnitOfWork, config: Config, replies: Replies, now: dt.datetime) -> Announcement:
    """On the caller's unit of work: the notices for every session changed or removed since participants were
    last told, one per person, and the sessions recorded as told now (so a second run finds nothing)."""
    repo = uow.sessions
    announced = await told_before(uow)
    counts = await repo.counts()
    found = changes(config.event, announced, {k for k, c in counts.items() if c.get("confirmed") or c.get("waitlisted")})
    by_key = {c.key: c for c in found}
    people: dict[int, list[tuple[SessionChange, bool]]] = {}
    who: dict[int, Told] = {}
    for p in await repo.participants(by_key):
        people.setdefault(p.person_id, []).append((by_key[p.key], p.status == "confirmed"))
        who[p.person_id] = Told(p.person_id, p.name, p.email, p.telegram_user_id, ())
    notices = []
    for pid, sessions in people.items():
        reply = notice(config, replies, dataclasses.replace(who[pid], sessions=tuple(sessions)))
        if reply is not None:
            notices.append(reply)
    for s in config.event.sessions:
        f = Facts.of(s)
        await repo.announce(s.key, f.date, f.start, f.end, f.place, f.title, False, now)
    for c in found:
        if c.removed:
            b = c.before
            await repo.announce(c.key, b.date, b.start, b.end, b.place, b.title, True, now)
    return Announcement(tuple(found), tuple(notices))
