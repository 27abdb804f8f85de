"""The whole service on real mail servers, for end-to-end tests and benchmarks.

A ``MailWorld`` is: a fresh Dovecot mailbox (mail comes in over LMTP), a capturing SMTP
server (replies go out through it), a config built from config.example.toml with the IMAP
and SMTP channels pointed at both, and ``serve()`` running in-process with a FixedClock and
a stop event. ``config_file`` writes the same config to disk for ``assistant run``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import imaplib
import time
import tomllib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from imap_tools import MailBoxUnencrypted

from assistant.clock import FixedClock
from assistant.config import Config, parse_config
from assistant.listing import Row
from assistant.runner import serve
from assistant.service import Service
from storage.database import open_database
from storage.models import InboundMessage, OutboxMessage
from storage.registrations import RegistrationRepository
from tests.conftest import ROOT, local
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

PASSWORD_ENV = "ANMALAN_TEST_IMAP_PASSWORD"
ADDRESS = "anmalan@dalalab.example"
#: The sender of ``MailWorld.settled``'s marker message.
MARKER = "kim.markor@vansbro.se"


def mail_config_data(dovecot: Dovecot, smtp: SmtpServer, user: str, db_path: Path,
                     capacity: int | None = None, idle_timeout: float = 60, batch_size: int = 100,
                     ) -> dict[str, Any]:
    """The example config as a TOML-shaped dict, with IMAP + SMTP on the test servers."""
    data = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))
    if capacity is not None:
        for session in data["event"]["sessions"]:
            session["capacity"] = capacity
    data["database"]["url"] = f"sqlite+aiosqlite:///{db_path}"
    data["channels"]["maildir"]["enabled"] = False
    data["channels"]["imap"] = {
        "enabled": True, "host": "127.0.0.1", "port": dovecot.imap_port, "security": "plain", "user": user,
        "password_env": PASSWORD_ENV, "folder": "INBOX", "processed_folder": "Processed",
        "idle_timeout_seconds": idle_timeout, "batch_size": batch_size}
    data["channels"]["smtp"] = {
        "enabled": True, "host": "127.0.0.1", "port": smtp.port, "security": "plain", "user": "",
        "from_address": ADDRESS, "timeout_seconds": 5}
    return data


def move_event_to_future(data: dict[str, Any]) -> None:
    """Put the config's event (deadline 2098, sessions 2098–2099) far ahead, for a service on the real clock."""
    event = data["event"]
    event["registration_deadline"] = event["registration_deadline"].replace(year=2098)
    for session in event["sessions"]:
        session["date"] = session["date"].replace(year=session["date"].year + 71)


def toml_text(data: dict[str, Any]) -> str:
    """A small TOML writer, enough for the config's shapes (tables, arrays of tables, scalars)."""
    lines: list[str] = []

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return v.isoformat()   # date, time

    def table(prefix: str, d: dict[str, Any]) -> None:
        scalars = {k: v for k, v in d.items() if not isinstance(v, dict) and not _is_tables(v)}
        if prefix:
            lines.append(f"[{prefix}]")
        lines.extend(f"{k} = {value(v)}" for k, v in scalars.items())
        for k, v in d.items():
            name = f"{prefix}.{k}" if prefix else k
            if isinstance(v, dict):
                table(name, v)
            elif _is_tables(v):
                for item in v:
                    lines.append(f"[[{name}]]")
                    lines.extend(f"{ik} = {value(iv)}" for ik, iv in item.items())

    table("", data)
    return "\n".join(lines) + "\n"


