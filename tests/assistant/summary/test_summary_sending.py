"""The daily summary reaches each organiser once a day — by e-mail (Maildir and real SMTP) with the list
attached, and on Telegram (the in-repo Bot API fake) — never twice after a restart, caught up once
after downtime, and one line (or nothing) on a quiet day.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from telegram import Bot

from assistant.clock import FixedClock
from assistant.config import Config, SmtpChannel
from assistant.dispatcher import Dispatcher
from assistant.exporting import export_document
from assistant.outgoing import Reply
from assistant.service import Service
from assistant.summary.schedule import SummaryScheduler, recipients
from handlers.maildir import MaildirOutbox
from handlers.smtp_sender import SmtpSender
from handlers.telegram.sender import TelegramSender
from storage.database import Database, open_database
from storage.models import OutboxMessage, SummaryRun
from storage.outbox import OutboxRepository
from tests.assistant.summary.test_summary_world import ORGANISER, ORGANISER_CHAT, S1, World, small_config
from tests.conftest import local
from tests.fakes.telegram_api import TOKEN, FakeRequest, FakeTelegram
from tests.servers.smtp import SmtpServer

SECOND = "anna.org@regiondalarna.se"


def _running(service: Service, channels: set[str]) -> SummaryScheduler:
    """A scheduler of a service that has been running since before the day's send time."""
    scheduler = SummaryScheduler(service, channels=channels)
    scheduler.started_at = local(2027, 1, 31, 12, 0)
    return scheduler


@asynccontextmanager
async def _world(config: Config, url: str, clock: FixedClock) -> AsyncIterator[World]:
    """A ``World`` on a prepared service and the database at ``url``, disposed of when the block ends."""
    db = open_database(url)
    try:
        world = World(config, db, clock)
        await world.service.prepare()
        yield world
    finally:
        await db.dispose()


async def _summaries(db: Database) -> list[OutboxMessage]:
    async with db.sessions() as session:
        return list((await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary")
                                           .order_by(OutboxMessage.id))).all())


async def _runs(db: Database) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(SummaryRun)) or 0)


async def _some_signups(world: World) -> None:
    await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun", diet="vegetarisk")
    await world.signup("Erik Lund", "erik.lund@falun.se", "Falu kommun", [S1])
    await world.signup("Karin Sjö", "karin.sjo@regiondalarna.se", "Region Dalarna")


async def test_once_per_day_per_organiser_even_after_a_restart(config: Config, db_url: str) -> None:
    cfg = small_config(config, emails=(ORGANISER, SECOND), telegram_ids=(ORGANISER_CHAT,))
    clock = FixedClock(local(2027, 2, 1, 6, 0))
    async with _world(cfg, db_url, clock) as world:
        db = world.db
        await _some_signups(world)
        scheduler = SummaryScheduler(world.service, channels={"email", "telegram"})
        assert await scheduler.tick() is None                       # 06:09: not yet
        clock.set(local(2027, 2, 1, 7, 0))
        first = await scheduler.tick()
        assert first is not None and len(first.queued) == 3
        # A restart (a new scheduler and database handle), and a second instance ticking at the same time.
        clock.set(local(2027, 2, 1, 7, 5))
        other = open_database(db_url)
        try:
            again = await asyncio.gather(
                SummaryScheduler(Service(cfg, db, clock), channels={"email", "telegram"}).tick(),
                SummaryScheduler(Service(cfg, other, clock), channels={"email", "telegram"}).tick())
        finally:
            await other.dispose()
        assert all(q is not None and not q.queued for q in again)
        rows = await _summaries(db)
        assert sorted((r.channel, r.recipient) for r in rows) == [
            ("email", SECOND), ("email", ORGANISER), ("telegram", str(ORGANISER_CHAT))]
        assert await _runs(db) == 3
        clock.set(local(2027, 2, 2, 7, 0))                          # the next day: again, once
        await world.signup("Per Ström", "per.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna")
        await scheduler.tick()
        await scheduler.tick()
        assert len(await _summaries(db)) == 6


