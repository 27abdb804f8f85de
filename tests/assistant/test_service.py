"""The service's unit of work: stored once, answered once, failures kept, limits respected."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.inbound import mail_key
from assistant.service import Inbound, Service
from storage.database import Database, open_database
from storage.models import Base, InboundMessage, OutboxMessage, Registration
from storage.models import Person as PersonRow

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


# -- hostile names and raw UTF-8 headers, through the whole unit of work (issue 11, items 4, 5 and 7) --

def _raw_mail(headers: bytes, body: str) -> bytes:
    return headers + b"\r\nTo: anmalan@dalalab.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()


async def test_a_formula_as_display_name_is_never_greeted_or_registered(config: Config, clock: FixedClock,
                                                                      sqlite_url: str) -> None:
    service, db = await _service(config, clock, sqlite_url)
    try:
        body = "Hej!\nJag anmäler mig till träffen den 3 maj.\nFalu kommun\n"
        for n, display in enumerate((b"=?utf-8?q?=3DHYPERLINK=28=22http=3A=2F=2Fevil=2Eexample=22=3B=22x=22=29?=",
                                     b"\"=cmd|' /C calc'!A0\"", b"\"Eve \x1b[31mRed\x07 Evil\"")):
            msgid = f"<formula{n}@x.se>"
            raw = _raw_mail(b"From: " + display + b" <eve@gmail.com>\r\nSubject: Anm\xc3\xa4lan\r\nMessage-ID: "
                            + msgid.encode(), body)
            await service.handle(Inbound("email", msgid, raw, clock.now()))
        replies = await _all(db, OutboxMessage)
        assert len(replies) == 3
        for reply in replies:
            assert reply.body_text.startswith("Hej!\n"), reply.body_text[:60]     # not "Hej =HYPERLINK!"
            assert "namn" in reply.body_text                                    # the name is asked for
            assert "HYPERLINK" not in reply.body_text and "\x1b" not in reply.body_text
        assert await _all(db, Registration) == []
    finally:
        await db.dispose()


async def test_raw_utf8_headers_are_read_as_sent(config: Config, clock: FixedClock, db_url: str) -> None:
    service, db = await _service(config, clock, db_url)
    try:
        raw = _raw_mail("From: Åsa Öberg <asa@falun.se>\r\nSubject: Anmälan\r\nMessage-ID: <asa@falun.se>".encode(),
                        "Hej!\nJag anmäler mig till träffen den 3 maj.\n")
        await service.handle(Inbound("email", "<asa@falun.se>", raw, clock.now()))
        [reply] = await _all(db, OutboxMessage)
        assert reply.subject == "Re: Anmälan"
        assert reply.body_text.startswith("Hej Åsa!\n"), reply.body_text[:60]
        async with db.sessions() as session:
            names = (await session.scalars(select(PersonRow.name))).all()
        assert names == ["Åsa Öberg"]
    finally:
        await db.dispose()


def _hostile_mail() -> bytes:
    """A signup with every stored header, and everything the parser stores, far over its column's length."""
    long_id = "<" + "m" * 600 + "@hostile.example>"
    headers = [
        f'From: "Anna {"B" * 3000}" <{"a" * 400}@gagnef.se>',
        f"Reply-To: {'r' * 400}@gagnef.se",
        "To: anmalan@dalalab.example",
        "Subject: Anmälan " + "S" * 3000,
        f"Message-ID: {long_id}",
        "In-Reply-To: <" + "i" * 3000 + "@hostile.example>",
        "References: " + " ".join(f"<{'r' * 1000}{i}@hostile.example>" for i in range(30)),
        "Date: Mon, 01 Feb 2027 09:00:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    body = ("Jag anmäler mig till 3 maj. Jag är glutenintoleran" + "t" * 600 + ".\n"
            f"Vi är två: Karin {'K' * 500} ({'k' * 400}@mora.se) och jag.\n\n"
            f"Hälsningar\nAnna {'B' * 3000}\n{'Q' * 500} kommun\n")
    return ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


