"""The service's unit of work: stored once, answered once, failures kept, limits respected."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.service import Inbound, Service
from storage.database import Database, open_database
from storage.models import Base, InboundMessage, OutboxMessage, Registration

M = TypeVar("M", bound=Base)


def _mail(body: str, msgid: str, sender: str = "Ola Ek <ola.ek@gagnef.se>", subject: str = "Anmälan") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return msg.as_bytes()


async def _service(config: Config, clock: FixedClock, url: str) -> tuple[Service, Database]:
    db = open_database(url)
    service = Service(config, db, clock)
    await service.prepare()
    return service, db


async def _all(db: Database, model: type[M]) -> list[M]:
    async with db.sessions() as session:
        return list((await session.scalars(select(model).order_by(model.id))).all())


async def test_the_same_message_is_processed_once(config: Config, clock: FixedClock, db_url: str) -> None:
    service, db = await _service(config, clock, db_url)
    try:
        raw = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<once@gagnef.se>")
        first = await service.handle(Inbound("email", "<once@gagnef.se>", raw, clock.now()))
        again = await service.handle(Inbound("email", "<once@gagnef.se>", raw, clock.now()))
        assert (first.duplicate, again.duplicate) == (False, True)
        assert again.inbound_id == first.inbound_id
        assert len(await _all(db, Registration)) == 1
        assert len(await _all(db, OutboxMessage)) == 1
    finally:
        await db.dispose()


async def test_a_second_identical_signup_is_answered_as_such(config: Config, clock: FixedClock, sqlite_url: str) -> None:
    service, db = await _service(config, clock, sqlite_url)
    try:
        body = "Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n"
        await service.handle(Inbound("email", "<a@gagnef.se>", _mail(body, "<a@gagnef.se>"), clock.now()))
        await service.handle(Inbound("email", "<b@gagnef.se>", _mail(body, "<b@gagnef.se>"), clock.now()))
        rows = await _all(db, OutboxMessage)
        assert len(await _all(db, Registration)) == 1
        assert "Redan anmäld till 3 maj 2027; ingenting har ändrats." in rows[1].body_text
    finally:
        await db.dispose()


async def test_a_crash_is_stored_as_failed_with_its_error(config: Config, clock: FixedClock, sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "reply.txt.j2").write_text("Hej {{ no_such_value.attr }}", encoding="utf-8")
    broken = config.model_copy(update={"templates_dir": tmp_path})
    service, db = await _service(broken, clock, sqlite_url)
    try:
        raw = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<crash@gagnef.se>")
        handled = await service.handle(Inbound("email", "<crash@gagnef.se>", raw, clock.now()))
        assert handled.state == "failed"
        [row] = await _all(db, InboundMessage)
        assert row.state == "failed" and "no_such_value" in row.error and row.raw == raw
        assert await _all(db, Registration) == [], "the rolled-back change is not half-applied"
        assert await _all(db, OutboxMessage) == []
        again = await service.handle(Inbound("email", "<crash@gagnef.se>", raw, clock.now()))
        assert again.duplicate, "a failed message is not retried forever"
    finally:
        await db.dispose()


async def test_too_large_message_is_stored_and_reported_not_parsed(config: Config, clock: FixedClock, sqlite_url: str) -> None:
    small = config.model_copy(update={"limits": config.limits.model_copy(update={"max_message_bytes": 2000})})
    service, db = await _service(small, clock, sqlite_url)
    try:
        raw = _mail("Jag anmäler mig till 3 maj.\n" + "x" * 5000, "<big@gagnef.se>")
        handled = await service.handle(Inbound("email", "<big@gagnef.se>", raw, clock.now()))
        assert handled.state == "held"
        [row] = await _all(db, InboundMessage)
        assert row.raw == raw and row.parse_result is None
        [forward] = await _all(db, OutboxMessage)
        assert forward.kind == "forward" and forward.recipient == "linnea.hassis@regiondalarna.se"
        assert await _all(db, Registration) == []
    finally:
        await db.dispose()


async def test_at_most_ten_automatic_replies_per_address_per_day(config: Config, clock: FixedClock, sqlite_url: str) -> None:
    service, db = await _service(config, clock, sqlite_url)
    try:
        for i in range(12):
            raw = _mail("Blir det lunch?", f"<q{i}@mora.se>", sender="Anna Lind <anna.lind@mora.se>", subject="Fråga")
            await service.handle(Inbound("email", f"<q{i}@mora.se>", raw, clock.now()))
        to_her = [r for r in await _all(db, OutboxMessage) if r.recipient == "anna.lind@mora.se"]
        assert len(to_her) == 10
        states = [m.state for m in await _all(db, InboundMessage)]
        assert states.count("held") == 2, "the rest are kept for a human, not dropped"
        clock.advance(dt.timedelta(days=1))
        raw = _mail("Blir det lunch?", "<q99@mora.se>", sender="Anna Lind <anna.lind@mora.se>", subject="Fråga")
        await service.handle(Inbound("email", "<q99@mora.se>", raw, clock.now()))
        assert len([r for r in await _all(db, OutboxMessage) if r.recipient == "anna.lind@mora.se"]) == 11
    finally:
        await db.dispose()


async def test_list_mail_is_stored_and_never_answered(config: Config, clock: FixedClock, sqlite_url: str) -> None:
    service, db = await _service(config, clock, sqlite_url)
    try:
        msg = EmailMessage()
        msg["From"] = "Planeringsnytt <nyhetsbrev@planering.example>"
        msg["To"] = "anmalan@dalalab.example"
        msg["Subject"] = "Nyhetsbrev: anmäl dig till höstens seminarier"
        msg["Message-ID"] = "<news@planering.example>"
        msg["List-Unsubscribe"] = "<mailto:unsubscribe@planering.example>"
        msg.set_content("Anmäl dig senast 21 september! Vi ses den 3 maj.")
        handled = await service.handle(Inbound("email", "<news@planering.example>", msg.as_bytes(), clock.now()))
        assert handled.state == "ignored"
        assert await _all(db, OutboxMessage) == [] and await _all(db, Registration) == []
        [row] = await _all(db, InboundMessage)
        assert row.raw == msg.as_bytes(), "stored, not dropped"
    finally:
        await db.dispose()
