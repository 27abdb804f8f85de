"""Hostile headers over the real channels, on SQLite and PostgreSQL: a mail with an oversized Message-ID
(or anything else oversized) is stored and never blocks the mail behind it, and a reused Message-ID
from another sender is a new message, not a duplicate.

Through Dovecot (IMAP) and the Maildir inbox, each with the service running on ``db_url``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.service import Service
from handlers.maildir import MaildirInbox
from storage.database import open_database
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, make_world, text_of
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

LONG_ID = "<" + "m" * 600 + "@hostile.example>"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@asynccontextmanager
async def world_on(db_url: str, dovecot: Dovecot, smtp: SmtpServer, tmp: Path) -> AsyncIterator[MailWorld]:
    """The service on IMAP + SMTP with its database at ``db_url``."""
    w = make_world(dovecot, smtp, tmp)
    w.config = w.config.model_copy(update={"database": w.config.database.model_copy(update={"url": db_url})})
    await w.start()
    try:
        yield w
    finally:
        await w.shutdown()


def signup(address: str, name: str, message_id: str | None = None, subject: str = "Anmälan till DalaLab") -> bytes:
    return mail(address, subject, f"Hej!\n\nJag anmäler mig till träffen den 3 maj.\n\nHälsningar\n{name}\n",
                name=name, message_id=message_id)


@pytest.mark.dovecot
async def test_imap_a_600_character_message_id_does_not_block_the_inbox(
        db_url: str, dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with world_on(db_url, dovecot, smtp_server, tmp_path) as world:
        world.send(signup("anna.berg@falun.se", "Anna Berg", LONG_ID))
        world.send(signup("per.holm@hedemora.se", "Per Holm"))
        replies = await world.replies(2, timeout=15)
        assert {r["To"] for r in replies} == {"anna.berg@falun.se", "per.holm@hedemora.se"}
        assert all("Anmäld till" in text_of(r) for r in replies)
        inbound, _ = await world.stored()
        assert [r.state for r in inbound] == ["processed", "processed"]
        assert {r.name for r in await world.registrations()} == {"Anna Berg", "Per Holm"}
        await world.until(lambda: _inbox_empty(dovecot, world.user))


@pytest.mark.dovecot
async def test_imap_a_reused_message_id_from_another_sender_is_answered(
        db_url: str, dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with world_on(db_url, dovecot, smtp_server, tmp_path) as world:
        world.send(signup("anna.berg@falun.se", "Anna Berg", "<form-42@webform.example>"))
        await world.replies(1)
        world.send(signup("per.holm@hedemora.se", "Per Holm", "<form-42@webform.example>"))
        replies = await world.replies(2)
        assert [r["To"] for r in replies] == ["anna.berg@falun.se", "per.holm@hedemora.se"]
        inbound, _ = await world.stored()
        assert [(r.sender, r.state) for r in inbound] == [("anna.berg@falun.se", "processed"),
                                                          ("per.holm@hedemora.se", "processed")]


def _inbox_empty(dovecot: Dovecot, user: str) -> bool:
    from imap_tools import MailBoxUnencrypted
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
        box.client.noop()
        return not box.uids("ALL")


def _maildir_mail(sender: str, msgid: str, body: str = "Jag anmäler mig till 3 maj.\n\nOla Ek\nGagnefs kommun\n",
                  subject: str = "Anmälan") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg["Date"] = "Mon, 01 Feb 2027 09:00:00 +0100"
    msg.set_content(body)
    return msg


async def test_maildir_an_oversized_message_id_and_subject_do_not_block_the_next_mail(
        config: Config, clock: FixedClock, db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    service = Service(config, db, clock)
    await service.prepare()
    try:
        inbox = MaildirInbox(tmp_path / "inbox", clock)
        inbox.box.add(_maildir_mail("Ola Ek <ola.ek@gagnef.se>", LONG_ID, subject="Anmälan " + "S" * 1500))
        inbox.box.add(_maildir_mail("Anna Berg <anna.berg@falun.se>", "<normal@falun.se>",
                                    body="Jag anmäler mig till 3 maj.\n\nAnna Berg\nFalu kommun\n"))
        assert await inbox.poll_once(service.handle) == 2
        assert inbox.pending() == []
        async with service.reading() as uow:
            rows = await uow.registrations.rows()
            outbox = await uow.outbox.all()
        assert {r.name for r in rows} == {"Ola Ek", "Anna Berg"}
        assert sorted(r.recipient for r in outbox) == ["anna.berg@falun.se", "ola.ek@gagnef.se"]
    finally:
        await db.dispose()


async def test_maildir_a_reused_message_id_is_a_new_message_and_the_same_file_again_is_not(
        config: Config, clock: FixedClock, db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    service = Service(config, db, clock)
    await service.prepare()
    try:
        inbox = MaildirInbox(tmp_path / "inbox", clock)
        first = _maildir_mail("Ola Ek <ola.ek@gagnef.se>", "<form@webform.example>")
        inbox.box.add(first)
        inbox.box.add(_maildir_mail("Anna Berg <anna.berg@falun.se>", "<form@webform.example>",
                                    body="Jag anmäler mig till 3 maj.\n\nAnna Berg\nFalu kommun\n"))
        assert await inbox.poll_once(service.handle) == 2
        inbox.box.add(first)   # the same mail again (e.g. put back by hand): recognised, not answered again
        assert await inbox.poll_once(service.handle) == 1
        async with service.reading() as uow:
            outbox = await uow.outbox.all()
        # each answered once (a Maildir is read in no fixed order)
        assert sorted(r.recipient for r in outbox) == ["anna.berg@falun.se", "ola.ek@gagnef.se"]
    finally:
        await db.dispose()
