"""The organisers' daily summary: when it is due, queueing it once per organiser and day, and the scheduler.

Timing is pure and takes the moment as an argument (tests never sleep until 07:00):

- ``send_instant(day)``: ``config.summary.time`` on ``day`` in the event's zone, as UTC. A time that
  does not exist that day (a spring-forward gap) is the instant the gap ends; an ambiguous one
  (autumn) is its first occurrence.
- ``latest_slot(now)`` / ``next_run(after)``: the last send instant at or before ``now``, the first
  after ``after``.
- ``due(now, started_at, ever_sent)``: the day whose summary should exist by ``now``: the latest
  slot, if the service was running at that instant, or if summaries have been sent before (a
  service that was down at the hour catches up once when it starts — only the latest day, never
  one per missed day). A first start on a fresh database waits for the next send time.

``queue_summary`` writes, in one transaction, a ``SummaryRun`` per recipient and day (unique:
``INSERT ... ON CONFLICT DO NOTHING``) and the outbox rows, so a restart, a second instance or
``assistant summary --send`` never sends a day twice. ``SummaryScheduler.run`` is the service's task.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from assistant.clock import Clock
from assistant.config import Config
from assistant.exporting import to_csv, to_xlsx
from assistant.listing import Row
from assistant.outgoing import Reply
from assistant.summary_render import (
    one_line,
    render_html,
    render_quiet_html,
    render_telegram,
    render_text,
    subject,
)
from assistant.summary_report import Report, build_report
from storage.database import Database
from storage.outbox import OutboxRepository
from storage.registrations import RegistrationRepository
from storage.summary import SummaryRepository

log = logging.getLogger("anmalan.summary")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Sleep = Callable[[float, asyncio.Event], Awaitable[None]]


# -- when ------------------------------------------------------------------------------------------

def send_instant(day: dt.date, config: Config) -> dt.datetime:
    """When ``day``'s summary is due (UTC). Going through UTC resolves DST gaps and folds."""
    local = dt.datetime.combine(day, config.summary.time, tzinfo=config.event.tz)
    return local.astimezone(dt.UTC)


def latest_slot(now: dt.datetime, config: Config) -> tuple[dt.date, dt.datetime]:
    """The day and instant of the latest send time at or before ``now``."""
    day = now.astimezone(config.event.tz).date()
    at = send_instant(day, config)
    if at > now:
        day -= dt.timedelta(days=1)
        at = send_instant(day, config)
    return day, at


def next_run(after: dt.datetime, config: Config) -> dt.datetime:
    """The first send instant strictly after ``after`` (UTC)."""
    day = after.astimezone(config.event.tz).date()
    at = send_instant(day, config)
    while at <= after:
        day += dt.timedelta(days=1)
        at = send_instant(day, config)
    return at


def due(now: dt.datetime, config: Config, started_at: dt.datetime, ever_sent: bool) -> dt.date | None:
    """The day whose summary should have gone out by ``now``, or None (see the module docstring)."""
    day, at = latest_slot(now, config)
    return day if at >= started_at or ever_sent else None


# -- who -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Recipient:
    """One organiser on one channel."""

    channel: str      # "email" | "telegram"
    address: str      # e-mail address, or Telegram chat id as text

    @property
    def key(self) -> str:
        """The name in ``summary_runs.recipient``: ``email:a@b.se`` / ``telegram:123``."""
        return f"{self.channel}:{self.address}"


def summary_channels(config: Config) -> set[str]:
    """The channels the service can send on with this config."""
    channels = set()
    if config.channels.maildir.enabled or config.channels.smtp.enabled:
        channels.add("email")
    if config.channels.telegram.enabled:
        channels.add("telegram")
    return channels


def recipients(config: Config, channels: set[str] | None = None) -> list[Recipient]:
    """Every organiser on every channel that can send (e-mail only, Telegram only, or both)."""
    channels = summary_channels(config) if channels is None else channels
    out = []
    if "email" in channels:
        out += [Recipient("email", address) for address in config.organisers.emails]
    if "telegram" in channels:
        out += [Recipient("telegram", str(chat)) for chat in config.organisers.telegram_ids]
    return out


# -- what ------------------------------------------------------------------------------------------

def attachment(filename: str, content_type: str, data: bytes) -> dict[str, str]:
    """An e-mail attachment as an outbox payload entry (plain JSON)."""
    return {"filename": filename, "content_type": content_type, "data_b64": base64.b64encode(data).decode()}


def summary_reply(config: Config, report: Report, rows: list[Row], recipient: Recipient) -> Reply:
    """The outbox row for one organiser: the full summary, or one line on a quiet day."""
    if recipient.channel == "telegram":
        return Reply("telegram", "summary", recipient.address, None, render_telegram(report))
    domain = _mail_domain(config)
    headers = {"Message-ID": f"<summary.{report.day.isoformat()}.{uuid.uuid4().hex}@{domain}>"}
    if report.quiet:
        return Reply("email", "summary", recipient.address, subject(report), one_line(report),
                     render_quiet_html(report), headers)
    stem = f"deltagare-{report.day.isoformat()}"
    files = [attachment(f"{stem}.xlsx", XLSX, to_xlsx(rows, config)),
             attachment(f"{stem}.csv", "text/csv; charset=utf-8", to_csv(rows, config))]
    return Reply("email", "summary", recipient.address, subject(report), render_text(report),
                 render_html(report, config.templates_dir), headers, {"attachments": files})


