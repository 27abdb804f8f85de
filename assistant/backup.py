"""``assistant backup FILE`` and ``assistant restore FILE``: a consistent copy while the service runs, and back.

SQLite keeps recent commits in its ``-wal`` file until a checkpoint, so a copy of the database file alone
can lack them, even whole tables. The backup reads through SQLite's online backup API instead: one read
transaction, a snapshot with everything committed (WAL included), while the service goes on writing. On
PostgreSQL ``pg_dump`` writes a dump in its custom format. Either file is made readable by its owner only
(it holds personal data) and appears only when complete.

A restore goes only into an empty database (tables without rows, or none), so that it can never mix two
databases or overwrite one; then the migrations are checked and, for a backup from an older version,
applied.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, make_url, text

from storage.database import open_database
from storage.migrate import migrations, upgrade

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
#: Alembic's own table: present in every Anmälan database, not data.
VERSION_TABLE = "alembic_version"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why in plain words."""


@dataclass(frozen=True)
class Outcome:
    """What a backup or restore did: the rows per table it holds, and for a restore the migration state."""

    file: Path
    rows: dict[str, int] | None   # None: a pg_dump archive (not counted)
    migrations: str = ""

    def describe(self) -> str:
        """One line for the terminal."""
        if self.rows is not None:
            held = (f"{sum(self.rows.values())} rows in {len(self.rows)} tables, "
                    f"{self.rows.get('registrations', 0)} registrations")
        else:
            held = f"pg_dump custom format, {self.file.stat().st_size} bytes"
        return f"{self.file}: {held}" + (f"; {self.migrations}" if self.migrations else "")


async def backup(url: str, target: Path) -> Outcome:
    """Write a consistent copy of the database at ``url`` to ``target`` (replaced when it exists)."""
    if _is_sqlite(url):
        database = _sqlite_file(url)
        if not database.is_file():
            raise BackupError(f"no database at {database}")
        rows = await asyncio.to_thread(_written, target, lambda partial: _sqlite_backup(database, partial))
        return Outcome(target, rows)
    pg_dump = _tool("pg_dump")
    dsn, env = _libpq(url)
    await asyncio.to_thread(_written, target, lambda partial: _run(
        [pg_dump, "--format=custom", "--no-owner", "--no-acl", f"--file={partial}", f"--dbname={dsn}"], env))
    return Outcome(target, None)


async def restore(url: str, source: Path) -> Outcome:
    """Bring the backup ``source`` back into the empty database at ``url``, then check the migrations."""
    kind = _kind_of(source)
    wanted = "sqlite" if _is_sqlite(url) else "pg_dump"
    if kind is None:
        raise BackupError(f"{source} is not a backup (neither an SQLite database nor a pg_dump archive)")
    if kind != wanted:
        raise BackupError(f"{source} is {_KINDS[kind]}, but database.url is "
                          f"{'SQLite' if wanted == 'sqlite' else 'PostgreSQL'}: restore it into a database of its kind")
    held = {table: n for table, n in (await row_counts(url)).items() if n}
    if held:
        listed = ", ".join(f"{table} ({n})" for table, n in sorted(held.items()))
        raise BackupError(f"the database already holds data ({listed}); restore goes only into an empty "
                          "database: point database.url at a new one")
    if kind == "sqlite":
        await asyncio.to_thread(_sqlite_restore, source, _sqlite_file(url))
    else:
        dsn, env = _libpq(url)
        await asyncio.to_thread(_run, [_tool("pg_restore"), "--no-owner", "--no-acl", "--exit-on-error",
                                       "--single-transaction", "--clean", "--if-exists", f"--dbname={dsn}",
                                       str(source)], env)
    migrations = await _bring_up_to_date(url)
    return Outcome(source, await row_counts(url), migrations)


async def row_counts(url: str) -> dict[str, int]:
    """Rows per table of the database at ``url`` (Alembic's own table left out)."""
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            tables = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
            return {table: int((await conn.execute(text(f'SELECT count(*) FROM "{table}"'))).scalar_one())
                    for table in sorted(tables) if table != VERSION_TABLE}
    finally:
        await db.dispose()


_KINDS = {"sqlite": "an SQLite backup", "pg_dump": "a PostgreSQL dump (pg_dump)"}


def _kind_of(source: Path) -> str | None:
    try:
        with source.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(f"cannot read {source} ({exc.strerror})") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    return "pg_dump" if head.startswith(PG_DUMP_MAGIC) else None


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_file(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(database)


def _written(target: Path, write: Callable[[Path], Any]) -> Any:
    """Have ``write`` fill a new owner-only file beside ``target``, then put it in ``target``'s place."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise BackupError(f"cannot write {target} ({exc.strerror})") from None
    try:
        result = write(partial)
        os.replace(partial, target)
        return result
    finally:
        partial.unlink(missing_ok=True)


def _sqlite_backup(database: Path, partial: Path) -> dict[str, int]:
    """Copy ``database`` (with what its -wal file holds) into the empty file ``partial``; its rows per table."""
    with closing(sqlite3.connect(database, timeout=30)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
        return _sqlite_counts(copy)


def _sqlite_restore(source: Path, database: Path) -> None:
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as backup_db:
        if backup_db.execute("PRAGMA quick_check").fetchone() != ("ok",):
            raise BackupError(f"{source} is damaged (PRAGMA quick_check failed)")
        if VERSION_TABLE not in _sqlite_tables(backup_db):
            raise BackupError(f"{source} is an SQLite file but not an Anmälan database")
        database.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(database, timeout=30)) as target:
            backup_db.backup(target)


def _sqlite_tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _sqlite_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in _sqlite_tables(conn) if table != VERSION_TABLE}


async def _bring_up_to_date(url: str) -> str:
    """The migration state after a restore: current, or brought up to date from an older version's backup."""
    db = open_database(url)
    try:
        async with db.engine.connect() as conn:
            state = await conn.run_sync(migrations)
        revision, head = ", ".join(sorted(state.current)), ", ".join(sorted(state.heads))
        if state.up_to_date:
            return f"migrations current ({head})"
        if not state.current or state.from_newer_version:
            raise BackupError(f"restored, but the backup's schema ({revision or 'none'}) is unknown to this "
                              f"version of Anmälan (latest {head}): it is from a newer version; install that one")
        await upgrade(db.engine)
        return f"migrations applied: {revision} → {head}"
    finally:
        await db.dispose()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed: a PostgreSQL database is backed up and restored with "
                          "PostgreSQL's client tools (Debian: apt-get install postgresql-client), of the "
                          "server's major version or newer")
    return found


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for the SQLAlchemy URL, and an environment with its password (never on the command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    query = {("sslmode" if key == "ssl" else key): value for key, value in parsed.query.items()}
    dsn = parsed.set(drivername="postgresql", password=None, query=query)
    return dsn.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()
        raise BackupError(f"{Path(command[0]).name} failed: {said[-1] if said else f'exit status {done.returncode}'}")
