"""Nothing we send can be aimed at others: the caps on replies, forwards and /koppla mails, end to end
(Dovecot in, aiosmtpd out; the bot on the fake Bot API), and their hits in the organisers' summary."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from assistant.clock import FixedClock
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound
from assistant.summary.render import render_text
from assistant.summary.report import build_report
from storage.database import open_database
from storage.models import OutboxMessage
from storage.summary import SummaryRepository
from tests.conftest import local
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import BotHarness, telegram_config
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, make_world, text_of
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

ORGANISER = "linnea.hassis@regiondalarna.se"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@asynccontextmanager
async def running(dovecot: Dovecot, smtp: SmtpServer, tmp: Path, **limits: Any) -> AsyncIterator[MailWorld]:
    """The service on a fresh mailbox with some limits changed."""
    w = make_world(dovecot, smtp, tmp)
    w.config = w.config.model_copy(update={"limits": w.config.limits.model_copy(update=limits)})
    await w.start()
    try:
        yield w
    finally:
        await w.shutdown()


async def _all_processed(w: MailWorld, count: int) -> None:
    """Wait until ``count`` messages are stored and nothing due now is left to send."""
    async def done() -> bool:
        inbound, outbox = await w.stored()
        now = w.clock.now()
        return len(inbound) >= count and all(r.state != "pending" or (r.claimed_by is None and r.next_attempt_at > now)
                                             for r in outbox)
    await w.until(done, 30)


async def _quiet(w: MailWorld) -> bool:
    """Every message stored and nothing more going out for a while (the dispatcher polls every 0.2 s)."""
    before = len(w.smtp.messages)
    await asyncio.sleep(0.6)
    inbound, _ = await w.stored()
    return len(inbound) >= 12 and len(w.smtp.messages) == before


def _sent(w: MailWorld) -> list[EmailMessage]:
    return [m.message for m in list(w.smtp.messages)]


async def _summary_text(w: MailWorld) -> str:
    db = open_database(w.config.database.url)
    try:
        async with db.sessions() as session:
            facts = await SummaryRepository(session).facts(w.clock.now(), None)
    finally:
        await db.dispose()
    return render_text(build_report(w.config, facts))


async def _outbox(w: MailWorld) -> list[OutboxMessage]:
    return (await w.stored())[1]


@pytest.mark.dovecot
async def test_a_burst_of_mail_is_answered_at_most_the_hours_cap_an_hour_and_none_lost(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path, max_replies_per_hour=5) as w:
        w.clock.set(local(2027, 2, 1, 9, 10))
        for i in range(12):
            w.send(mail(f"kontakt@firma{i}.example", "Anmälan till DalaLab",
                        f"Hej!\n\nJag vill anmäla mig till träffen den 3 maj.\n\nMvh\nPer Persson{i}\n",
                        name=f"Per Persson{i}", headers={"Reply-To": f"victim{i}@third-party.example"}))
        await w.until(lambda: len([m for m in _sent(w) if m["To"] != ORGANISER]) >= 5, 30)
        await w.until(lambda: _quiet(w), 30)
        replies = [m for m in _sent(w) if m["To"] != ORGANISER]
        assert len(replies) == 5, "no more than the hour's cap"
        assert not any("third-party" in str(m["To"]) for m in replies), "never to a stranger's Reply-To"
        assert len([r for r in await _outbox(w) if r.state == "pending"]) == 7, "the rest wait, none dropped"

        w.clock.set(local(2027, 2, 1, 10, 0, 1))   # the next hour: five more
        await w.until(lambda: len([m for m in _sent(w) if m["To"] != ORGANISER]) == 10, 30)
        w.clock.set(local(2027, 2, 1, 11, 0, 1))   # and the last two
        await w.until(lambda: len([m for m in _sent(w) if m["To"] != ORGANISER]) == 12, 30)
        assert sorted(str(m["To"]) for m in _sent(w) if m["To"] != ORGANISER) == sorted(
            f"kontakt@firma{i}.example" for i in range(12))


@pytest.mark.dovecot
async def test_forwards_above_the_hours_cap_go_out_as_one_digest_at_the_next_hour(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path, max_forwards_per_hour=5) as w:
        w.clock.set(local(2027, 2, 1, 9, 10))
        senders = [f"fragare{i}@gagnef.se" for i in range(12)]
        for i, sender in enumerate(senders):
            w.send(mail(sender, f"Fråga nummer {i}", f"Hej!\n\nBlir det lunch på träffen? (fråga {i})\n\n"
                        f"Mvh\nOla Frågesson\nGagnefs kommun\n", name="Ola Frågesson"))
        await _all_processed(w, 12)
        forwards = [m for m in _sent(w) if m["To"] == ORGANISER]
        assert len(forwards) == 5
        assert all(m["Subject"].startswith("[Anmälan]") for m in forwards)
        assert len([m for m in _sent(w) if m["To"] != ORGANISER]) == 12   # every asker is answered

        w.clock.set(local(2027, 2, 1, 10, 0, 1))   # the next hour: the digest is due
        await w.until(lambda: len([m for m in _sent(w) if m["To"] == ORGANISER]) == 6, 10)
        [digest] = [m for m in _sent(w) if m["To"] == ORGANISER][5:]
        text = text_of(digest)
        forwarded = {s for s in senders if any(s in text_of(m) for m in forwards)}
        assert len(forwarded) == 5
        assert all(s in text for s in senders if s not in forwarded)   # the other 7, none lost
        assert "7" in digest["Subject"]
        assert "7 vidarebefordringar samlades" in await _summary_text(w)
        await _all_processed(w, 12)
        assert len([m for m in _sent(w) if m["To"] == ORGANISER]) == 6


async def test_koppla_mails_one_address_at_most_three_times_a_day_without_the_display_name(
        tmp_path: Path, clock: FixedClock) -> None:
    h = await BotHarness(telegram_config(tmp_path), clock).start()
    try:
        request = ParsedRequest(Intent.REGISTER, (Person("Anna Andersson", "anna.andersson@falun.se", "Falu kommun"),),
                                sender=Sender("email", "anna.andersson@falun.se", "Anna Andersson"))
        await h.service.submit(Inbound("email", "seed", b"seed", clock.now()), request)
        await h.drained()
        before = len(h.emails())
        mallory = user(666, "Region Dalarna IT-support: ring 070-123 45 67 eller klicka http://evil.example/reset",
                       None)
        answers = []
        for _ in range(25):
            [answer] = await h.send(mallory, "/koppla anna.andersson@falun.se")
            answers.append(answer.text)
        await h.drained()
        mails = h.emails()[before:]
        assert len(mails) == 3
        assert all(b"evil.example" not in m and b"070-123" not in m for m in mails)
        assert len(set(answers)) == 1   # the same answer whether mailed or not: no one learns who is registered
        clock.advance(dt.timedelta(days=1))
        await h.send(mallory, "/koppla anna.andersson@falun.se")
        await h.drained()
        assert len(h.emails()) - before == 4
        async with h.service.reading() as uow:
            facts = await uow.summary.facts(clock.now(), None)
        summary = render_text(build_report(h.config, facts))
        assert "22 kopplingsmejl" in summary
        assert "väntar på bekräftelse" not in summary   # a link code is no change for an organiser to await
    finally:
        await h.stop()
