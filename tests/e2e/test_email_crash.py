"""``assistant run`` killed with SIGKILL in the middle of an IMAP batch and started again: nothing lost or doubled.

The service runs as a real subprocess (so that it can really die). Its clock is the system's,
so the config moves the event far into the future: the test does not depend on today's date.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted

from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, mail_config_data, move_event_to_future, toml_text
from tests.servers.mails import region_signup
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

COUNT = 60


def _future_config(dovecot: Dovecot, smtp: SmtpServer, user: str, tmp: Path) -> Path:
    data = mail_config_data(dovecot, smtp, user, tmp / "anmalan.db", batch_size=20)
    move_event_to_future(data)
    path = tmp / "config.toml"
    path.write_text(toml_text(data), "utf-8")
    return path


def _signups() -> list[bytes]:
    return [region_signup(i, "crash")[1] for i in range(COUNT)]


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:   # not migrated yet
        return 0


def _start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    with log.open("ab") as err:   # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-m", "assistant.cli", "run", "--config", str(config)],
                                cwd=str(Path(__file__).resolve().parents[2]), env=env,
                                stdout=subprocess.DEVNULL, stderr=err)


async def _wait(check: Callable[[], object], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_a_service_killed_in_the_middle_of_a_batch_loses_nothing_and_doubles_nothing(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    user = dovecot.new_user()
    config = _future_config(dovecot, smtp_server, user, tmp_path)
    db = tmp_path / "anmalan.db"
    log = tmp_path / "service.log"
    dovecot.deliver_many(user, _signups())
    first = _start(config, log)
    try:
        await _wait(lambda: _count(db, "select count(*) from inbound_messages") >= 15, 30)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    done_before = _count(db, "select count(*) from inbound_messages")
    assert 15 <= done_before < COUNT, "the kill should land in the middle of the backlog"

    second = _start(config, log)
    try:
        await _wait(lambda: _count(db, "select count(*) from inbound_messages") >= COUNT, 60)
        with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
            # NOOP first: a selected mailbox learns of another session's moves (EXPUNGE) only through
            # commands that may report them; a SEARCH alone may keep showing the moved messages.
            await _wait(lambda: box.client.noop() and not box.uids("ALL"), 10)
        # Replies the killed dispatcher had claimed wait for their lease (minutes); all others go out now.
        await _wait(lambda: _count(db, "select count(*) from outbox where state = 'pending' and attempts = 0 "
                                       "and next_attempt_at <= datetime('now')") == 0, 30)
    finally:
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=15) == 0

    assert _count(db, "select count(*) from inbound_messages") == COUNT
    assert _count(db, "select count(distinct external_key) from inbound_messages") == COUNT
    assert _count(db, "select count(*) from people") == COUNT
    assert _count(db, "select count(*) from registrations where status = 'confirmed'") == COUNT * 4
    # One reply per person, each either sent or safely queued (claimed by the dead process, lease pending).
    assert _count(db, "select count(distinct recipient) from outbox where kind = 'confirmation'") == COUNT
    assert _count(db, "select count(*) from outbox where state = 'failed'") == 0
    sent = _count(db, "select count(*) from outbox where state = 'sent'")
    recipients = {r for m in smtp_server.messages for r in m.rcpt_tos}
    assert len(recipients) >= sent >= COUNT - 50   # at most one claimed batch waits for its lease
    assert len(smtp_server.messages) <= sent + 1   # a reply in flight at the kill may go twice
