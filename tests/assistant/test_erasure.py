"""Erasure is complete and its answer true (issue 12, item 7): after Bo Berg erases himself no table,
column, JSON, base64 attachment or log line holds his name, address, diet or Telegram id."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, text, update

from assistant.chat import END, ChatTurn, SaveConversation
from assistant.clock import FixedClock
from assistant.config import Config
from assistant.dispatcher import Dispatcher
from assistant.inbound import Handled, Inbound
from assistant.logs import Redactor
from assistant.outgoing import Reply
from assistant.ports import Outgoing
from assistant.request import Intent, ParsedRequest, Sender
from assistant.service import Service
from storage.database import Database
from storage.models import Base, OutboxMessage, OutboxState, Person
from tests.servers.service import prepared_service

BO_TELEGRAM = 5550012345
BO = ("Bo Berg", "bo.berg@falun.se", "glutenfri", str(BO_TELEGRAM))


def mail(sender: str, subject: str, body: str, msgid: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return msg.as_bytes()


# -- reading everything the service wrote ----------------------------------------------------------

def texts_of(value: Any) -> Iterator[str]:
    """Every text a stored value holds, decoded: mails (headers and parts), JSON, base64 attachments
    (an XLSX opened with openpyxl, a CSV), numbers."""
    if value is None:
        return
    if isinstance(value, bytes | memoryview):
        data = bytes(value)
        yield data.decode("utf-8", "replace")
        yield from _mail_texts(data)
    elif isinstance(value, dict | list):
        yield json.dumps(value, ensure_ascii=False)
        for item in value.values() if isinstance(value, dict) else value:
            yield from texts_of(item)
    elif isinstance(value, str):
        yield value
        if len(value) > 40 and re.fullmatch(r"[A-Za-z0-9+/=\s]+", value):
            yield from _attachment_texts(base64.b64decode(value))
    else:
        yield str(value)


def _mail_texts(data: bytes) -> Iterator[str]:
    msg = message_from_bytes(data, policy=policy.default)
    for name, header in msg.items():
        yield f"{name}: {header}"
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            yield payload.decode("utf-8", "replace")
            yield from _attachment_texts(payload)


def _attachment_texts(data: bytes) -> Iterator[str]:
    yield data.decode("utf-8", "replace")
    if data.startswith(b"PK"):
        book = openpyxl.load_workbook(io.BytesIO(data))
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                yield " | ".join(str(c) for c in row if c is not None)
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            for name in zipped.namelist():
                yield zipped.read(name).decode("utf-8", "replace")
    elif b"BEGIN:VCALENDAR" in data or data[:1] == b"\n" or b";" in data[:200]:
        yield data.decode("utf-8", "replace")


def traces_in(found: Iterator[tuple[str, str]], needles: tuple[str, ...]) -> list[str]:
    """``where: needle`` for every needle (case-insensitive) in every (where, text)."""
    out = []
    for where, content in found:
        folded = content.casefold()
        out += [f"{where}: {n!r}" for n in needles if n.casefold() in folded]
    return sorted(set(out))


async def database_texts(db: Database) -> list[tuple[str, str]]:
    """(table.column#id, text) for every column of every row of every table in the schema."""
    out = []
    async with db.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings().all():
                for column, value in row.items():
                    out += [(f"{table.name}.{column}#{row.get('id')}", t) for t in texts_of(value)]
    return out


# -- the scenario ----------------------------------------------------------------------------------

class Capture:
    """A sender for both channels that keeps what it was given."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.sent: list[tuple[str, str]] = []

    async def send(self, row: Outgoing, original: bytes | None) -> None:
        self.sent.append((row.recipient, row.body_text))


async def _bo_everywhere(service: Service, db: Database, clock: FixedClock) -> None:
    """Bo signs up (diet included), links Telegram, a colleague's mail names him, a summary lists him."""
    await service.handle(Inbound("email", "<bo1@falun.se>", mail(
        "Bo Berg <bo.berg@falun.se>", "Anmälan DalaLab",
        "Hej!\n\nJag anmäler mig till träffen 3 maj. Jag är glutenfri.\n\nBo Berg\nFalu kommun\n",
        "<bo1@falun.se>"), clock.now()))
    clock.advance(dt.timedelta(minutes=5))
    await service.handle(Inbound("email", "<karin1@falun.se>", mail(
        "Karin Dahl <karin.dahl@falun.se>", "Anmälan",
        "Hej!\n\nJag anmäler mig till 3 maj. Min kollega Bo Berg (bo.berg@falun.se) kommer också.\n\n"
        "Karin Dahl\nFalu kommun\n", "<karin1@falun.se>"), clock.now()))
    clock.advance(dt.timedelta(minutes=5))
    async with db.sessions() as session:
        bo = (await session.scalars(select(Person).where(Person.email == "bo.berg@falun.se"))).one()
    assert bo.diet == "glutenfri", "the scenario must store Bo's diet"

    async def link(uow: Any, now: dt.datetime) -> list[Reply]:   # what the bot's /koppla code does
        await uow.confirmations.add("LINKCODE1234", person_id=bo.id, now=now, valid_for=dt.timedelta(days=1),
                                    request={"kind": "link-telegram", "email": "bo.berg@falun.se",
                                             "telegram_user_id": BO_TELEGRAM, "confirm_to": "bo.berg@falun.se"})
        await uow.registrations.link_telegram(bo.id, BO_TELEGRAM)
        return [Reply("telegram", "chat", str(BO_TELEGRAM), None, "Klart! Anmälan för Bo Berg är nu kopplad.")]

    update_json = {"update_id": 900001, "message": {"chat": {"id": BO_TELEGRAM, "type": "private"},
                                                     "from": {"id": BO_TELEGRAM, "first_name": "Bo",
                                                              "last_name": "Berg"}, "text": "/koppla"}}
    await service.record_turn(
        Inbound("telegram", "900001", json.dumps(update_json).encode(), clock.now(), {"chat_id": BO_TELEGRAM}),
        ChatTurn(str(BO_TELEGRAM), "command", SaveConversation("name", {"name": "Bo Berg", "diet": "glutenfri"}),
                 action=link), sender=str(BO_TELEGRAM))
    clock.advance(dt.timedelta(hours=1))
    queued = await service.queue_summary(clock.now().date())
    assert queued.queued
    async with db.sessions() as session, session.begin():
        summaries = (await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary"))).all()
        assert any("Bo Berg" in t for s in summaries for t in texts_of(s.payload)), "the summary must list Bo"
        await session.execute(update(OutboxMessage).values(state=OutboxState.SENT, sent_at=clock.now()))


async def _erase_by_mail(service: Service, clock: FixedClock) -> Handled:
    return await service.handle(Inbound("email", "<bo2@falun.se>", mail(
        "Bo Berg <bo.berg@falun.se>", "Radera mina uppgifter",
        "Hej!\n\nRadera alla mina personuppgifter.\n\nBo Berg\n", "<bo2@falun.se>"), clock.now()))


async def _erase_in_telegram(service: Service, clock: FixedClock) -> Handled:
    """What the bot's /radera button hands the service: the request, the chat's answer, the conversation's end."""
    chat = str(BO_TELEGRAM)
    update_json = {"update_id": 900002, "callback_query": {"from": {"id": BO_TELEGRAM, "first_name": "Bo"},
                                                           "data": "er:sv:yes"}}
    return await service.submit(
        Inbound("telegram", "900002", json.dumps(update_json).encode(), clock.now(), {"chat_id": BO_TELEGRAM}),
        ParsedRequest(Intent.ERASURE, (), sender=Sender("telegram", chat, "Bo Berg"), language="sv"),
        turn=ChatTurn(chat, None, END, (Reply("telegram", "chat", chat, None, "Vill du radera? – Ja, radera"),)))


@pytest.mark.parametrize("channel", ["email", "telegram"])
async def test_after_erasure_nothing_the_service_wrote_names_the_person(
        config: Config, clock: FixedClock, db_url: str, caplog: pytest.LogCaptureFixture, channel: str) -> None:
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(Redactor())   # as configure_logging installs it on every handler
    async with prepared_service(config, db_url, clock) as (service, db):
        await _bo_everywhere(service, db, clock)
        before = traces_in(iter(await database_texts(db)), BO)
        assert any(t.startswith("outbox.payload") for t in before) and any(
            t.startswith("people.") for t in before), before   # the grep finds him where he is
        clock.advance(dt.timedelta(hours=1))
        erased = await (_erase_by_mail if channel == "email" else _erase_in_telegram)(service, clock)
        assert erased.intent == "erasure"
        senders = {"email": Capture("email"), "telegram": Capture("telegram")}
        while await Dispatcher(db, senders, clock).run_once():
            pass
        answers = [text for to, text in senders[channel].sent if "Vi har raderat dina personuppgifter" in text]
        assert len(answers) == 1 and senders[channel].sent[-1][0] in ("bo.berg@falun.se", str(BO_TELEGRAM))
        left = traces_in(iter(await database_texts(db)), BO)
        assert not left, "\n".join(left)
        logged = [(f"log:{r.name}", r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO]
        left = traces_in(iter(logged), BO)
        assert not left, "\n".join(left)
        async with db.sessions() as session:   # what the organisers keep: the places given up, the rows
            people = (await session.execute(text("select count(*) from people where erased_at is not null"))).scalar()
            assert people == 1
            assert (await session.execute(text("select count(*) from inbound_messages"))).scalar() == 4


@pytest.mark.parametrize("registered_by_colleague", [True, False])
async def test_an_erasure_that_finds_nothing_of_the_sender_says_so(
        config: Config, clock: FixedClock, db_url: str, registered_by_colleague: bool) -> None:
    """Bo, registered by a colleague without his address (or not at all), asks for erasure: nothing matches
    his address, so he is not told that his data was erased, but what happened and whom to ask."""
    async with prepared_service(config, db_url, clock) as (service, db):
        if registered_by_colleague:
            await service.handle(Inbound("email", "<karin2@falun.se>", mail(
                "Karin Dahl <karin.dahl@falun.se>", "Anmälan",
                "Hej!\n\nJag anmäler min kollega Bo Berg, Falu kommun, till 3 maj.\n\nKarin Dahl\nFalu kommun\n",
                "<karin2@falun.se>"), clock.now()))
            clock.advance(dt.timedelta(minutes=5))
        await service.handle(Inbound("email", "<bo3@falun.se>", mail(
            "Bo Berg <bo.berg@falun.se>", "Radera", "Hej!\n\nRadera mina personuppgifter.\n\nBo Berg\n",
            "<bo3@falun.se>"), clock.now()))
        async with db.sessions() as session:
            answer = (await session.scalars(select(OutboxMessage).where(
                OutboxMessage.recipient == "bo.berg@falun.se"))).one()
            people = (await session.scalars(select(Person))).all()
        assert "Vi har raderat dina personuppgifter" not in answer.body_text
        assert re.search(r"[Ii]ngenting (?:är|har) raderat", answer.body_text), answer.body_text
        assert [p.name for p in people if p.erased_at is None] == (["Bo Berg"] if registered_by_colleague else [])
        if not registered_by_colleague:   # what his address sent is his to erase, and it is gone
            assert "kontakta arrangörerna på linnea.hassis@regiondalarna.se" in answer.body_text
            left = traces_in(iter(await database_texts(db)), BO)
            assert left == ["outbox.recipient#1: 'bo.berg@falun.se'"], left   # until the answer is sent


async def test_the_log_names_no_one_over_a_signup_a_cancellation_and_an_erasure(
        config: Config, clock: FixedClock, sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(Redactor())
    sender = "Anna Andersson <anna.andersson@falun.se>"
    async with prepared_service(config, sqlite_url, clock) as (service, _):
        for n, (subject, body) in enumerate([
                ("Anmälan", "Jag anmäler mig till 3 maj och 21 september. Jag är vegan.\n\nAnna Andersson\nFalu kommun\n"),
                ("Avanmälan", "Jag kan inte komma 21 september, avanmäl mig.\n\nAnna Andersson\n"),
                ("Radera", "Radera alla mina personuppgifter.\n\nAnna Andersson\n")]):
            clock.advance(dt.timedelta(minutes=5))
            handled = await service.handle(Inbound("email", f"<a{n}@falun.se>",
                                                   mail(sender, subject, body, f"<a{n}@falun.se>"), clock.now()))
            assert handled.intent == ("register", "cancel", "erasure")[n]
        logged = [r.getMessage() for r in caplog.records if r.name.startswith("anmalan")]
        assert len(logged) == 3 and "a***@falun.se" in logged[0], logged
        left = traces_in(iter(("log", m) for m in logged), ("Anna Andersson", "anna.andersson@falun.se", "vegan"))
        assert not left, logged


def test_the_redactor_masks_addresses_and_telegram_ids_that_reach_a_record() -> None:
    redact = Redactor().redact
    assert redact("reply 4 to Bo.Berg@falun.se failed: 550 <bo.berg@falun.se> unknown") == \
        "reply 4 to B***@falun.se failed: 550 <b***@falun.se> unknown"
    assert redact("telegram user 5550012345 linked; sent to chat 5550012345") == \
        "telegram user 5*** linked; sent to chat 5***"
    assert redact("database postgresql+asyncpg://anmalan:s3cret@db/anmalan") == \
        "database postgresql+asyncpg://anmalan:<redacted>@db/anmalan"
