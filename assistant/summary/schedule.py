"""When the organisers' daily summary is due, to whom it goes, and the scheduler task that queues it.

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

``SummaryScheduler.run`` is the service's task: it reads through ``service.reading()`` and queues
through ``service.queue_summary`` (the one transaction; ``queueing.queue_summary`` does the work).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.config import Config

if TYPE_CHECKING:
    from assistant.service import Service
    from assistant.summary.queueing import Queued

log = logging.getLogger("anmalan.summary")

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


# -- the service's task ----------------------------------------------------------------------------

async def sleep_or_stop(seconds: float, stop: asyncio.Event) -> None:
    """Wait ``seconds``, or until ``stop`` is set (the scheduler's real sleep)."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except TimeoutError:
        pass


class SummaryScheduler:
    """Queues each day's summary at ``config.summary.time`` local time; catches up once after downtime.

    It wakes at least every ``max_sleep`` seconds, so a clock that jumps (suspend, NTP) is noticed;
    between send times it only compares instants. ``sleep(seconds, stop)`` is injectable for tests.
    """

    def __init__(self, service: Service, *, channels: set[str] | None = None,
                 on_queued: Callable[[], None] | None = None, sleep: Sleep | None = None,
                 max_sleep: float = 60.0) -> None:
        self.service = service
        self.config = service.config
        self.clock = service.clock
        self.channels = channels
        self.on_queued = on_queued
        self.sleep = sleep or sleep_or_stop
        self.max_sleep = max_sleep
        self.started_at = self.clock.now()

    async def tick(self) -> Queued | None:
        """Queue the summary that is due now, if any (safe to call any number of times)."""
        now = self.clock.now()
        async with self.service.reading() as uow:
            ever_sent = await uow.summary.ever_sent()
        day = due(now, self.config, self.started_at, ever_sent)
        if day is None or not recipients(self.config, self.channels):
            return None
        queued = await self.service.queue_summary(day, self.channels)
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
