"""The IMAP inbox against a real Dovecot: nothing marked before the commit, batches, IDLE, reconnects."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from imap_tools import MailBoxUnencrypted

from assistant.clock import FixedClock
from assistant.config import ImapChannel
from assistant.inbound import mail_key
from assistant.service import Handled, Inbound
from handlers.imap_connection import PROCESSED_KEYWORD, ImapConnection
from handlers.imap_inbox import ImapInbox
from tests.conftest import local
from tests.servers.dovecot import PASSWORD, Dovecot, free_port
from tests.servers.mails import mail, message_id_of

pytestmark = pytest.mark.dovecot


class Recorder:
    """The service's seat: records what it is handed (and can fail on a chosen message)."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.seen: list[Inbound] = []
        self.fail_on = fail_on

    async def __call__(self, inbound: Inbound) -> Handled:
        if self.fail_on and self.fail_on in inbound.raw.decode("utf-8", "replace"):
            raise RuntimeError("database unavailable")
        duplicate = any(s.external_key == inbound.external_key for s in self.seen)
        self.seen.append(inbound)
        return Handled(len(self.seen), duplicate, "processed")

    @property
    def keys(self) -> list[str]:
        return [s.external_key for s in self.seen]

    async def wait_for(self, count: int, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.seen) < count:
            assert time.monotonic() < deadline, f"handled {len(self.seen)} of {count}"
            await asyncio.sleep(0.02)


async def until(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Poll ``check`` (every 10 ms) until it is true; fail naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        await asyncio.sleep(0.01)


class Watch:
    """What the inbox's connections did, recorded from its worker thread: each wait for new mail
    begun and what it found, and the uids acknowledged to the server."""

    def __init__(self) -> None:
        self.waits_begun = 0
        self.woken: list[bool] = []        # per finished wait: whether new mail ended it
        self.acknowledged: list[int] = []

    @property
    def waiting(self) -> bool:
        """Whether a connection is waiting for new mail now (IDLE, or the pause without it)."""
        return self.waits_begun > len(self.woken)

    def connect(self, channel: ImapChannel, *,
                without: frozenset[str] = frozenset()) -> Callable[[], ImapConnection]:
        """A ``connect`` for ImapInbox whose connections report here (and lack the ``without`` capabilities)."""
        def connect() -> ImapConnection:
            conn = _WatchedConnection(channel, PASSWORD)
            conn.watch = self
            conn.capabilities -= without
            return conn
        return connect


class _WatchedConnection(ImapConnection):
    watch: Watch

    def wait(self, timeout: float, stop: threading.Event, poll_seconds: float) -> bool:
        self.watch.waits_begun += 1
        arrived = False
        try:
            arrived = super().wait(timeout, stop, poll_seconds)
        finally:
            self.watch.woken.append(arrived)
        return arrived

    def acknowledge(self, uids: list[int]) -> None:
        super().acknowledge(uids)
        self.watch.acknowledged.extend(uids)


def settings(dovecot: Dovecot, user: str, **changes: Any) -> ImapChannel:
    base: dict[str, Any] = {"enabled": True, "host": "127.0.0.1", "port": dovecot.imap_port, "security": "plain",
                            "user": user, "password_env": "ANMALAN_TEST_IMAP_PASSWORD", "batch_size": 10,
                            "idle_timeout_seconds": 60}
    return ImapChannel(**{**base, **changes})


def folder_state(dovecot: Dovecot, user: str) -> dict[str, list[set[str]]]:
    """Each folder's messages, as their flag sets (what a person would see in a mail client)."""
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD, initial_folder=None) as box:
        out = {}
        for folder in ("INBOX", "Processed"):
            if box.folder.exists(folder):
                box.folder.set(folder)
                out[folder] = [set(m.flags) for m in box.fetch(mark_seen=False, headers_only=True)]
        return out


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANMALAN_TEST_IMAP_PASSWORD", PASSWORD)


@asynccontextmanager
async def running(inbox: ImapInbox, handle: Callable[[Inbound], Awaitable[Handled]]) -> AsyncIterator[None]:
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.run(handle, stop))
    try:
        await asyncio.wait_for(inbox.connected.wait(), 5)
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


def signups(n: int, start: int = 0) -> list[bytes]:
    return [mail(f"planner{i}@falun.se", "Anmälan DalaLab", f"Hej! Jag vill anmäla mig. /Planerare {i}")
            for i in range(start, start + n)]


