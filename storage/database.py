"""Engines and sessions: SQLite (WAL, busy timeout, serialised writers) or PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import AsyncAdaptedQueuePool, event, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from assistant.config import Event
from assistant.session_keys import SessionKeys
from storage.sqlite_inline import inline_creator

SQLITE_BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Database:
    """An engine, its session factory, whether writers are serialised (the race lock), and the configured
    sessions' stored keys (registrations are read and written by them)."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    locking: bool = True
    session_keys: SessionKeys = field(default_factory=SessionKeys)

    def for_event(self, event: Event) -> Database:
        """The same database, reading and writing registrations by ``event``'s session ids."""
        return replace(self, session_keys=SessionKeys.of(event))

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()


def _sqlite_database(url: str) -> str:
    """The file name (or ``:memory:``) of a ``sqlite+aiosqlite://`` URL."""
    database = make_url(url).database
    return database or ":memory:"


def _setup_sqlite(engine: AsyncEngine, locking: bool) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        if locking:
            # Take transaction control from the driver so that BEGIN IMMEDIATE below is the only BEGIN.
            dbapi_connection.isolation_level = None

    if locking:
        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers are serialised: the write lock is taken before anything is read.
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str, *, locking: bool = True, echo: bool = False, pool_size: int = 10) -> Database:
    """Create the engine for ``url``; ``locking=False`` exists only to show the race in tests."""
    kwargs: dict[str, Any] = {"echo": echo}
    if url.startswith("sqlite"):
        database = _sqlite_database(url)
        if database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if locking:
            # One connection per process: sessions queue for it without blocking the event loop, so
            # writers in one process never meet inside SQLite, whose busy handler would sleep up to
            # 100 ms a try. Across processes BEGIN IMMEDIATE and the busy timeout still serialise.
            kwargs.update(poolclass=AsyncAdaptedQueuePool, pool_size=1, max_overflow=0, pool_timeout=300)
            # With that one connection, statements run in the event loop's thread instead of
            # aiosqlite's: ~10x less overhead each (storage/sqlite_inline.py says why it is safe).
            kwargs["async_creator"] = inline_creator(database, SQLITE_BUSY_TIMEOUT_MS / 1000)
    else:
        kwargs["pool_size"] = pool_size
        kwargs["max_overflow"] = pool_size
        kwargs["pool_pre_ping"] = True
    engine = create_async_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _setup_sqlite(engine, locking)
    return Database(engine, async_sessionmaker(engine, expire_on_commit=False), locking)