async def test_oversized_headers_and_names_are_stored_and_never_block_the_next_mail(
        config: Config, clock: FixedClock, db_url: str) -> None:
    service, db = await _service(config, clock, db_url)
    try:
        raw = _hostile_mail()
        hostile = await service.handle(Inbound("email", mail_key(raw), raw, clock.now()))
        assert hostile.state != "failed", hostile.summary
        normal = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<normal@gagnef.se>")
        handled = await service.handle(Inbound("email", mail_key(normal), normal, clock.now()))
        assert (handled.state, handled.duplicate) == ("processed", False)
        assert "ola.ek@gagnef.se" in [r.recipient for r in await _all(db, OutboxMessage)]
        first, _ = await _all(db, InboundMessage)
        assert first.raw == raw and len(first.subject or "") == 1000 and len(first.sender or "") <= 320
        again = await service.handle(Inbound("email", mail_key(raw), raw, clock.now()))
        assert again.duplicate and again.inbound_id == hostile.inbound_id
    finally:
        await db.dispose()


async def test_a_crash_on_a_mail_with_an_oversized_message_id_is_stored_as_failed(
        config: Config, clock: FixedClock, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "reply.txt.j2").write_text("Hej {{ no_such_value.attr }}", encoding="utf-8")
    broken = config.model_copy(update={"templates_dir": tmp_path})
    service, db = await _service(broken, clock, db_url)
    try:
        raw = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<" + "c" * 600 + "@gagnef.se>",
                    subject="Anmälan " + "S" * 1500)
        key = "<" + "c" * 600 + "@gagnef.se>"   # as a channel that keyed on the bare Message-ID would
        handled = await service.handle(Inbound("email", key, raw, clock.now()))
        assert handled.state == "failed"
        [row] = await _all(db, InboundMessage)
        assert row.state == "failed" and "no_such_value" in (row.error or "") and row.raw == raw
        assert (await service.handle(Inbound("email", key, raw, clock.now()))).duplicate
    finally:
        await db.dispose()


async def test_a_reused_message_id_from_another_sender_is_processed_and_answered(
        config: Config, clock: FixedClock, db_url: str) -> None:
    service, db = await _service(config, clock, db_url)
    try:
        first = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<form@webform.example>")
        second = _mail("Jag anmäler mig till 3 maj.\n\nAnna Berg\nFalu kommun\n", "<form@webform.example>",
                       sender="Anna Berg <anna.berg@falun.se>")
        one = await service.handle(Inbound("email", mail_key(first), first, clock.now()))
        two = await service.handle(Inbound("email", mail_key(second), second, clock.now()))
        assert (one.duplicate, two.duplicate) == (False, False) and one.inbound_id != two.inbound_id
        assert [(r.sender, r.state) for r in await _all(db, InboundMessage)] == [
            ("ola.ek@gagnef.se", "processed"), ("anna.berg@falun.se", "processed")]
        assert [r.recipient for r in await _all(db, OutboxMessage)] == ["ola.ek@gagnef.se", "anna.berg@falun.se"]
        assert len(await _all(db, Registration)) == 2
    finally:
        await db.dispose()


async def test_the_same_mail_again_is_processed_once_however_it_was_delivered(
        config: Config, clock: FixedClock, db_url: str) -> None:
    service, db = await _service(config, clock, db_url)
    try:
        raw = _mail("Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n", "<twice@gagnef.se>")
        # Re-delivered: another hop's headers in front, CRLF line ends (as IMAP hands it over).
        copy = (b"Received: from relay.example by mx.example; Mon, 1 Feb 2027 09:01:00 +0100\n" + raw
                ).replace(b"\n", b"\r\n")
        edited = raw.replace(b"3 maj", b"4 maj")   # the same Message-ID and sender, another text
        keys = [mail_key(m) for m in (raw, copy, edited)]
        assert keys[0] == keys[1] != keys[2]
        handled = [await service.handle(Inbound("email", mail_key(m), m, clock.now())) for m in (raw, copy)]
        assert [h.duplicate for h in handled] == [False, True]
        assert len(await _all(db, InboundMessage)) == 1 and len(await _all(db, OutboxMessage)) == 1
    finally:
        await db.dispose()