async def test_a_service_down_at_the_hour_sends_the_missed_summary_once_when_it_starts(config: Config,
                                                                                      sqlite_url: str) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 6, 30))
    async with _world(cfg, sqlite_url, clock) as world:
        db = world.db
        first = SummaryScheduler(world.service, channels={"email"})   # running since 06:30
        await _some_signups(world)
        clock.set(local(2027, 2, 1, 7, 0))
        queued = await first.tick()
        assert queued is not None and queued.queued
        # Down from 1 February evening until 4 February 10:00.
        clock.set(local(2027, 2, 1, 18, 0))
        await world.signup("Per Ström", "per.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna")
        clock.set(local(2027, 2, 4, 10, 0))
        restarted = SummaryScheduler(Service(cfg, db, clock), channels={"email"})
        caught_up = await restarted.tick()
        assert caught_up is not None and caught_up.day == dt.date(2027, 2, 4) and caught_up.queued
        assert await restarted.tick() is not None and len(await _summaries(db)) == 2
        assert "Per Ström" in (await _summaries(db))[-1].body_text


async def test_a_fresh_install_started_after_the_hour_waits_for_the_next_morning(config: Config,
                                                                                sqlite_url: str) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 10, 0))
    db = open_database(sqlite_url)
    try:
        service = Service(cfg, db, clock)
        await service.prepare()
        scheduler = SummaryScheduler(service, channels={"email"})
        assert await scheduler.tick() is None
        clock.set(local(2027, 2, 2, 7, 0))
        queued = await scheduler.tick()
        assert queued is not None and queued.queued == (f"email:{ORGANISER}",)
    finally:
        await db.dispose()


@pytest.mark.parametrize("send_when_quiet", [True, False])
async def test_a_quiet_day_gives_one_line_or_nothing(config: Config, sqlite_url: str, send_when_quiet: bool) -> None:
    cfg = small_config(config, send_when_quiet=send_when_quiet)
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    async with _world(cfg, sqlite_url, clock) as world:
        db = world.db
        await _some_signups(world)
        scheduler = _running(world.service, {"email"})
        await scheduler.tick()
        clock.set(local(2027, 2, 2, 7, 0))
        quiet = await scheduler.tick()
        assert quiet is not None and quiet.quiet
        rows = await _summaries(db)
        assert await _runs(db) == 2                                  # recorded either way: not retried all day
        if send_when_quiet:
            assert len(rows) == 2
            assert rows[1].body_text.count("\n") == 1 and "inget nytt" in rows[1].body_text
            assert "inget nytt" in (rows[1].subject or "") and not rows[1].payload.get("attachments")
        else:
            assert len(rows) == 1


@pytest.mark.parametrize("emails, chats, expected", [
    ((ORGANISER,), (), {"email"}), ((), (ORGANISER_CHAT,), {"telegram"}),
    ((ORGANISER,), (ORGANISER_CHAT,), {"email", "telegram"})])
def test_email_only_telegram_only_or_both(config: Config, emails: tuple[str, ...], chats: tuple[int, ...],
                                          expected: set[str]) -> None:
    cfg = small_config(config, emails=emails, telegram_ids=chats)
    cfg = cfg.model_copy(update={"channels": cfg.channels.model_copy(update={
        "telegram": cfg.channels.telegram.model_copy(update={"enabled": True})})})
    assert {r.channel for r in recipients(cfg)} == expected


