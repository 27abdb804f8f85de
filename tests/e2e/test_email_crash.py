"""``assistant run`` killed with SIGKILL while it sends a batch's replies, and started again: nothing lost
or doubled, and the replies the dead dispatcher had claimed go out within seconds of the restart.

The service runs as a real subprocess (so that it can really die). The SMTP server kills it when the
reply after ``KILL_AFTER`` begins (at its RCPT): at that moment the dispatcher has that reply in flight
and, usually, more of the batch claimed and not yet sent. Its clock is the system's, so the config moves
the event far into the future: the test does not depend on today's date.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from imap_tools import MailBoxUnencrypted

from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, mail_config_data, move_event_to_future, toml_text
from tests.servers.mails import region_signup
from tests.servers.smtp import Captured, SmtpServer

pytestmark = pytest.mark.dovecot

COUNT = 200
KILL_AFTER = 13       # the service dies when the 14th reply begins
GOAL_SECONDS = 15.0   # every claimed reply out within this of the restart (the lease used to hold them 2 minutes)


class _KillingHandler:
    """Captures each reply with its arrival time; at the RCPT of the reply after ``kill_after`` it SIGKILLs
    the service, before that reply is accepted: so (barring a reply accepted an instant before, whose
    "sent" was not yet written) no reply is both accepted and unmarked, the one case in which
    at-least-once delivery sends twice."""

    def __init__(self, server: KillingSmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, smtp: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        server = self.server
        with server.lock:
            if server.victim is not None and len(server.messages) >= server.kill_after:
                os.kill(server.victim, signal.SIGKILL)
                server.victim = None
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTP, session: Session, envelope: Envelope) -> str:
        with self.server.lock:
            self.server.messages.append(
                Captured(str(envelope.mail_from), tuple(envelope.rcpt_tos), envelope.original_content or b""))
            self.server.arrived.append(time.monotonic())
        return "250 Message accepted"


@dataclass
class KillingSmtpServer(SmtpServer):
    """The capturing SMTP server, noting when each reply arrived and able to kill the process ``victim``."""

    victim: int | None = None
    kill_after: int = 0
    arrived: list[float] = field(default_factory=list)

    def start(self) -> None:
        """Listen on ``port`` with the killing handler."""
        self._controller = Controller(_KillingHandler(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def recipients(self) -> Counter[str]:
        """How many replies each address received."""
        with self.lock:
            return Counter(r for m in self.messages for r in m.rcpt_tos)


def _future_config(dovecot: Dovecot, smtp: SmtpServer, user: str, tmp: Path) -> Path:
    data = mail_config_data(dovecot, smtp, user, tmp / "anmalan.db", capacity=COUNT, batch_size=50)
    move_event_to_future(data)
    path = tmp / "config.toml"
    path.write_text(toml_text(data), "utf-8")
    return path


def _signups() -> list[bytes]:
    return [region_signup(i, "crash")[1] for i in range(COUNT)]


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
    except sqlite3.OperationalError:   # not migrated yet
        return []


def _count(db: Path, sql: str) -> int:
    rows = _rows(db, sql)
    return int(rows[0][0]) if rows else 0


def _start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    with log.open("ab") as err:   # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-m", "assistant.cli", "run", "--config", str(config)],
                                cwd=str(Path(__file__).resolve().parents[2]), env=env,
                                stdout=subprocess.DEVNULL, stderr=err)


async def _wait(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"{what}: not within {timeout} s"
        await asyncio.sleep(0.05)


@pytest.mark.timeout(300)
async def test_a_service_killed_while_sending_resumes_its_replies_within_seconds_and_doubles_nothing(
        dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.new_user()
    smtp = KillingSmtpServer(kill_after=KILL_AFTER)
    smtp.start()
    try:
        config = _future_config(dovecot, smtp, user, tmp_path)
        db = tmp_path / "anmalan.db"
        log = tmp_path / "service.log"
        dovecot.deliver_many(user, _signups())

        first = _start(config, log)
        smtp.victim = first.pid
        try:
            await _wait(lambda: first.poll() is not None, 90, "the SMTP server kills the service mid-batch")
        finally:
            if first.poll() is None:
                first.kill()
            first.wait()
        assert first.returncode == -signal.SIGKILL
        # Replies the dead dispatcher holds: claimed (their next attempt pushed to the end of its lease),
        # not sent. The first of them was in flight (its RCPT killed the service).
        claimed_to = {str(r[0]) for r in _rows(db, "select recipient from outbox where state = 'pending' "
                                                   "and next_attempt_at > datetime('now')")}
        claimed = len(claimed_to)
        accepted_unmarked = {str(r[0]) for r in _rows(db, "select recipient from outbox where state = 'pending'")
                             } & set(smtp.recipients())
        done_before = _count(db, "select count(*) from inbound_messages")
        assert claimed >= 1, "the kill should land while the dispatcher holds claimed replies"
        assert done_before < COUNT, "the kill should land in the middle of the backlog"

        restarted = time.monotonic()
        second = _start(config, log)
        try:
            await _wait(lambda: len(smtp.recipients()) >= COUNT, 150, "every signup answered after the restart")
            with smtp.lock:
                last_reply = max(smtp.arrived) - restarted
                # the replies the dead dispatcher had claimed, as they went out after the restart
                claimed_out = [t - restarted for m, t in zip(smtp.messages, smtp.arrived)
                               if t >= restarted and claimed_to & set(m.rcpt_tos)]
            await _wait(lambda: _count(db, "select count(*) from outbox where state = 'sent'") >= COUNT, 30,
                        "every reply marked sent")
            with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
                # NOOP first: a selected mailbox learns of another session's moves (EXPUNGE) only through
                # commands that may report them; a SEARCH alone may keep showing the moved messages.
                await _wait(lambda: box.client.noop() and not box.uids("ALL"), 10, "the INBOX emptied")
        finally:
            second.send_signal(signal.SIGTERM)
            assert second.wait(timeout=15) == 0
    finally:
        smtp.stop()

    print(f"\nkilled after {KILL_AFTER} replies with {claimed} claimed and unsent, {done_before}/{COUNT} "
          f"mails stored; last claimed reply {max(claimed_out):.1f} s, last reply {last_reply:.1f} s after the restart")
    # The claimed replies, not the whole backlog: the rest of the 200 mails are still to be read and parsed after
    # the restart, which takes as long as the machine's load makes it (18 s seen under load); the claimed ones
    # must not wait for their lease to run out.
    assert claimed_out, "the replies claimed before the kill went out after the restart"
    assert max(claimed_out) <= GOAL_SECONDS, (
        f"the last claimed reply came {max(claimed_out):.1f} s after the restart (goal {GOAL_SECONDS:.0f} s)")
    assert _count(db, "select count(*) from inbound_messages") == COUNT
    assert _count(db, "select count(distinct external_key) from inbound_messages") == COUNT
    assert _count(db, "select count(*) from people") == COUNT
    assert _count(db, "select count(*) from registrations where status = 'confirmed'") == COUNT * 4
    assert _count(db, "select count(distinct recipient) from outbox where kind = 'confirmation'") == COUNT
    assert _count(db, "select count(*) from outbox where state = 'failed'") == 0
    assert _count(db, "select count(*) from outbox where state = 'sent'") == COUNT
    # Once each. Only a reply the server had accepted when the service died, before it was marked sent,
    # may go twice (delivery is at least once); the kill at RCPT leaves none such, but it is not an error.
    twice = {r for r, n in smtp.recipients().items() if n > 1}
    assert twice <= accepted_unmarked, f"sent twice: {sorted(twice - accepted_unmarked)}"
    assert len(smtp.recipients()) == COUNT
