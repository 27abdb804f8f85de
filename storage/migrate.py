"""The Alembic migrations: applied by ``assistant db upgrade`` and at service start; where a database stands
(``migrations``, read by ``assistant check`` and ``assistant restore``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> AlembicConfig:
    """An Alembic config pointing at this package's migrations."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(slug)s")
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database behind ``engine`` up to ``revision``."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade_sync, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the database behind ``engine`` down to ``revision`` (``base`` empties it)."""
    async with engine.begin() as conn:
        await conn.run_sync(_downgrade_sync, revision)


def _upgrade_sync(connection: object, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


def _downgrade_sync(connection: object, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.downgrade(cfg, revision)


@dataclass(frozen=True)
class Migrations:
    """Where a database's schema stands: its revisions against this version's latest and all it knows."""

    current: frozenset[str]   # empty: no migration applied (no tables yet)
    heads: frozenset[str]
    known: frozenset[str]

    @property
    def up_to_date(self) -> bool:
        """The database is at this version's latest migration."""
        return self.current == self.heads

    @property
    def from_newer_version(self) -> bool:
        """The database is at a migration this version does not have (written by a newer version)."""
        return not self.current <= self.known

    def __repr__(self) -> str:
        return f"Migrations({sorted(self.current)} of {sorted(self.heads)})"


def migrations(connection: Connection) -> Migrations:
    """Where the database behind ``connection`` stands (synchronous: ``await conn.run_sync(migrations)``)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return Migrations(frozenset(MigrationContext.configure(connection).get_current_heads()),
                      frozenset(scripts.get_heads()), frozenset(r.revision for r in scripts.walk_revisions()))
