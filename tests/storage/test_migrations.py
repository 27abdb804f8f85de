"""The Alembic migrations build the schema the models describe, and take it down again, on both databases."""

from __future__ import annotations

from sqlalchemy import inspect

from storage.database import Database, open_database
from storage.migrate import downgrade, upgrade
from storage.models import Base


async def _tables(db: Database) -> set[str]:
    async with db.engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


async def test_upgrade_builds_every_table_and_downgrade_removes_them(db_url: str) -> None:
    db = open_database(db_url)
    try:
        await upgrade(db.engine)
        tables = await _tables(db)
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        await upgrade(db.engine)  # idempotent: a second start changes nothing
        await downgrade(db.engine, "base")
        assert (await _tables(db)) & set(Base.metadata.tables) == set()
    finally:
        await db.dispose()


async def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        async with db.engine.connect() as conn:
            mode = (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar()
            timeout = (await conn.exec_driver_sql("PRAGMA busy_timeout")).scalar()
        assert mode == "wal"
        assert timeout >= 5000
    finally:
        await db.dispose()
