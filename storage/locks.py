"""Race-free quota and capacity: transaction-scoped locks taken before availability is re-checked.

PostgreSQL: ``pg_advisory_xact_lock`` on one key per organisation and per session, in
sorted order (no deadlock between two requests), under a lock timeout. SQLite needs
nothing here: its writers are serialised by ``BEGIN IMMEDIATE`` (see ``database.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name such as ``org:Falu kommun``."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def lock_for_update(session: AsyncSession, names: Iterable[str], timeout_seconds: float) -> None:
    """Take the advisory locks for ``names`` until the transaction ends (PostgreSQL only)."""
    if session.bind.dialect.name != "postgresql":
        return
    keys = sorted({lock_key(n) for n in names})
    if not keys:
        return
    await session.execute(text(f"SET LOCAL lock_timeout = '{int(timeout_seconds * 1000)}ms'"))
    for key in keys:
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