def _mail_domain(config: Config) -> str:
    smtp = config.channels.smtp
    address = smtp.from_address if smtp.enabled else config.channels.maildir.address
    return address.partition("@")[2] or "anmalan.local"


@dataclass(frozen=True)
class Queued:
    """What ``queue_summary`` did."""

    day: dt.date
    queued: tuple[str, ...]       # recipient keys given an outbox row
    already: tuple[str, ...]      # recipient keys whose summary for the day was recorded before
    quiet: bool = False

    def __repr__(self) -> str:
        return f"Queued({self.day}, queued={list(self.queued)}, already={list(self.already)}, quiet={self.quiet})"


async def preview(config: Config, db: Database, now: dt.datetime) -> Report:
    """The summary as it would be now (since the last one sent); records nothing."""
    async with db.sessions() as session:
        repo = SummaryRepository(session)
        facts = await repo.facts(now, await repo.last_sent_at())
    return build_report(config, facts)


async def queue_summary(config: Config, db: Database, now: dt.datetime, day: dt.date,
                        channels: set[str] | None = None, record: bool = True) -> Queued:
    """Queue ``day``'s summary for every organiser not yet given it, recorded in the same transaction.

    ``record=False`` queues an extra copy for everyone without recording it (``--send --force``).
    On a quiet day with ``send_when_nothing_happened = false`` the day is recorded, nothing queued.
    """
    targets = recipients(config, channels)
    async with db.sessions() as session, session.begin():
        repo = SummaryRepository(session)
        done = await repo.recorded(day) if record else set()
        todo = [r for r in targets if r.key not in done]
        already = tuple(r.key for r in targets if r.key in done)
        if not todo:
            return Queued(day, (), already)
        facts = await repo.facts(now, await repo.last_sent_at())
        report = build_report(config, facts, day)
        rows = list(facts.rows)
        skip = report.quiet and not config.summary.send_when_nothing_happened
        outbox = OutboxRepository(session)
        queued = []
        for recipient in todo:
            if record and not await repo.claim(recipient.key, day, now):
                already += (recipient.key,)     # another instance got there first
                continue
            if not skip:
                await outbox.add(summary_reply(config, report, rows, recipient), None, now)
                queued.append(recipient.key)
    log.info("summary for %s: queued for %s%s", day, ", ".join(queued) or "nobody",
             " (quiet day)" if report.quiet else "")
    return Queued(day, tuple(queued), already, report.quiet)


async def export_document(config: Config, db: Database, now: dt.datetime) -> tuple[str, bytes]:
    """The participant list as XLSX for Telegram's ``/export``: (filename, bytes)."""
    async with db.sessions() as session:
        rows = await RegistrationRepository(session).rows()
    day = now.astimezone(config.event.tz).date()
    return f"deltagare-{day.isoformat()}.xlsx", to_xlsx(rows, config)


async def export_reply(config: Config, db: Database, chat_id: int, now: dt.datetime) -> Reply:
    """An outbox reply that sends the XLSX to a Telegram chat (the telegram sender's ``document``)."""
    filename, data = await export_document(config, db, now)
    return Reply("telegram", "export", str(chat_id), None, "Deltagarlistan som Excel-fil:",
                 payload={"document": {"filename": filename, "base64": base64.b64encode(data).decode(),
                                       "caption": config.event.name[:1000]}})


# -- the service's task ----------------------------------------------------------------------------

async def _sleep_or_stop(seconds: float, stop: asyncio.Event) -> None:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        pass


class SummaryScheduler:
    """Queues each day's summary at ``config.summary.time`` local time; catches up once after downtime.

    It wakes at least every ``max_sleep`` seconds, so a clock that jumps (suspend, NTP) is noticed;
    between send times it only compares instants. ``sleep(seconds, stop)`` is injectable for tests.
    """

    def __init__(self, config: Config, db: Database, clock: Clock, *, channels: set[str] | None = None,
                 on_queued: Callable[[], None] | None = None, sleep: Sleep | None = None,
                 max_sleep: float = 60.0) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self.channels = channels
        self.on_queued = on_queued
        self.sleep = sleep or _sleep_or_stop
        self.max_sleep = max_sleep
        self.started_at = clock.now()

    async def tick(self) -> Queued | None:
        """Queue the summary that is due now, if any (safe to call any number of times)."""
        now = self.clock.now()
        async with self.db.sessions() as session:
            ever_sent = await SummaryRepository(session).ever_sent()
        day = due(now, self.config, self.started_at, ever_sent)
        if day is None or not recipients(self.config, self.channels):
            return None
        queued = await queue_summary(self.config, self.db, now, day, self.channels)
        if queued.queued and self.on_queued is not None:
            self.on_queued()
        return queued

    async def run(self, stop: asyncio.Event) -> None:
        """Until ``stop``: a tick at start (the catch-up), then one at each send time."""
        self.started_at = self.clock.now()
        target = self.started_at
        log.info("daily summary at %s %s", self.config.summary.time.strftime("%H:%M"), self.config.event.timezone)
        while not stop.is_set():
            now = self.clock.now()
            if now >= target:
                try:
                    await self.tick()
                    now = self.clock.now()
                    target = next_run(now, self.config)
                except Exception:
                    log.exception("queueing the daily summary failed; trying again in %.0f s", self.max_sleep)
                    target = now + dt.timedelta(seconds=self.max_sleep)
            await self.sleep(min(self.max_sleep, max(0.0, (target - now).total_seconds())), stop)