def _parse(data: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def _check_summary_mail(msg: EmailMessage) -> None:
    assert msg["To"] == ORGANISER
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "Daglig sammanfattning" in msg["Subject"]
    plain, rich = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None and rich is not None
    text, html = plain.get_content(), rich.get_content()
    assert "Falu kommun 2/3: Anna Berg, Erik Lund" in text
    assert "Falu kommun" in html and "<table" in html and "class=" not in html
    files = {part.get_filename(): part for part in msg.iter_attachments()}
    assert set(files) == {"deltagare-2027-02-01.xlsx", "deltagare-2027-02-01.csv"}
    book = load_workbook(io.BytesIO(files["deltagare-2027-02-01.xlsx"].get_content()))
    assert book.sheetnames[:2] == ["Översikt", "Organisationer"]
    assert book["Översikt"]["E2"].value == 3                          # confirmed on 3 May
    assert book["2027-05-03"]["C2"].value == "Anna Berg"
    csv_text = files["deltagare-2027-02-01.csv"].get_content()
    csv_text = csv_text.decode("utf-8-sig") if isinstance(csv_text, bytes) else csv_text.lstrip("\ufeff")
    assert csv_text.splitlines()[0] == "Träff;Status;Namn;E-post;Organisation;Kost;Anmäld"


async def test_email_through_the_maildir_outbox_carries_text_html_xlsx_and_csv(config: Config, sqlite_url: str,
                                                                                tmp_path: Path) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    async with _world(cfg, sqlite_url, clock) as world:
        db = world.db
        await _some_signups(world)
        await _running(world.service, {"email"}).tick()
        outbox = tmp_path / "outbox"
        await Dispatcher(db, {"email": MaildirOutbox(outbox, "anmalan@dalalab.example", clock)}, clock).run_once(500)
    files = sorted(outbox.glob("*-summary.eml"))
    assert len(files) == 1
    _check_summary_mail(_parse(files[0].read_bytes()))


async def test_email_through_real_smtp(config: Config, sqlite_url: str, smtp_server: SmtpServer) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    db = open_database(sqlite_url)
    settings = SmtpChannel(enabled=True, host="127.0.0.1", port=smtp_server.port, security="plain", user="",
                           from_address="anmalan@dalalab.example")
    sender = SmtpSender(settings, clock, password=None)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        async with db.sessions() as session, session.begin():   # the participants' replies are not the point
            for row in await OutboxRepository(session).all():
                await OutboxRepository(session).mark_sent(row.id, clock.now())
        await _running(world.service, {"email"}).tick()
        assert await Dispatcher(db, {"email": sender}, clock).run_once() == 1
    finally:
        await sender.close()
        await db.dispose()
    captured = smtp_server.wait_for(1)
    assert captured[0].rcpt_tos == (ORGANISER,)
    _check_summary_mail(captured[0].message)


async def test_telegram_gets_a_compact_text_and_the_xlsx_on_request(config: Config, sqlite_url: str) -> None:
    cfg = small_config(config, emails=(), telegram_ids=(ORGANISER_CHAT,))
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    fake = FakeTelegram()
    bot = Bot(TOKEN, request=FakeRequest(fake), get_updates_request=FakeRequest(fake))
    async with _world(cfg, sqlite_url, clock) as world:
        db = world.db
        await _some_signups(world)
        await _running(world.service, {"telegram"}).tick()
        async with world.service.reading() as uow:          # what /export reads and sends
            filename, data = export_document(await uow.registrations.rows(), cfg, clock.now())
        attached = {"filename": filename, "base64": base64.b64encode(data).decode(), "caption": cfg.event.name}
        async with db.sessions() as session, session.begin():
            await OutboxRepository(session).add(Reply("telegram", "export", str(ORGANISER_CHAT), None,
                                                      "Deltagarlistan som Excel-fil:", payload={"document": attached}),
                                                None, clock.now())
        async with bot:
            sent = await Dispatcher(db, {"telegram": TelegramSender(bot, clock)}, clock).run_once()
    assert sent == 2
    chat = fake.in_chat(ORGANISER_CHAT)
    text = chat[0].text or ""
    assert "3 maj: 3/10, 7 lediga" in text and "/export" in text and len(text) < 1000
    document = next(s.document for s in chat if s.document)
    assert document[0] == "deltagare-2027-02-01.xlsx"
    book = load_workbook(io.BytesIO(document[1]))
    assert [row[2] for row in book["2027-05-03"].iter_rows(min_row=2, values_only=True)] == [
        "Anna Berg", "Erik Lund", "Karin Sjö"]


async def test_queue_summary_force_sends_an_extra_unrecorded_copy(config: Config, sqlite_url: str) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 9, 0))
    async with _world(cfg, sqlite_url, clock) as world:
        db = world.db
        await _some_signups(world)
        day = dt.date(2027, 2, 1)
        assert (await world.service.queue_summary(day, {"email"})).queued
        assert (await world.service.queue_summary(day, {"email"})).already == (f"email:{ORGANISER}",)
        assert (await world.service.queue_summary(day, {"email"}, record=False)).queued
        assert len(await _summaries(db)) == 2 and await _runs(db) == 1
