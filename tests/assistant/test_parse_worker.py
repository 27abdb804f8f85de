"""Tests of the parser's own process: limits of CPU time and memory, a worker replaced after a kill,
and, through the service, a message refused as too complex stored as failed and answered nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from collections.abc import AsyncIterator
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.inbound import Inbound, mail_key, parse_inbound
from assistant.parse_worker import OUT_OF_MEMORY, ParserUnavailable, ParseWorker
from assistant.parsing.complexity import TooComplex
from assistant.request import Intent, ParsedRequest
from assistant.service import Service
from storage.database import open_database
from storage.models import InboundMessage, OutboxMessage
from tests.fakes.parse_jobs import die, fail, hog, pid, spin, swallowed_memory_error
from tests.servers.mails import mail

AT = dt.datetime(2027, 2, 1, 9, 0, tzinfo=dt.UTC)


def _limited(config: Config, seconds: float) -> Config:
    return config.model_copy(update={"limits": config.limits.model_copy(update={"max_parse_seconds": seconds})})


def _signup(address: str = "anna.berg@falun.se", name: str = "Anna Berg") -> bytes:
    return mail(address, "Anmälan till DalaLab", f"Hej!\nJag anmäler mig till träffen den 3 maj.\n{name}\nFalu kommun\n",
                name=name)


def blockquote_bomb(levels: int = 24_000) -> bytes:
    """An HTML-only mail of never-closed nested blockquotes (288 KB of them at 24,000 levels)."""
    msg = EmailMessage()
    msg["From"] = "Eve Evil <eve@attack.example>"
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Anmälan"
    msg["Message-ID"] = f"<bomb{levels}@attack.example>"
    msg.set_content("<html><body>" + "<blockquote>" * levels + "Anmäl mig till 3 maj</body></html>", subtype="html")
    return bytes(msg)


@pytest.fixture
async def worker(config: Config) -> AsyncIterator[ParseWorker]:
    """A parser process with a short CPU limit (0.5 s)."""
    w = ParseWorker(_limited(config, 0.5))
    try:
        yield w
    finally:
        await w.close()


async def test_a_message_is_read_in_the_worker_as_in_process(worker: ParseWorker, config: Config) -> None:
    inbound = Inbound("email", "k", _signup(), AT)
    request, facts = await worker.parse(inbound)
    here, here_facts = parse_inbound(inbound, config)
    assert request is not None and here is not None
    assert request.contract() == here.contract() and facts == here_facts
    assert request.intent is Intent.REGISTER


async def test_a_parse_past_its_cpu_time_is_refused_and_the_worker_replaced(worker: ParseWorker) -> None:
    first = await worker.run(pid)
    start = time.monotonic()
    with pytest.raises(TooComplex, match="took more than 0.5 s"):
        await worker.run(spin, 30.0)
    assert time.monotonic() - start < 2.5   # 0.5 s of CPU, on a busy machine a little more on the clock
    assert await worker.run(spin, 0.01) == "done"
    assert await worker.run(pid) != first


async def test_a_parse_past_its_memory_is_refused_and_the_worker_renewed(worker: ParseWorker) -> None:
    first = await worker.run(pid)
    assert await worker.run(hog, 20) == 20 * 2**20   # a large message's worth is fine
    with pytest.raises(TooComplex) as refused:
        await worker.run(hog, 2_000)
    assert refused.value.reason == OUT_OF_MEMORY and "too complex" in str(refused.value)
    assert await worker.run(pid) != first   # a fresh heap after a MemoryError


async def test_a_memory_error_the_parser_swallowed_still_refuses_the_message(worker: ParseWorker) -> None:
    raw = bytes(blockquote_bomb(3))
    with pytest.raises(TooComplex, match="memory"):
        await worker.run(swallowed_memory_error, raw)


async def test_a_worker_that_dies_refuses_the_message_and_is_replaced(worker: ParseWorker) -> None:
    with pytest.raises(TooComplex, match="exit code 3"):
        await worker.run(die)
    assert await worker.run(spin, 0.0) == "done"


async def test_the_parsers_own_exceptions_come_back_as_they_were(worker: ParseWorker) -> None:
    with pytest.raises(ValueError, match="no such channel"):
        await worker.run(fail)
    assert await worker.run(spin, 0.0) == "done"


async def test_close_ends_the_worker_and_a_later_parse_starts_another(worker: ParseWorker) -> None:
    first = await worker.run(pid)
    await worker.close()
    await asyncio.sleep(0)
    with pytest.raises(ProcessLookupError):
        for _ in range(100):   # gone within a second (ended by the closed pipe)
            os.kill(first, 0)
            await asyncio.sleep(0.01)
    assert await worker.run(pid) != first


async def test_a_worker_that_cannot_start_is_unavailable_not_a_refusal(
        config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("assistant.parse_worker.memory_limit", lambda config: -2**70)   # setrlimit refuses it
    w = ParseWorker(config)
    try:
        with pytest.raises(ParserUnavailable):
            await w.parse(Inbound("email", "k", _signup(), AT))
    finally:
        await w.close()


async def test_a_cancelled_job_leaves_no_stale_answer_behind(worker: ParseWorker) -> None:
    job = asyncio.create_task(worker.run(spin, 0.3))
    await asyncio.sleep(0.1)
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    assert isinstance(await worker.run(pid), int)   # not the cancelled job's "done"


async def test_jobs_from_concurrent_callers_take_turns(worker: ParseWorker) -> None:
    results = await asyncio.gather(*(worker.run(spin, 0.01) for _ in range(8)))
    assert results == ["done"] * 8


# -- through the service ---------------------------------------------------------------------------------

async def test_the_288_kb_blockquote_mail_is_stored_failed_too_complex_and_answered_nothing(
        config: Config, clock: FixedClock, db_url: str) -> None:
    db = open_database(db_url)
    service = Service(config, db, clock)
    try:
        await service.prepare()
        bomb = blockquote_bomb()
        assert len(bomb) > 288_000
        start = time.monotonic()
        handled = await service.handle(Inbound("email", mail_key(bomb), bomb, clock.now()))
        assert time.monotonic() - start < 2.0
        assert handled.state == "failed" and "too complex" in handled.summary
        normal = _signup()
        assert (await service.handle(Inbound("email", mail_key(normal), normal, clock.now()))).state == "processed"
        again = await service.handle(Inbound("email", mail_key(bomb), bomb, clock.now()))   # offered again
        assert again.state == "failed" and again.inbound_id == handled.inbound_id   # the one record, no reply
        async with db.sessions() as session:
            rows = {r.sender: r for r in (await session.scalars(select(InboundMessage))).all()}
            outbox = (await session.scalars(select(OutboxMessage))).all()
        bad = next(r for r in rows.values() if r.state == "failed")
        assert "too complex: HTML nested more than" in (bad.error or "") and bad.raw == bomb
        assert [o.recipient for o in outbox] == ["anna.berg@falun.se"]   # nothing to the bomb's sender
        await service.queue_summary(clock.now().date(), {"email"}, record=False)
        async with db.sessions() as session:
            summaries = (await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary"))).all()
        assert summaries and all("too complex" in s.body_text for s in summaries)
    finally:
        await service.close()
        await db.dispose()


async def test_a_parse_past_the_time_limit_is_stored_failed_through_the_service(
        config: Config, clock: FixedClock, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(sqlite_url)
    service = Service(_limited(config, 0.3), db, clock)

    async def slow(inbound: Inbound) -> tuple[ParsedRequest | None, object]:
        return await service.parser.run(spin, 30.0)  # type: ignore[return-value]

    try:
        await service.prepare()
        monkeypatch.setattr(service.parser, "parse", slow)
        raw = _signup("bo.ek@falun.se", "Bo Ek")
        handled = await service.handle(Inbound("email", mail_key(raw), raw, clock.now()))
        assert handled.state == "failed" and "took more than 0.3 s" in handled.summary
        async with db.sessions() as session:
            assert (await session.scalars(select(OutboxMessage))).all() == []
    finally:
        await service.close()
        await db.dispose()


async def test_a_service_without_a_parser_process_stores_nothing_and_raises(
        config: Config, clock: FixedClock, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(sqlite_url)
    service = Service(config, db, clock)
    monkeypatch.setattr("assistant.parse_worker.memory_limit", lambda config: -2**70)
    try:
        await service.prepare()
        raw = _signup()
        with pytest.raises(ParserUnavailable):
            await service.handle(Inbound("email", mail_key(raw), raw, clock.now()))
        async with db.sessions() as session:
            assert (await session.scalars(select(InboundMessage))).all() == []   # the channel offers it again
    finally:
        await service.close()
        await db.dispose()