def _is_tables(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


@dataclass
class MailWorld:
    """The service running against Dovecot + aiosmtpd, with helpers to send mail and read the outcome."""

    dovecot: Dovecot
    smtp: SmtpServer
    config: Config
    user: str
    clock: FixedClock = field(default_factory=lambda: FixedClock(local(2027, 2, 1, 9, 0)))
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None
    markers: list[bytes] = field(default_factory=list)   # Message-IDs of ``settled``'s marker messages

    async def start(self) -> None:
        """Start ``serve()`` in this event loop."""
        db = open_database(self.config.database.url)
        try:   # the schema first, so that the test's own queries never race the service's migration
            await Service(self.config, db, self.clock).prepare()
        finally:
            await db.dispose()
        self.stop = asyncio.Event()
        self.task = asyncio.create_task(serve(self.config, self.clock, self.stop))

    async def shutdown(self) -> None:
        """Stop the service (the message in hand is finished first)."""
        if self.task is not None:
            self.stop.set()
            await asyncio.wait_for(self.task, 15)
            self.task = None

    def send(self, raw: bytes) -> None:
        """Deliver a message into the registration mailbox over LMTP."""
        self.dovecot.deliver(self.user, raw)

    def send_waited(self, raw: bytes, waited: dt.timedelta) -> None:
        """Put a message into the mailbox as if it had arrived ``waited`` ago (IMAP APPEND with that INTERNALDATE)."""
        arrived = imaplib.Time2Internaldate(time.time() - waited.total_seconds())
        with MailBoxUnencrypted("127.0.0.1", self.dovecot.imap_port).login(self.user, PASSWORD) as box:
            typ, data = box.client.append("INBOX", None, arrived, raw)
            assert typ == "OK", data

    async def replies(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        """Wait until ``count`` replies in all went out by SMTP; return them all, parsed."""
        got = await asyncio.to_thread(self.smtp.wait_for, count, timeout)
        return [m.message for m in got]

    async def settled(self, timeout: float = 10.0) -> list[EmailMessage]:
        """Wait until every reply queued so far has gone out; return them all (without the marker's).

        A marker message (from ``MARKER``, answered with one request for what is missing) goes in
        after everything the test sent was processed, and its reply is awaited: the dispatcher sends
        outbox rows in the order they were written, so whatever was queued before the marker went out
        before its reply. "Nothing more was sent" is then a fact to check, not a pause to hope through.
        """
        marker_id = f"<marker.{uuid.uuid4().hex}@vansbro.se>".encode()
        self.markers.append(marker_id)   # in the reply's In-Reply-To, and in a forward's attached original
        self.send(mail(MARKER, "Hej", "Hej, hur funkar det här?", name="Kim Markör", message_id=marker_id.decode()))

        def marker_answered() -> bool:
            return any(MARKER in m.rcpt_tos and marker_id in m.data for m in list(self.smtp.messages))

        await self.until(marker_answered, timeout)
        # Two rounds of the dispatcher may send at once (its own loop, and the IMAP batch's catch-up), so
        # the marker's reply can overtake a reply queued before it: wait until nothing is left to send.
        await self.until(self._nothing_pending, timeout)
        return [m.message for m in list(self.smtp.messages) if not any(k in m.data for k in self.markers)]

    async def _nothing_pending(self) -> bool:
        """No row is pending that is due now (an hour's digest of forwards waits for the hour's end)."""
        _, outbox = await self.stored()
        now = self.clock.now()
        return all(row.state != "pending" or (row.claimed_by is None and row.next_attempt_at > now)
                   for row in outbox)

    async def until(self, check: Callable[[], Any], timeout: float = 10.0) -> None:
        """Poll an async-or-sync check every 50 ms until it is true."""
        deadline = time.monotonic() + timeout
        while True:
            result = check()
            if asyncio.iscoroutine(result):
                result = await result
            if result:
                return
            assert time.monotonic() < deadline, "condition not met in time"
            await asyncio.sleep(0.05)

    async def registrations(self) -> list[Row]:
        """Every registration row, as the organisers' table shows it."""
        db = open_database(self.config.database.url)
        try:
            async with db.sessions() as session:
                return await RegistrationRepository(session).rows(None)
        finally:
            await db.dispose()

    async def stored(self) -> tuple[list[InboundMessage], list[OutboxMessage]]:
        """The inbound records and outbox rows."""
        from sqlalchemy import select
        db = open_database(self.config.database.url)
        try:
            async with db.sessions() as session:
                inbound = list((await session.scalars(select(InboundMessage).order_by(InboundMessage.id))).all())
                outbox = list((await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())
                return inbound, outbox
        finally:
            await db.dispose()


def make_world(dovecot: Dovecot, smtp: SmtpServer, tmp: Path, **config_changes: Any) -> MailWorld:
    """A world with a fresh mailbox and database (the service is not started yet)."""
    user = dovecot.new_user()
    data = mail_config_data(dovecot, smtp, user, tmp / "anmalan.db", **config_changes)
    return MailWorld(dovecot, smtp, parse_config(data, tmp), user)


def text_of(msg: EmailMessage) -> str:
    """The plain-text body of a reply."""
    body = msg.get_body(("plain",))
    return body.get_content() if body is not None else ""


__all__ = ["MARKER", "PASSWORD", "PASSWORD_ENV", "MailWorld", "make_world", "text_of", "toml_text"]
