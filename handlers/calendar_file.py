"""The ICS attachment of a confirmation: one event per confirmed session, stable UIDs, no ORGANIZER."""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone


def event_uid(uid_key: str, domain: str) -> str:
    """A UID stable per person and session, so an update replaces the entry instead of adding one."""
    return hashlib.sha256(uid_key.encode("utf-8")).hexdigest()[:32] + "@" + domain


#: SEQUENCE counts seconds from here: a later decision about the same person and session gets
#: a higher SEQUENCE, so a calendar client replaces its entry (e.g. marks it cancelled).
SEQUENCE_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def sequence_at(decided_at: dt.datetime) -> int:
    """The SEQUENCE of an entry decided at ``decided_at`` (never negative)."""
    return max(0, int((decided_at - SEQUENCE_EPOCH).total_seconds()))


def build_ics(entries: list[dict[str, Any]], domain: str, now: dt.datetime,
              decided_at: dt.datetime | None = None) -> bytes:
    """An iCalendar file for the entries of an outbox row's ``payload["calendar"]``.

    An entry's ``status`` is CONFIRMED or CANCELLED; ``decided_at`` (when the outbox row was
    written, default ``now``) gives the SEQUENCE, so files sent later win in the calendar.
    """
    sequence = sequence_at(decided_at or now)
    cal = Calendar()
    cal.add("prodid", "-//Anmälan//registration assistant//SV")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    for entry in entries:
        tz = ZoneInfo(entry["timezone"])
        day = dt.date.fromisoformat(entry["session"])
        ev = Event()
        ev.add("uid", event_uid(entry["uid_key"], domain))
        ev.add("dtstamp", now.astimezone(dt.UTC))
        ev.add("dtstart", dt.datetime.combine(day, dt.time.fromisoformat(entry["start"]), tzinfo=tz))
        ev.add("dtend", dt.datetime.combine(day, dt.time.fromisoformat(entry["end"]), tzinfo=tz))
        ev.add("summary", f"{entry['event']}: {entry['title']}")
        ev.add("location", entry["place"])
        ev.add("status", "CANCELLED" if entry.get("status") == "CANCELLED" else "CONFIRMED")
        ev.add("sequence", sequence)
        cal.add_component(ev)
    # RFC 5545: every TZID used needs its VTIMEZONE (Outlook shifts times without one).
    for tzid in sorted({e["timezone"] for e in entries}):
        years = [int(e["session"][:4]) for e in entries if e["timezone"] == tzid]
        cal.subcomponents.insert(0, _vtimezone(tzid, min(years) - 1, max(years) + 1))   # before the events
    ics: bytes = cal.to_ical()   # icalendar leaves to_ical() unannotated
    return ics


@lru_cache(maxsize=32)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """The zone's rules for the years around the events only (small, and built once per process)."""
    return Timezone.from_tzid(tzid, first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year, 12, 31))
