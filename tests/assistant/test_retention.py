"""Retention (issue 12, item 8): ``retention_days`` after the last session the daily job purges raw mail,
reply texts, conversations, codes and chat ids and anonymises people, keeping the counts."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.retention import RetentionJob, due_on
from storage.database import Database
from storage.models import Conversation, Organisation, PendingConfirmation, Person, Registration
from tests.assistant.test_erasure import BO, _bo_everywhere, database_texts, traces_in
from tests.conftest import local
from tests.servers.service import prepared_service

KARIN = ("Karin Dahl", "karin.dahl@falun.se")


async def _counts(db: Database) -> list[tuple[object, ...]]:
    """Registrations per session, status and organisation: what the statistics keep."""
    async with db.sessions() as session:
        rows = await session.execute(
            select(Registration.session_date, Registration.status, Organisation.name, func.count())
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .group_by(Registration.session_date, Registration.status, Organisation.name)
            .order_by(Registration.session_date, Registration.status))
        return [tuple(r) for r in rows.all()]


async def _rows(db: Database, model: type[Conversation | PendingConfirmation]) -> int:
    async with db.sessions() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_nothing_before_the_day_everything_on_it_and_once(config: Config, clock: FixedClock,
                                                                db_url: str) -> None:
    async with prepared_service(config, db_url, clock) as (service, db):
        await _bo_everywhere(service, db, clock)
        counts = await _counts(db)
        due = due_on(config)
        assert due == dt.date(2028, 2, 22) + dt.timedelta(days=90)

        clock.set(local(due.year, due.month, due.day, 0, 0) - dt.timedelta(minutes=1))   # the evening before
        assert (await service.retain()).people == 0
        assert len(traces_in(iter(await database_texts(db)), (*BO, *KARIN))) > 10
        assert await _rows(db, Conversation) == 1 and await _rows(db, PendingConfirmation) == 1

        clock.set(local(due.year, due.month, due.day, 0, 0))
        purged = await service.retain()
        assert (purged.people, purged.messages) == (2, 3) and purged.replies >= 4
        left = traces_in(iter(await database_texts(db)), (*BO, *KARIN))
        assert not left, "\n".join(left)
        assert await _rows(db, Conversation) == 0 and await _rows(db, PendingConfirmation) == 0
        assert await _counts(db) == counts   # places per session and organisation are kept

        before = await database_texts(db)
        clock.advance(dt.timedelta(days=1))
        again = await service.retain()
        assert (again.people, again.messages, again.replies) == (0, 0, 0)
        assert await database_texts(db) == before


async def test_the_daily_job_runs_at_start_and_at_the_summary_time(config: Config, clock: FixedClock,
                                                                   sqlite_url: str) -> None:
    async with prepared_service(config, sqlite_url, clock) as (service, db):
        await _bo_everywhere(service, db, clock)
        due = due_on(config)
        clock.set(local(due.year, due.month, due.day, 6, 0) - dt.timedelta(days=1))
        stop, naps = asyncio.Event(), []

        async def sleep(seconds: float, _stop: asyncio.Event) -> None:   # the clock moves instead of time
            naps.append(seconds)
            clock.advance(dt.timedelta(seconds=seconds))
            if clock.now() > local(due.year, due.month, due.day, 12, 0):
                stop.set()

        await RetentionJob(service, sleep=sleep, max_sleep=3600).run(stop)
        async with db.sessions() as session:
            erased = (await session.scalars(select(Person.erased_at))).all()
        summary_time = local(due.year, due.month, due.day, config.summary.time.hour, config.summary.time.minute)
        assert erased and all(at == summary_time for at in erased)   # purged at the day's run, not before
