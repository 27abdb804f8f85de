"""Retention: ``privacy.retention_days`` after the last session, what the service keeps of people goes.

``purge`` works in the caller's unit of work (``Service.retain`` opens it and commits): once the day is
due it wipes every raw message and its parse (and the chat ids in their sources), the text and recipient
of every reply that is no longer to be sent, all conversations and all codes, and anonymises every person
(name, address, Telegram id, diet, registrant). What stays, for the statistics: the people as numbered rows
with their organisation, their registrations per session with status and dates, the history of changes,
and the rows of messages and replies (kind, state, dates). Running it again changes nothing.

``RetentionJob`` is the service's daily task (at ``summary.time``, and once at start, so a service that
was down on the day catches up); the Maildir's copies of what was wiped go after the commit
(``Service.forget_files``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.config import Config
from assistant.summary.schedule import Sleep, next_run, sleep_or_stop

if TYPE_CHECKING:
    from assistant.service import Service
    from storage.unit_of_work import UnitOfWork

log = logging.getLogger("anmalan.retention")


@dataclass(frozen=True)
class Purged:
    """What one run of the job did (zeros before the day, and on a second run)."""

    due: dt.date
    messages: int = 0
    replies: int = 0
    people: int = 0


def due_on(config: Config) -> dt.date:
    """The first day of the purge: ``retention_days`` after the last session."""
    return max(s.date for s in config.event.sessions) + dt.timedelta(days=config.privacy.retention_days)


async def purge(uow: UnitOfWork, config: Config, now: dt.datetime) -> Purged:
    """Purge and anonymise once the day is due (local time); nothing before it."""
    due = due_on(config)
    if now.astimezone(config.event.tz).date() < due:
        return Purged(due)
    messages = await uow.inbound.forget_all()
    replies = await uow.outbox.forget_sent()
    await uow.conversations.forget_all()
    await uow.confirmations.forget_all()
    people = await uow.registrations.anonymise_all(now)
    purged = Purged(due, messages, replies, people)
    if messages or replies or people:
        log.info("retention (%d days after the last session): %d messages and %d replies wiped, %d people "
                 "anonymised", config.privacy.retention_days, messages, replies, people)
    return purged


class RetentionJob:
    """Runs ``Service.retain`` at start and then daily at ``summary.time``; ``sleep`` is injectable for tests."""

    def __init__(self, service: Service, *, sleep: Sleep | None = None, max_sleep: float = 600.0) -> None:
        self.service = service
        self.sleep = sleep or sleep_or_stop
        self.max_sleep = max_sleep

    async def run(self, stop: asyncio.Event) -> None:
        """Until ``stop``: a run now, then one at each day's send time."""
        clock, config = self.service.clock, self.service.config
        target = clock.now()
        while not stop.is_set():
            now = clock.now()
            if now >= target:
                try:
                    await self.service.retain()
                    target = next_run(clock.now(), config)
                except Exception:
                    log.exception("the retention job failed; trying again in %.0f s", self.max_sleep)
                    target = now + dt.timedelta(seconds=self.max_sleep)
            await self.sleep(min(self.max_sleep, max(0.0, (target - now).total_seconds())), stop)
