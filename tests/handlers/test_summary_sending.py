"""The daily summary reaches each organiser once a day — by e-mail (Maildir and real SMTP) with the list
attached, and on Telegram (the in-repo Bot API fake) — never twice after a restart, caught up once
after downtime, and one line (or nothing) on a quiet day.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from telegram import Bot

from assistant.clock import FixedClock
from assistant.config import SmtpChannel
from assistant.dispatcher import Dispatcher
from handlers.maildir import MaildirOutbox
from handlers.smtp_sender import SmtpSender
from handlers.summary import SummaryScheduler, export_reply, queue_summary, recipients
from handlers.telegram_sender import TelegramSender
from storage.database import open_database
from storage.models import OutboxMessage, SummaryRun
from storage.outbox import OutboxRepository
from tests.conftest import local
from tests.fakes.telegram_api import TOKEN, FakeRequest, FakeTelegram
from tests.handlers.test_summary_world import ORGANISER, ORGANISER_CHAT, S1, World, small_config

SECOND = "anna.org@regiondalarna.se"


def _running(cfg, db, clock, channels) -> SummaryScheduler:
    """A scheduler of a service that has been running since before the day's send time."""
    scheduler = SummaryScheduler(cfg, db, clock, channels=channels)
    scheduler.started_at = local(2027, 1, 31, 12, 0)
    return scheduler


async def _summaries(db) -> list[OutboxMessage]:
    async with db.sessions() as session:
        return list((await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary")
                                           .order_by(OutboxMessage.id))).all())


async def _runs(db) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(SummaryRun)) or 0)


async def _some_signups(world: World) -> None:
    await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun", diet="vegetarisk")
    await world.signup("Erik Lund", "erik.lund@falun.se", "Falu kommun", [S1])
    await world.signup("Karin Sjö", "karin.sjo@regiondalarna.se", "Region Dalarna")


async def test_once_per_day_per_organiser_even_after_a_restart(config, db_url):
    cfg = small_config(config, emails=(ORGANISER, SECOND), telegram_ids=(ORGANISER_CHAT,))
    clock = FixedClock(local(2027, 2, 1, 6, 0))
    db = open_database(db_url)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        scheduler = SummaryScheduler(cfg, db, clock, channels={"email", "telegram"})
        assert await scheduler.tick() is None                       # 06:09: not yet
        clock.set(local(2027, 2, 1, 7, 0))
        first = await scheduler.tick()
        assert first is not None and len(first.queued) == 3
        # A restart (a new scheduler and database handle), and a second instance ticking at the same time.
        clock.set(local(2027, 2, 1, 7, 5))
        other = open_database(db_url)
        try:
            again = await asyncio.gather(
                SummaryScheduler(cfg, db, clock, channels={"email", "telegram"}).tick(),
                SummaryScheduler(cfg, other, clock, channels={"email", "telegram"}).tick())
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
    finally:
        await db.dispose()


async def test_a_service_down_at_the_hour_sends_the_missed_summary_once_when_it_starts(config, sqlite_url):
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 6, 30))
    db = open_database(sqlite_url)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        first = SummaryScheduler(cfg, db, clock, channels={"email"})   # running since 06:30
        await _some_signups(world)
        clock.set(local(2027, 2, 1, 7, 0))
        assert (await first.tick()).queued
        # Down from 1 February evening until 4 February 10:00.
        clock.set(local(2027, 2, 1, 18, 0))
        await world.signup("Per Ström", "per.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna")
        clock.set(local(2027, 2, 4, 10, 0))
        restarted = SummaryScheduler(cfg, db, clock, channels={"email"})
        caught_up = await restarted.tick()
        assert caught_up is not None and caught_up.day == dt.date(2027, 2, 4) and caught_up.queued
        assert await restarted.tick() is not None and len(await _summaries(db)) == 2
        assert "Per Ström" in (await _summaries(db))[-1].body_text
    finally:
        await db.dispose()


async def test_a_fresh_install_started_after_the_hour_waits_for_the_next_morning(config, sqlite_url):
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 10, 0))
    db = open_database(sqlite_url)
    try:
        await World(cfg, db, clock).service.prepare()
        scheduler = SummaryScheduler(cfg, db, clock, channels={"email"})
        assert await scheduler.tick() is None
        clock.set(local(2027, 2, 2, 7, 0))
        assert (await scheduler.tick()).queued == (f"email:{ORGANISER}",)
    finally:
        await db.dispose()


