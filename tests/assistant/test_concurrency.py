"""Two signups for the last place must never both win: 50 at once from one municipality → exactly 3.

With the lock switched off the race really happens (more than three get in), which shows the
test can fail; with it, SQLite (BEGIN IMMEDIATE) and PostgreSQL (advisory locks) both hold.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound, Service
from storage.database import open_database
from storage.models import InboundMessage, Registration

N = 50


def _signup(i: int, at: dt.datetime) -> tuple[Inbound, ParsedRequest]:
    email = f"planner{i}@falun.se"
    request = ParsedRequest(Intent.REGISTER, (Person(f"Planner {i}", email, "Falu kommun"),),
                            sender=Sender("email", email, f"Planner {i}"))
    return Inbound("email", f"<race-{i}@falun.se>", b"Subject: race\r\n\r\nanmalan", at), request


async def _race(config: Config, clock: FixedClock, url: str, locking: bool) -> tuple[int, int]:
    db = open_database(url, locking=locking, pool_size=25)
    try:
        service = Service(config, db, clock)
        await service.prepare()
        results = await asyncio.gather(*(service.submit(*_signup(i, clock.now())) for i in range(N)))
        async with db.sessions() as session:
            people = await session.scalar(
                select(func.count(func.distinct(Registration.person_id))).where(Registration.status == "confirmed"))
            stored = await session.scalar(select(func.count()).select_from(InboundMessage))
        assert len(results) == N
        assert {r.state for r in results} == {"processed"}, [r.summary for r in results if r.state != "processed"]
        return int(people or 0), int(stored or 0)
    finally:
        await db.dispose()


async def test_sqlite_race_happens_without_the_lock(
        config: Config, clock: FixedClock, sqlite_url: str) -> None:
    confirmed, _ = await _race(config, clock, sqlite_url, locking=False)
    print(f"sqlite without the lock: {confirmed} confirmed of {N}")
    assert confirmed > 3, "without serialised writers the quota is overrun"


async def test_sqlite_fifty_concurrent_signups_exactly_three_confirmed(
        config: Config, clock: FixedClock, sqlite_url: str) -> None:
    confirmed, stored = await _race(config, clock, sqlite_url, locking=True)
    print(f"sqlite: {confirmed} confirmed of {N}, {stored} messages stored")
    assert confirmed == 3
    assert stored == N, "every refused signup is stored and answered too"


async def test_postgres_race_happens_without_the_lock(config: Config, clock: FixedClock, pg_url: str) -> None:
    confirmed, _ = await _race(config, clock, pg_url, locking=False)
    print(f"postgresql without the lock: {confirmed} confirmed of {N}")
    assert confirmed > 3


async def test_postgres_fifty_concurrent_signups_exactly_three_confirmed(
        config: Config, clock: FixedClock, pg_url: str) -> None:
    confirmed, stored = await _race(config, clock, pg_url, locking=True)
    print(f"postgresql: {confirmed} confirmed of {N}, {stored} messages stored")
    assert confirmed == 3
    assert stored == N
