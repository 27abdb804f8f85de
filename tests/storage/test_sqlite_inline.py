"""SQLite run in the event loop's thread: the service's statements, and a wait for another writer that never stops the loop."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from storage.database import open_database
from storage.sqlite_inline import InlineConnection, inline_creator


async def test_a_writer_waits_for_another_process_lock_while_the_loop_keeps_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.db"
    db = open_database(f"sqlite+aiosqlite:///{path}")
    async with db.sessions() as session, session.begin():
        await session.execute(text("create table t (n integer)"))

    # Count the writer's tries at BEGIN that met the lock (the wrapper changes nothing else).
    refused = 0
    retrying = asyncio.Event()
    real_wait_for_lock = InlineConnection.wait_for_lock

    async def counting(self: InlineConnection, attempt: Callable[[], Any]) -> Any:
        def counted() -> Any:
            nonlocal refused
            try:
                return attempt()
            except sqlite3.OperationalError:
                refused += 1
                if refused >= 2:
                    retrying.set()   # it met the lock, slept, and met it again
                raise
        return await real_wait_for_lock(self, counted)

    monkeypatch.setattr(InlineConnection, "wait_for_lock", counting)

    other = sqlite3.connect(path, isolation_level=None)   # another process's connection, holding the write lock
    other.execute("BEGIN IMMEDIATE")
    other.execute("insert into t values (1)")

    async def write() -> float:
        async with db.sessions() as session, session.begin():
            await session.execute(text("insert into t values (2)"))
        return time.monotonic()

    ticks = 0
    ticked = asyncio.Event()

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0)
            ticks += 1
            if ticks == 20:
                ticked.set()

    writer = asyncio.create_task(write())
    await asyncio.wait_for(retrying.wait(), 10)   # the writer waits for the lock ...
    ticker = asyncio.create_task(tick())
    await asyncio.wait_for(ticked.wait(), 10)     # ... while the loop goes on serving other tasks
    assert not writer.done()                      # (a blocked loop would run them only after the writer)
    released = time.monotonic()
    other.commit()                                # the other process is done
    finished = await asyncio.wait_for(writer, 10)
    ticker.cancel()
    assert finished >= released                   # the insert went in only after the lock was free
    async with db.sessions() as session:
        assert (await session.execute(text("select n from t order by n"))).scalars().all() == [1, 2]
    other.close()
    await db.dispose()


async def test_a_lock_never_released_fails_after_the_busy_timeout(tmp_path: Path) -> None:
    path = str(tmp_path / "b.db")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("create table t (n integer)")
    other.execute("BEGIN IMMEDIATE")
    conn: InlineConnection = await inline_creator(path, busy_timeout=0.2)()
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await conn.execute("BEGIN IMMEDIATE")
    assert 0.2 <= time.monotonic() - started < 2
    other.rollback()
    await conn.execute("BEGIN IMMEDIATE")   # free now: taken at once
    assert conn.in_transaction
    await conn.rollback()
    # SQLite's own wait is back on for the statements after a BEGIN
    assert (await (await conn.execute("PRAGMA busy_timeout")).fetchone())[0] == 200
    await conn.close()
    other.close()


async def test_the_service_database_reads_and_writes_through_the_inline_driver(tmp_path: Path) -> None:
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")
    async with db.engine.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.driver_connection, InlineConnection)
    async with db.sessions() as session, session.begin():
        await session.execute(text("create table t (n integer, s text)"))
        await session.execute(text("insert into t values (:n, :s)"), [{"n": i, "s": f"r{i}"} for i in range(5)])
    async with db.sessions() as session:
        with pytest.raises(Exception, match="no such table"):
            await session.execute(text("select * from missing"))
    async with db.sessions() as session:
        result = await session.stream(text("select n, s from t order by n"))
        assert [tuple(r) async for r in result] == [(i, f"r{i}") for i in range(5)]
    await db.dispose()


WRITER = """
import asyncio, sys
from sqlalchemy import text
from storage.database import open_database

async def main(path, tag, n):
    db = open_database(f"sqlite+aiosqlite:///{path}")
    for i in range(n):
        async with db.sessions() as session, session.begin():
            await session.execute(text("insert into t values (:n, :tag)"), {"n": i, "tag": tag})
            await asyncio.sleep(0.002)   # hold the write lock a while, so that the other process meets it
    await db.dispose()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


def test_two_processes_writing_one_file_both_finish_without_a_locked_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT
    path = tmp_path / "shared.db"
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("create table t (n integer, tag text)")
    setup.commit()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, "150"], cwd=ROOT,
                              stderr=subprocess.PIPE) for tag in ("a", "b")]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    counts = dict(setup.execute("select tag, count(*) from t group by tag").fetchall())
    assert counts == {"a": 150, "b": 150}
    setup.close()