@pytest.mark.parametrize("send_when_quiet", [True, False])
async def test_a_quiet_day_gives_one_line_or_nothing(config, sqlite_url, send_when_quiet):
    cfg = small_config(config, send_when_quiet=send_when_quiet)
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    db = open_database(sqlite_url)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        scheduler = _running(cfg, db, clock, {"email"})
        await scheduler.tick()
        clock.set(local(2027, 2, 2, 7, 0))
        quiet = await scheduler.tick()
        assert quiet is not None and quiet.quiet
        rows = await _summaries(db)
        assert await _runs(db) == 2                                  # recorded either way: not retried all day
        if send_when_quiet:
            assert len(rows) == 2
            assert rows[1].body_text.count("\n") == 1 and "inget nytt" in rows[1].body_text
            assert "inget nytt" in rows[1].subject and not rows[1].payload.get("attachments")
        else:
            assert len(rows) == 1
    finally:
        await db.dispose()


@pytest.mark.parametrize("emails, chats, expected", [
    ((ORGANISER,), (), {"email"}), ((), (ORGANISER_CHAT,), {"telegram"}),
    ((ORGANISER,), (ORGANISER_CHAT,), {"email", "telegram"})])
def test_email_only_telegram_only_or_both(config, emails, chats, expected):
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
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
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


async def test_email_through_the_maildir_outbox_carries_text_html_xlsx_and_csv(config, sqlite_url, tmp_path):
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    db = open_database(sqlite_url)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        await _running(cfg, db, clock, {"email"}).tick()
        outbox = tmp_path / "outbox"
        await Dispatcher(db, {"email": MaildirOutbox(outbox, "anmalan@dalalab.example", clock)}, clock).run_once(500)
    finally:
        await db.dispose()
    files = sorted(outbox.glob("*-summary.eml"))
    assert len(files) == 1
    _check_summary_mail(_parse(files[0].read_bytes()))


async def test_email_through_real_smtp(config, sqlite_url, smtp_server):
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
        await _running(cfg, db, clock, {"email"}).tick()
        assert await Dispatcher(db, {"email": sender}, clock).run_once() == 1
    finally:
        await sender.close()
        await db.dispose()
    captured = smtp_server.wait_for(1)
    assert captured[0].rcpt_tos == (ORGANISER,)
    _check_summary_mail(captured[0].message)


async def test_telegram_gets_a_compact_text_and_the_xlsx_on_request(config, sqlite_url):
    cfg = small_config(config, emails=(), telegram_ids=(ORGANISER_CHAT,))
    clock = FixedClock(local(2027, 2, 1, 7, 0))
    db = open_database(sqlite_url)
    fake = FakeTelegram()
    bot = Bot(TOKEN, request=FakeRequest(fake), get_updates_request=FakeRequest(fake))
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        await _running(cfg, db, clock, {"telegram"}).tick()
        async with db.sessions() as session, session.begin():
            await OutboxRepository(session).add(await export_reply(cfg, db, ORGANISER_CHAT, clock.now()),
                                                None, clock.now())
        async with bot:
            sent = await Dispatcher(db, {"telegram": TelegramSender(bot, clock)}, clock).run_once()
    finally:
        await db.dispose()
    assert sent == 2
    chat = fake.in_chat(ORGANISER_CHAT)
    text = chat[0].text or ""
    assert "3 maj: 3/10, 7 lediga" in text and "/export" in text and len(text) < 1000
    document = next(s.document for s in chat if s.document)
    assert document[0] == "deltagare-2027-02-01.xlsx"
    book = load_workbook(io.BytesIO(document[1]))
    assert [row[2] for row in book["2027-05-03"].iter_rows(min_row=2, values_only=True)] == [
        "Anna Berg", "Erik Lund", "Karin Sjö"]


async def test_queue_summary_force_sends_an_extra_unrecorded_copy(config, sqlite_url):
    cfg = small_config(config)
    clock = FixedClock(local(2027, 2, 1, 9, 0))
    db = open_database(sqlite_url)
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await _some_signups(world)
        day = dt.date(2027, 2, 1)
        assert (await queue_summary(cfg, db, clock.now(), day, {"email"})).queued
        assert (await queue_summary(cfg, db, clock.now(), day, {"email"})).already == (f"email:{ORGANISER}",)
        assert (await queue_summary(cfg, db, clock.now(), day, {"email"}, record=False)).queued
        assert len(await _summaries(db)) == 2 and await _runs(db) == 1
    finally:
        await db.dispose()
