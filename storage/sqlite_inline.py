"""SQLite for SQLAlchemy's asyncio engine, run in the event loop's own thread.

SQLAlchemy's ``sqlite+aiosqlite`` dialect talks to aiosqlite, which runs every call (cursor,
execute, fetch, close) in a worker thread and hands the result back through the event loop.
On this 2-core machine one such hop costs about 100 µs, and a statement takes three or four
of them, while SQLite itself answers our small indexed statements in a few microseconds:
``benchmarks/bench_pipeline.py`` measured about 450 µs per statement, more than half of the
service's time per message. This module gives the dialect an object with aiosqlite's
connection and cursor interface whose calls run at once, in the caller's thread.

Nothing here waits on another process inside SQLite, where it would stop the event loop. A
writer takes SQLite's write lock with ``BEGIN IMMEDIATE`` (``storage/database.py``); only that
statement can meet another process's lock, and it is retried here with asyncio sleeps until
the busy timeout, so the loop keeps serving while another process writes. Inside a
transaction the lock is held, and readers never wait in WAL mode.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any

_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}   # primary result codes ("database is locked")


class InlineCursor:
    """aiosqlite's Cursor interface over a ``sqlite3.Cursor``, without the thread."""

    def __init__(self, conn: InlineConnection, cursor: sqlite3.Cursor) -> None:
        self._conn = conn
        self._cursor = cursor

    async def execute(self, sql: str, parameters: Any = None) -> InlineCursor:
        """Run one statement; a ``BEGIN`` waits for another process's write lock without blocking the loop."""
        params = () if parameters is None else parameters
        if sql.lstrip()[:5].upper() == "BEGIN":
            await self._conn.wait_for_lock(lambda: self._cursor.execute(sql, params))
        else:
            self._cursor.execute(sql, params)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        """Run one statement for each parameter set."""
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        """The next row, or None."""
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        """Up to ``size`` rows."""
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        """The remaining rows."""
        return self._cursor.fetchall()

    async def close(self) -> None:
        """Release the cursor."""
        self._cursor.close()

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _ImmediateQueue:
    """What SQLAlchemy's adapter uses of aiosqlite's job queue (``_tx.put_nowait``): run the job now."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting caller, as aiosqlite does
            if future is not None:
                future.set_exception(exc)
            return
        if future is not None:
            future.set_result(result)


class InlineConnection:
    """aiosqlite's Connection interface over a ``sqlite3.Connection`` used in the caller's thread."""

    def __init__(self, conn: sqlite3.Connection, busy_timeout: float) -> None:
        self._conn = conn
        self._tx = _ImmediateQueue()
        self.busy_timeout = busy_timeout

    async def wait_for_lock(self, attempt: Callable[[], Any]) -> Any:
        """Run ``attempt`` (a BEGIN) with SQLite's own busy wait off; on "database is locked" sleep
        in asyncio and try again, up to the busy timeout."""
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.001
        self._conn.execute("PRAGMA busy_timeout=0")
        try:
            while True:
                try:
                    return attempt()
                except sqlite3.OperationalError as exc:
                    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
                    if code not in _BUSY or time.monotonic() >= deadline:
                        raise
                await asyncio.sleep(pause)
                pause = min(pause * 2, 0.05)
        finally:
            self._conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")

    async def cursor(self) -> InlineCursor:
        """A new cursor."""
        return InlineCursor(self, self._conn.cursor())

    async def execute(self, sql: str, parameters: Any = None) -> InlineCursor:
        """Run one statement on a new cursor."""
        cursor = await self.cursor()
        return await cursor.execute(sql, parameters)

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        """Run one statement for each parameter set on a new cursor."""
        cursor = await self.cursor()
        return await cursor.executemany(sql, parameters)

    async def commit(self) -> None:
        """Commit the transaction."""
        self._conn.commit()

    async def rollback(self) -> None:
        """Roll the transaction back."""
        self._conn.rollback()

    async def close(self) -> None:
        """Close the connection (again is harmless)."""
        self._conn.close()

    def stop(self) -> None:
        """Close at once (SQLAlchemy's terminate)."""
        self._conn.close()

    async def create_function(self, name: str, num_params: int, func: Callable[..., Any],
                              deterministic: bool = False) -> None:
        """Register a Python function with SQLite."""
        self._conn.create_function(name, num_params, func, deterministic=deterministic)

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction


def inline_creator(path: str, busy_timeout: float) -> Callable[[], Any]:
    """``create_async_engine(async_creator=...)`` for a SQLite file (or ``:memory:``)."""

    async def connect() -> InlineConnection:
        conn = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False)
        return InlineConnection(conn, busy_timeout)

    return connect

