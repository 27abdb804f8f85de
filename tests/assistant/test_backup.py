"""``assistant backup`` and ``assistant restore``: a copy taken while the service writes restores with nothing missing.

The service runs in-process on a Maildir (``serve``), signups keep arriving, and the commands run as the
organiser runs them (``assistant.cli.main``, in a worker thread while the service goes on in the event loop).
"""

from __future__ import annotations

import asyncio
import mailbox
import shutil
import sqlite3
import tomllib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import closing
from pathlib import Path
from typing import Self

import pytest

from assistant.backup import BackupError, backup, row_counts
from assistant.cli import main
from assistant.clock import FixedClock
from assistant.config import load_config
from assistant.runner import serve
from tests.conftest import PG_ADMIN_DSN, ROOT
from tests.servers.mail_world import toml_text
from tests.servers.mails import region_signup

SIGNUPS = 24


def _config_file(folder: Path, url: str) -> Path:
    """The example config with its database at ``url`` and its Maildir in ``folder``, written to disk."""
    data = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))
    data["database"]["url"] = url
    data["channels"]["maildir"].update(inbox=str(folder / "inbox"), outbox=str(folder / "outbox"), poll_seconds=0.02)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    return path


class Running:
    """``serve()`` on a config file's settings, in this event loop, until the block ends."""

    def __init__(self, config_file: Path, clock: FixedClock) -> None:
        self.config = load_config(config_file)
        self.clock = clock
        self.stop = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Self:
        self.task = asyncio.create_task(serve(self.config, self.clock, self.stop))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        assert self.task is not None
        await asyncio.wait_for(self.task, 15)

    def deliver(self, i: int) -> None:
        _, raw = region_signup(i, "b")
        mailbox.Maildir(str(self.config.channels.maildir.inbox), create=True).add(raw)

    async def handled(self) -> int:
        return (await row_counts(self.config.database.url)).get("inbound_messages", 0)

    async def until_handled(self, n: int, timeout: float = 30) -> None:
        async with asyncio.timeout(timeout):
            while await self.handled() < n:
                await asyncio.sleep(0.05)


