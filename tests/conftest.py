"""Shared fixtures: the example config, an injected clock, and real SQLite and PostgreSQL databases."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.clock import FixedClock
from assistant.config import Config, load_config

ROOT = Path(__file__).resolve().parent.parent
STOCKHOLM = ZoneInfo("Europe/Stockholm")
PG_ADMIN_DSN = os.environ.get("ANMALAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def local(*args: int) -> dt.datetime:
    """A Stockholm-time instant, for readable test clocks."""
    return dt.datetime(*args, tzinfo=STOCKHOLM)


@pytest.fixture(scope="session")
def config() -> Config:
    """The DalaLab example config, with its relative paths under the repository."""
    return load_config(ROOT / "config.example.toml", base_dir=ROOT)


@pytest.fixture
def clock() -> FixedClock:
    """A clock well before the deadline (registration open)."""
    return FixedClock(local(2027, 2, 1, 9, 0))


async def _pg_available() -> str | None:
    import asyncpg
    try:
        conn = await asyncpg.connect(PG_ADMIN_DSN, timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        return str(exc)
    await conn.close()
    return None


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A fresh PostgreSQL database for one test (dropped after). In CI a missing server fails the test."""
    import asyncpg
    problem = await _pg_available()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but not reachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    name = f"anmalan_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    try:
        yield f"{base}/{name}"
    finally:
        admin = await asyncpg.connect(PG_ADMIN_DSN)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite+aiosqlite:///{tmp_path / 'anmalan.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each database the product supports, in turn."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


# The real mail servers (Dovecot, aiosmtpd, a test CA), available to every test by name.
from tests.servers.fixtures import (
    dovecot,
    smtp_server,
    smtp_tls_server,
    test_ca,
    trust_test_ca,
    world,
)

__all__ = ["asyncio", "dovecot", "local", "smtp_server", "smtp_tls_server", "test_ca", "trust_test_ca", "world"]
