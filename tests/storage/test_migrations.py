"""The Alembic migrations build the schema the models describe, and take it down again, on both databases."""

from __future__ import annotations

import datetime as dt
import hashlib
from email.message import EmailMessage

from sqlalchemy import insert, inspect, select

from assistant.inbound import mail_key
from storage.database import Database, open_database
from storage.migrate import downgrade, upgrade
from storage.models import Base, InboundMessage


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


def _mail(sender: str, message_id: str | None, body: str = "Jag anmäler mig till 3 maj.\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["Subject"] = "Anmälan"
    if message_id is not None:
        msg["Message-ID"] = message_id
    msg.set_content(body)
    return msg.as_bytes()


async def _keys(db: Database) -> dict[int, str]:
    async with db.engine.connect() as conn:
        rows = (await conn.execute(select(InboundMessage.id, InboundMessage.external_key))).all()
    return {row_id: key for row_id, key in rows}


async def _store(db: Database, row_id: int, channel: str, key: str, raw: bytes | None) -> None:
    async with db.engine.begin() as conn:
        await conn.execute(insert(InboundMessage.__table__).values(
            id=row_id, channel=channel, external_key=key, raw=raw, size=len(raw or b""), state="processed",
            received_at=dt.datetime(2027, 2, 1, 9, tzinfo=dt.UTC)))


async def test_0004_keys_stored_mail_as_the_channels_do_and_its_downgrade_gives_the_message_ids_back(
        db_url: str) -> None:
    long_id = "<" + "l" * 450 + "@gagnef.se>"
    signup = _mail("Ola Ek <ola.ek@gagnef.se>", "<form-7@webform.example>")
    no_id = _mail("Ola Ek <ola.ek@gagnef.se>", None)
    long = _mail("Ola Ek <ola.ek@gagnef.se>", long_id)
    db = open_database(db_url)
    try:
        await upgrade(db.engine, "0003")
        await _store(db, 1, "email", "<form-7@webform.example>", signup)                # keys before 0004
        await _store(db, 2, "email", "sha256:" + hashlib.sha256(no_id).hexdigest(), no_id)
        await _store(db, 3, "email", long_id, long)
        await _store(db, 4, "email", "<erased@gagnef.se>", None)                        # raw erased
        await _store(db, 5, "telegram", "4711", b"{}")
        await upgrade(db.engine, "0004")
        assert await _keys(db) == {1: mail_key(signup), 2: mail_key(no_id), 3: mail_key(long),
                                   4: "<erased@gagnef.se>", 5: "4711"}
        assert mail_key(signup).startswith("<form-7@webform.example> ") and mail_key(long).startswith("sha256:")
        # After the upgrade, a different mail from another sender reuses the web form's Message-ID.
        reused = _mail("Anna Berg <anna.berg@falun.se>", "<form-7@webform.example>", "Jag kommer den 3 maj.\n")
        await _store(db, 6, "email", mail_key(reused), reused)
        await downgrade(db.engine, "0003")
        assert await _keys(db) == {1: "<form-7@webform.example>", 2: mail_key(no_id), 3: long_id,
                                   4: "<erased@gagnef.se>", 5: "4711", 6: mail_key(reused)}
        await upgrade(db.engine, "0004")
        assert (await _keys(db))[1] == mail_key(signup) and (await _keys(db))[6] == mail_key(reused)
    finally:
        await db.dispose()