async def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``assistant ARGV`` off the event loop (the service goes on meanwhile); its exit status, stdout, stderr."""
    capsys.readouterr()
    status = await asyncio.to_thread(main, list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
async def fresh_database(db_url: str, tmp_path: Path) -> AsyncIterator[Callable[[str], Awaitable[str]]]:
    """Makes empty databases of ``db_url``'s kind: a file in a new folder, or a new PostgreSQL database."""
    if not db_url.startswith("sqlite") and (shutil.which("pg_dump") is None or shutil.which("pg_restore") is None):
        pytest.skip("pg_dump/pg_restore are not installed (Debian: postgresql-client): the PostgreSQL backup "
                    "is made with them")
    made: list[str] = []

    async def make(name: str) -> str:
        if db_url.startswith("sqlite"):
            return f"sqlite+aiosqlite:///{tmp_path / name / 'anmalan.db'}"
        made.append(f"anmalan_{name}_{uuid.uuid4().hex[:12]}")
        await _pg_admin(f'CREATE DATABASE "{made[-1]}"')
        return f"{PG_ADMIN_DSN.rsplit('/', 1)[0].replace('postgresql://', 'postgresql+asyncpg://')}/{made[-1]}"

    yield make
    for name in made:
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _pg_admin(sql: str) -> None:
    import asyncpg
    conn = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def test_a_backup_taken_while_the_service_writes_restores_with_nothing_missing(
        db_url: str, fresh_database: Callable[[str], Awaitable[str]], tmp_path: Path, clock: FixedClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    live = _config_file(tmp_path / "live", db_url)
    async with Running(live, clock) as service:
        first_backup = asyncio.Event()

        async def feed() -> None:
            for i in range(SIGNUPS):
                if i == SIGNUPS // 2:
                    await first_backup.wait()   # the second half arrives after a backup is taken, however slow the machine
                service.deliver(i)
                await asyncio.sleep(0.04)

        feeder = asyncio.create_task(feed())
        await service.until_handled(1)
        during: list[tuple[Path, int, int]] = []   # each backup taken while mail arrives: file, handled before, after
        while not feeder.done():
            target = tmp_path / f"during-{len(during)}.backup"
            before = await service.handled()
            status, out, err = await _cli(capsys, "backup", "--config", str(live), str(target))
            assert status == 0, err
            assert out.startswith(f"backup written: {target}")
            during.append((target, before, await service.handled()))
            first_backup.set()
        await feeder
        await service.until_handled(SIGNUPS)
        if db_url.startswith("sqlite"):
            wal = Path(f"{service.config.database.url.split(':///', 1)[1]}-wal")
            assert wal.stat().st_size > 0, "the commits still sit in the -wal file, not yet in anmalan.db"
        final = tmp_path / "final.backup"
        status, _, err = await _cli(capsys, "backup", "--config", str(live), str(final))
        assert status == 0, err
        assert final.stat().st_mode & 0o077 == 0, "a backup holds personal data: readable by its owner only"
    assert during[-1][2] > during[0][1], "the service went on handling mail while the backups were taken"

    fresh_url = await fresh_database("fresh")
    restored = _config_file(tmp_path / "fresh", fresh_url)
    status, out, err = await _cli(capsys, "restore", "--config", str(restored), str(final))
    assert status == 0, err
    assert "migrations current" in out
    live_counts = await row_counts(db_url)
    assert live_counts["inbound_messages"] == SIGNUPS and live_counts["registrations"] == 4 * SIGNUPS
    assert await row_counts(fresh_url) == live_counts
    _, live_table, _ = await _cli(capsys, "registrations", "--config", str(live))
    _, restored_table, _ = await _cli(capsys, "registrations", "--config", str(restored))
    assert restored_table == live_table and live_table.count("Region Dalarna") == 4 * SIGNUPS

    # A backup taken halfway is a snapshot: every message in it came with its person, places and reply.
    target = next(file for file, before, after in during if 0 < before and after < SIGNUPS)
    halfway_url = await fresh_database("halfway")
    status, _, err = await _cli(capsys, "restore", "--config", str(_config_file(tmp_path / "halfway", halfway_url)),
                                str(target))
    assert status == 0, err
    counts = await row_counts(halfway_url)
    n = counts["inbound_messages"]
    assert 0 < n < SIGNUPS
    assert (counts["people"], counts["registrations"], counts["outbox"]) == (n, 4 * n, n)


async def test_copying_the_database_file_while_the_service_runs_misses_data(
        sqlite_url: str, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    live = _config_file(tmp_path / "live", sqlite_url)
    database = Path(sqlite_url.split(":///", 1)[1])
    async with Running(live, clock) as service:
        for i in range(3):
            service.deliver(i)
        await service.until_handled(3)
        copy = tmp_path / "copy.db"
        shutil.copyfile(database, copy)   # what an organiser's nightly "cp anmalan.db" does
        status, _, err = await _cli(capsys, "backup", "--config", str(live), str(tmp_path / "backup.db"))
        assert status == 0, err
    with closing(sqlite3.connect(copy)) as conn, pytest.raises(sqlite3.OperationalError,
                                                              match="no such table: registrations"):
        conn.execute("SELECT count(*) FROM registrations").fetchone()
    with closing(sqlite3.connect(tmp_path / "backup.db")) as conn:
        assert conn.execute("SELECT count(*) FROM registrations").fetchone() == (12,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",), "one self-contained file"
    assert not Path(f"{tmp_path / 'backup.db'}-wal").exists()


async def test_restore_refuses_a_database_that_holds_data(
        sqlite_url: str, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    live = _config_file(tmp_path / "live", sqlite_url)
    async with Running(live, clock) as service:
        service.deliver(0)
        await service.until_handled(1)
    backup_file = tmp_path / "b.db"
    assert (await _cli(capsys, "backup", "--config", str(live), str(backup_file)))[0] == 0
    service.deliver(1)   # more mail: the live database moves on after the backup
    async with Running(live, clock) as service:
        await service.until_handled(2)
    before = await row_counts(sqlite_url)
    status, out, err = await _cli(capsys, "restore", "--config", str(live), str(backup_file))
    assert status == 1 and out == ""
    assert "already holds data" in err and "registrations (8)" in err and "only into an empty database" in err
    assert await row_counts(sqlite_url) == before


async def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config_file(tmp_path / "fresh", f"sqlite+aiosqlite:///{tmp_path / 'fresh' / 'a.db'}")
    junk = tmp_path / "notes.txt"
    junk.write_text("hello", encoding="utf-8")
    status, _, err = await _cli(capsys, "restore", "--config", str(config), str(junk))
    assert status == 1 and "notes.txt is not a backup" in err


async def test_without_pg_dump_the_postgresql_backup_says_what_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BackupError, match="pg_dump is not installed.*postgresql-client"):
        await backup("postgresql+asyncpg://anmalan@127.0.0.1:5432/anmalan", tmp_path / "dump")
    assert not list(tmp_path.iterdir()), "no half-written file is left"