async def test_a_backlog_is_taken_in_batches_and_moved_only_after_each_commit(dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    sent = signups(25)
    dovecot.deliver_many(user, sent)
    inbox = ImapInbox(settings(dovecot, user, batch_size=10), _clock(), 5_000_000)
    conn = await asyncio.to_thread(inbox.connect)
    try:
        recorder = Recorder()
        assert await inbox.drain(conn, recorder, asyncio.Event()) == 25
    finally:
        await asyncio.to_thread(conn.close)
    assert recorder.keys == [mail_key(raw) for raw in sent]   # as sent: Dovecot's added headers change nothing
    ref = recorder.seen[0].source_ref or {}
    assert ref["uid"] == 1 and ref["uidvalidity"] > 0 and ref["folder"] == "INBOX"
    state = folder_state(dovecot, user)
    assert state["INBOX"] == []
    assert len(state["Processed"]) == 25 and all("\\Seen" in flags for flags in state["Processed"])


async def test_an_acknowledgement_cut_short_before_its_move_is_finished_at_the_next_connect(
        dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    dovecot.deliver_many(user, signups(3))
    # The service died between marking two messages processed and moving them.
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
        box.client.uid("STORE", "1,2", "+FLAGS.SILENT", f"(\\Seen {PROCESSED_KEYWORD})")
    conn = await asyncio.to_thread(ImapConnection, settings(dovecot, user), PASSWORD)
    try:
        assert await asyncio.to_thread(conn.pending_uids, 10) == [3]   # the third was never processed
    finally:
        await asyncio.to_thread(conn.close)
    state = folder_state(dovecot, user)
    assert len(state["INBOX"]) == 1 and len(state["Processed"]) == 2


async def test_one_fetch_holds_no_more_message_bytes_than_its_budget(dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    dovecot.deliver_many(user, [mail(f"p{i}@falun.se", "Anmälan", "Hej!\n" + "x" * 6_000) for i in range(4)])
    conn = await asyncio.to_thread(ImapConnection, settings(dovecot, user), PASSWORD)
    try:
        uids = await asyncio.to_thread(conn.pending_uids, 10)
        fetched, tried = await asyncio.to_thread(conn.fetch, uids, 100_000, 15_000)
    finally:
        await asyncio.to_thread(conn.close)
    assert len(uids) == 4 and tried == uids[:2] and [f.uid for f in fetched] == uids[:2]


async def test_a_message_whose_commit_failed_stays_unread_in_the_inbox_and_comes_again(dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    dovecot.deliver_many(user, signups(5))
    inbox = ImapInbox(settings(dovecot, user), _clock(), 5_000_000)
    conn = await asyncio.to_thread(inbox.connect)
    try:
        with pytest.raises(RuntimeError):
            await inbox.drain(conn, Recorder(fail_on="Planerare 2"), asyncio.Event())
    finally:
        await asyncio.to_thread(conn.close)
    state = folder_state(dovecot, user)
    assert len(state["Processed"]) == 2                       # the two committed ones
    assert len(state["INBOX"]) == 3 and all("\\Seen" not in f for f in state["INBOX"])
    recorder = Recorder()
    async with running(inbox, recorder):
        await recorder.wait_for(3)
    assert [s.raw.count(b"Planerare 2") for s in recorder.seen] == [1, 0, 0]


async def test_idle_wakes_for_new_mail_and_a_redelivered_copy_is_handed_over_as_the_same_key(
        dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    watch = Watch()
    channel = settings(dovecot, user)
    inbox = ImapInbox(channel, _clock(), 5_000_000, connect=watch.connect(channel))
    recorder = Recorder()
    raw = signups(1)[0]
    async with running(inbox, recorder):
        await until(lambda: watch.waiting, "the inbox waits in IDLE")   # the first search found nothing
        started = time.monotonic()
        dovecot.deliver(user, raw)
        await recorder.wait_for(1, timeout=3)
        latency = time.monotonic() - started
        assert watch.woken == [True]           # IDLE told of the new mail (no search found it first)
        await until(lambda: watch.waiting, "the inbox waits in IDLE again")
        dovecot.deliver(user, raw)   # the same message again (a re-delivered copy)
        await recorder.wait_for(2, timeout=3)
        assert watch.woken == [True, True]
    assert latency < 2.5
    assert recorder.keys == [mail_key(raw)] * 2
    assert recorder.seen[1].source_ref and recorder.seen[1].source_ref["uid"] == 2


async def test_without_idle_or_move_the_inbox_polls_and_copies(dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    watch = Watch()
    channel = settings(dovecot, user)
    connect = watch.connect(channel, without=frozenset({"IDLE", "MOVE"}))   # an older server
    inbox = ImapInbox(channel, _clock(), 5_000_000, connect=connect, poll_seconds=0.1)
    recorder = Recorder()
    async with running(inbox, recorder):
        dovecot.deliver_many(user, signups(3))
        await recorder.wait_for(3)
        await until(lambda: len(watch.acknowledged) == 3, "the three are acknowledged (copied and expunged)")
    assert not any(watch.woken)             # no IDLE: the pause between searches never reports mail
    state = folder_state(dovecot, user)
    assert state["INBOX"] == [] and len(state["Processed"]) == 3


async def test_an_oversized_message_is_handed_over_in_part_and_marked(dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    big = mail("planner@mora.se", "Bilagor", "Hej!\n" + "x" * 20_000)
    dovecot.deliver_many(user, [big, signups(1)[0]])
    inbox = ImapInbox(settings(dovecot, user), _clock(), 5_000)
    recorder = Recorder()
    async with running(inbox, recorder):
        await recorder.wait_for(2)
    first = recorder.seen[0]
    assert first.external_key.startswith(message_id_of(big) + " ")   # the digest is of the part fetched
    assert len(first.raw) == 5_001 and first.source_ref and first.source_ref["truncated"] is True
    assert first.source_ref["size"] > 20_000
    assert "truncated" not in (recorder.seen[1].source_ref or {})


@pytest.mark.parametrize("security", ["tls", "starttls"])
async def test_the_inbox_logs_in_over_tls_and_starttls(dovecot: Dovecot, trust_test_ca: object,
                                                       security: str) -> None:
    user = dovecot.new_user()
    dovecot.deliver(user, signups(1)[0])
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    inbox = ImapInbox(settings(dovecot, user, security=security, port=port), _clock(), 5_000_000)
    recorder = Recorder()
    async with running(inbox, recorder):
        await recorder.wait_for(1)


async def test_an_unreachable_server_is_logged_once_and_retried_with_backoff(
        dovecot: Dovecot, caplog: pytest.LogCaptureFixture) -> None:
    # (Not a wrong password: Dovecot's auth penalty would then slow down every later login of the session.)
    attempts: list[float] = []   # when each connection attempt began
    nowhere = settings(dovecot, dovecot.new_user(), port=free_port())

    def connect() -> ImapConnection:
        attempts.append(time.monotonic())
        return ImapConnection(nowhere, PASSWORD)

    inbox = ImapInbox(settings(dovecot, "nobody"), _clock(), 5_000_000, connect=connect, backoff_base=0.05)
    stop = asyncio.Event()
    with caplog.at_level(logging.INFO, logger="anmalan.imap"):
        task = asyncio.create_task(inbox.run(Recorder(), stop))
        await until(lambda: len(attempts) >= 4, "four connection attempts")
        stop.set()
        await asyncio.wait_for(task, 5)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "reconnecting" in warnings[0]
    # the pause before each retry doubles: 0.05, 0.1, 0.2 s (at least; a loaded machine only adds to them)
    pauses = [later - earlier for earlier, later in itertools.pairwise(attempts[:4])]
    assert all(pause >= 0.9 * 0.05 * 2 ** i for i, pause in enumerate(pauses)), pauses
    assert sum(pauses) < 3.0, pauses   # ... and not a long wait: 0.35 s in all, with room for a slow machine


async def test_a_server_restart_is_survived_and_mail_that_came_meanwhile_is_fetched(
        dovecot: Dovecot, caplog: pytest.LogCaptureFixture) -> None:
    user = dovecot.new_user()
    channel = settings(dovecot, user)
    refused = 0   # connection attempts that failed

    def connect() -> ImapConnection:
        nonlocal refused
        try:
            return ImapConnection(channel, PASSWORD)
        except Exception:
            refused += 1
            raise

    inbox = ImapInbox(channel, _clock(), 5_000_000, connect=connect, backoff_base=0.1)
    recorder = Recorder()
    with caplog.at_level(logging.INFO, logger="anmalan.imap"):
        async with running(inbox, recorder):
            dovecot.deliver(user, signups(1)[0])
            await recorder.wait_for(1)
            await asyncio.to_thread(dovecot.stop)
            await until(lambda: refused >= 1, "the inbox finds the server gone and a reconnect fails")
            await asyncio.to_thread(dovecot.start)
            dovecot.deliver(user, signups(1, start=1)[0])
            await recorder.wait_for(2, timeout=10)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("reconnecting" in m for m in messages) == 1
    assert any("reachable again" in m for m in messages)


def _clock() -> FixedClock:
    return FixedClock(local(2027, 2, 1, 9, 0))
