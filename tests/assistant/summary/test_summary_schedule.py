"""When the daily summary goes out: 07:00 Stockholm time every day, across both DST changes, with an
injected clock and an injected sleep (no test waits for 07:00), and the catch-up rule after downtime.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.service import Service
from assistant.summary.schedule import (
    SummaryScheduler,
    due,
    latest_slot,
    next_run,
    send_instant,
    sleep_or_stop,
)
from storage.database import open_database
from storage.models import OutboxMessage, SummaryRun
from tests.assistant.summary.test_summary_world import World, small_config
from tests.conftest import STOCKHOLM, local

UTC = dt.UTC


def _at(config: Config, hour: int, minute: int = 0) -> Config:
    return config.model_copy(update={"summary": config.summary.model_copy(update={"time": dt.time(hour, minute)})})


def test_seven_o_clock_local_on_both_dst_change_days(config: Config) -> None:
    # Spring forward (2027-03-28): 07:00 is CEST, 05:00 UTC; the day before it was 06:00 UTC.
    assert send_instant(dt.date(2027, 3, 27), config) == dt.datetime(2027, 3, 27, 6, 0, tzinfo=UTC)
    assert send_instant(dt.date(2027, 3, 28), config) == dt.datetime(2027, 3, 28, 5, 0, tzinfo=UTC)
    # Fall back (2027-10-31): 07:00 is CET again, 06:00 UTC.
    assert send_instant(dt.date(2027, 10, 30), config) == dt.datetime(2027, 10, 30, 5, 0, tzinfo=UTC)
    assert send_instant(dt.date(2027, 10, 31), config) == dt.datetime(2027, 10, 31, 6, 0, tzinfo=UTC)


def test_next_run_is_23_and_25_hours_apart_across_the_changes(config: Config) -> None:
    spring = next_run(local(2027, 3, 27, 7, 0), config)
    assert spring.astimezone(STOCKHOLM).replace(tzinfo=None) == dt.datetime(2027, 3, 28, 7, 0)
    assert spring - local(2027, 3, 27, 7, 0) == dt.timedelta(hours=23)
    autumn = next_run(local(2027, 10, 30, 7, 0), config)
    assert autumn.astimezone(STOCKHOLM).replace(tzinfo=None) == dt.datetime(2027, 10, 31, 7, 0)
    assert autumn - local(2027, 10, 30, 7, 0) == dt.timedelta(hours=25)


def test_a_time_inside_the_dst_gap_or_fold_still_gives_one_send_per_day(config: Config) -> None:
    at_0230 = _at(config, 2, 30)
    # 02:30 does not exist on 28 March: it is taken as 03:30 CEST (01:30 UTC), still on that day.
    gap = send_instant(dt.date(2027, 3, 28), at_0230)
    assert gap == dt.datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert gap.astimezone(STOCKHOLM).date() == dt.date(2027, 3, 28)
    # 02:30 happens twice on 31 October: the first one (CEST) counts, once.
    fold = send_instant(dt.date(2027, 10, 31), at_0230)
    assert fold == dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    after = next_run(fold, at_0230)
    assert after == send_instant(dt.date(2027, 11, 1), at_0230)


def test_latest_slot_and_due(config: Config) -> None:
    assert latest_slot(local(2027, 3, 28, 6, 59), config)[0] == dt.date(2027, 3, 27)
    assert latest_slot(local(2027, 3, 28, 7, 0), config)[0] == dt.date(2027, 3, 28)
    started = local(2027, 2, 1, 6, 0)
    assert due(local(2027, 2, 1, 7, 0), config, started, ever_sent=False) == dt.date(2027, 2, 1)
    # A fresh install started after the hour waits for tomorrow; one that sent before catches up now.
    late_start = local(2027, 2, 1, 10, 0)
    assert due(local(2027, 2, 1, 10, 0), config, late_start, ever_sent=False) is None
    assert due(local(2027, 2, 1, 10, 0), config, late_start, ever_sent=True) == dt.date(2027, 2, 1)
    # Down for three days: only the latest day is due.
    assert due(local(2027, 2, 4, 10, 0), config, local(2027, 2, 4, 10, 0), ever_sent=True) == dt.date(2027, 2, 4)


async def test_the_loop_sends_at_seven_local_every_day_across_both_dst_changes(config: Config, tmp_path: Path) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 3, 26, 12, 0))
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    sent_at: dict[dt.date, dt.datetime] = {}
    stop = asyncio.Event()
    naps: list[float] = []

    async def sleep(seconds: float, _stop: asyncio.Event) -> None:
        naps.append(seconds)
        clock.advance(dt.timedelta(seconds=seconds))        # time passes, nobody waits
        if clock.now() > local(2027, 11, 2, 12, 0):
            stop.set()
        elif local(2027, 3, 30, 12, 0) <= clock.now() < local(2027, 10, 1):
            clock.set(local(2027, 10, 29, 12, 0))           # the summer passes in a blink (like downtime)

    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun")
        scheduler = SummaryScheduler(world.service, channels={"email"}, sleep=sleep, max_sleep=6 * 3600)
        await asyncio.wait_for(scheduler.run(stop), 10)
        async with db.sessions() as session:
            runs = (await session.scalars(select(SummaryRun).order_by(SummaryRun.day))).all()
            rows = (await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary"))).all()
        sent_at = {r.day: r.sent_at.astimezone(STOCKHOLM) for r in runs}
    finally:
        await db.dispose()
    days = sorted(sent_at)
    autumn = [dt.date(2027, 10, d) for d in (29, 30, 31)] + [dt.date(2027, 11, 1), dt.date(2027, 11, 2)]
    assert days == [dt.date(2027, 3, d) for d in (27, 28, 29, 30)] + autumn
    # The months skipped give one catch-up summary when time resumes (29 Oct 12:00), not one per day.
    assert sent_at.pop(dt.date(2027, 10, 29)).time() == dt.time(12, 0)
    assert all(at.time() == dt.time(7, 0) for at in sent_at.values()), sent_at
    assert len(rows) == len(days)                      # one organiser, one e-mail a day
    assert max(naps) <= 6 * 3600


async def test_the_loop_stops_promptly_with_the_real_sleep(config: Config, tmp_path: Path) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 9, 0))
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    asleep = asyncio.Event()
    naps: list[float] = []

    async def real_sleep(seconds: float, stop: asyncio.Event) -> None:
        naps.append(seconds)
        asleep.set()
        await sleep_or_stop(seconds, stop)

    try:
        service = Service(cfg, db, clock)
        await service.prepare()
        stop = asyncio.Event()
        task = asyncio.create_task(SummaryScheduler(service, channels={"email"}, sleep=real_sleep).run(stop))
        await asyncio.wait_for(asleep.wait(), 5)      # the loop has ticked and is in its (long) sleep
        stop.set()
        await asyncio.wait_for(task, 2)
        assert naps == [60.0]                          # it would have slept a minute, not two seconds
    finally:
        await db.dispose()
