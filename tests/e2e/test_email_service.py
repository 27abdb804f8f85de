"""End to end over real mail servers: Swedish mail into Dovecot, the running service, replies out of aiosmtpd."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import icalendar
import pytest

from tests.conftest import local
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import MARKER, PASSWORD_ENV, MailWorld, make_world, text_of
from tests.servers.mails import mail, message_id_of
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

ORGANISER = "linnea.hassis@regiondalarna.se"


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@asynccontextmanager
async def running(dovecot: Dovecot, smtp: SmtpServer, tmp: Path, max_message_bytes: int | None = None,
                  **changes: Any) -> AsyncIterator[MailWorld]:
    """The service running on a fresh mailbox, with config changes (capacity=..., ...)."""
    w = make_world(dovecot, smtp, tmp, **changes)
    if max_message_bytes is not None:
        limits = w.config.limits.model_copy(update={"max_message_bytes": max_message_bytes})
        w.config = w.config.model_copy(update={"limits": limits})
    await w.start()
    try:
        yield w
    finally:
        await w.shutdown()


@pytest.fixture
async def world(dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> AsyncIterator[MailWorld]:
    """The service running on a fresh mailbox with the example config."""
    async with running(dovecot, smtp_server, tmp_path) as w:
        yield w


def signup(name: str, address: str, body: str, subject: str = "Anmälan till DalaLab", **kw: Any) -> bytes:
    return mail(address, subject, body, name=name, **kw)


def calendar_days(msg: Any) -> list[dt.date]:
    days = []
    for part in msg.iter_attachments():
        if part.get_content_type() == "text/calendar":
            for event in icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT"):
                days.append(event["DTSTART"].dt.date())
    return days


async def test_a_signup_is_confirmed_by_mail_with_a_calendar_file(world: MailWorld) -> None:
    raw = signup("Anna Berg", "anna.berg@falun.se",
                 "Hej Linnea!\n\nJag vill gärna anmäla mig till DalaLab, första träffen den 3 maj i Falun.\n"
                 "Jag är vegetarian.\n\nMed vänlig hälsning\nAnna Berg\nSamhällsplanerare, Falu kommun\n"
                 "Tel 023-82 70 00\n")
    world.send(raw)
    [reply] = await world.replies(1)
    assert reply["To"] == "anna.berg@falun.se"
    assert reply["Subject"] == "Re: Anmälan till DalaLab"
    assert reply["In-Reply-To"] == message_id_of(raw)
    assert reply["Auto-Submitted"] == "auto-replied"
    assert "Anmäld till" in text_of(reply) and "3 maj" in text_of(reply)
    assert calendar_days(reply) == [dt.date(2027, 5, 3)]
    [row] = await world.registrations()
    assert (row.name, row.organisation, row.status) == ("Anna Berg", "Falu kommun", "confirmed")


async def test_the_fourth_from_one_municipality_is_refused_with_the_names_of_the_three(world: MailWorld) -> None:
    people = [("Mats Ekström", "mats.ekstrom"), ("Karin Olsson", "karin.olsson"), ("Johan Lind", "johan.lind"),
              ("Eva Nyberg", "eva.nyberg")]
    for i, (name, local_part) in enumerate(people):
        world.send(signup(name, f"{local_part}@mora.se",
                          f"Hej!\n\nJag anmäler mig till alla fyra träffarna.\n\nHälsningar\n{name}\nMora kommun\n"))
        await world.replies(i + 1)   # one after the other, as people write
    refusal = (await world.replies(4))[3]
    assert refusal["To"] == "eva.nyberg@mora.se"
    text = text_of(refusal)
    assert "högst 3" in text
    for name, _ in people[:3]:
        assert name in text
    assert calendar_days(refusal) == []
    assert {r.name for r in await world.registrations()} == {n for n, _ in people[:3]}


async def test_a_signup_after_the_deadline_is_refused(world: MailWorld) -> None:
    world.clock.set(local(2027, 4, 16, 9, 0))
    world.send(signup("Per Holm", "per.holm@hedemora.se",
                      "Hej!\nJag vill anmäla mig till DalaLab, träffen den 3 maj.\n/Per Holm, Hedemora kommun"))
    [reply] = await world.replies(1)
    assert "sista anmälningsdag" in text_of(reply)
    assert await world.registrations() == []


async def test_a_signup_that_arrived_before_the_deadline_is_in_time_though_read_after_it(world: MailWorld) -> None:
    # The service was down: the mail reached the mailbox three days ago, before the deadline.
    world.clock.set(local(2027, 4, 16, 9, 0))
    world.send_waited(signup("Per Holm", "per.holm@hedemora.se",
                             "Hej!\nJag vill anmäla mig till DalaLab, träffen den 3 maj.\n/Per Holm, Hedemora kommun"),
                      dt.timedelta(days=3))
    [reply] = await world.replies(1)
    assert "sista anmälningsdag" not in text_of(reply) and "Anmäld till" in text_of(reply)
    assert [(r.name, r.status) for r in await world.registrations()] == [("Per Holm", "confirmed")]


async def test_a_cancellation_gives_the_place_to_the_first_on_the_waiting_list(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path, capacity=1) as world:
        await _cancellation_promotes(world)


async def _cancellation_promotes(world: MailWorld) -> None:
    world.send(signup("Sara Lund", "sara.lund@gagnef.se",
                      "Hej!\nJag vill anmäla mig till träffen 3 maj.\nMvh Sara Lund, Gagnefs kommun"))
    await world.replies(1)
    world.send(signup("Olle Berg", "olle.berg@orsa.se",
                      "Hej!\nAnmäl mig till den 3 maj, tack.\nOlle Berg\nOrsa kommun"))
    waiting = (await world.replies(2))[1]
    assert "väntelistan" in text_of(waiting)
    world.send(mail("sara.lund@gagnef.se", "Avanmälan", "Hej, jag kan tyvärr inte komma den 3 maj. "
                    "Avanmäl mig.\n/Sara", name="Sara Lund"))
    replies = await world.replies(4)
    by_recipient = {m["To"]: m for m in replies[2:]}
    assert "Avanmäld" in text_of(by_recipient["sara.lund@gagnef.se"])
    promoted = by_recipient["olle.berg@orsa.se"]
    assert "plats" in text_of(promoted) and calendar_days(promoted) == [dt.date(2027, 5, 3)]
    status = {r.name: r.status for r in await world.registrations()}
    assert status.get("Olle Berg") == "confirmed" and status.get("Sara Lund") != "confirmed"


async def test_an_out_of_office_reply_gets_no_answer(world: MailWorld) -> None:
    world.send(mail("karin.olsson@mora.se", "Automatiskt svar: Anmälan till DalaLab",
                    "Jag är på semester till och med 10 augusti och läser inte min e-post.\n"
                    "Vid brådskande ärenden, ring växeln.", name="Karin Olsson",
                    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}))
    await world.until(lambda: _states(world, ["ignored"]))
    assert await world.settled() == []


async def test_the_same_message_delivered_twice_is_answered_once(world: MailWorld) -> None:
    raw = signup("Lena Dahl", "lena.dahl@ludvika.se",
                 "Hej!\nJag anmäler mig till 21 september och 29 november.\n\nLena Dahl\nLudvika kommun")
    world.send(raw)
    await world.replies(1)
    world.send(raw)   # a re-delivered copy (another Received line, the same Message-ID)
    await world.until(lambda: _mailbox_empty(world))
    assert [m["To"] for m in await world.settled()] == ["lena.dahl@ludvika.se"]
    inbound = [m for m in (await world.stored())[0] if m.sender != MARKER]
    assert len(inbound) == 1 and inbound[0].source_ref and inbound[0].source_ref["uid"] == 1
    assert len(await world.registrations()) == 2


async def test_replies_wait_while_the_smtp_server_is_down_and_go_out_when_it_is_back(
        world: MailWorld, smtp_server: SmtpServer) -> None:
    smtp_server.stop()
    world.send(signup("Nils Ek", "nils.ek@rattvik.se",
                      "Hej!\nJag vill anmäla mig till alla träffar.\nNils Ek, Rättviks kommun"))
    await world.until(lambda: _outbox_tried(world))
    assert [r.status for r in await world.registrations()] == ["confirmed"] * 4
    smtp_server.start()
    world.clock.advance(dt.timedelta(minutes=5))   # the retry falls due
    [reply] = await world.replies(1)
    assert reply["To"] == "nils.ek@rattvik.se" and len(calendar_days(reply)) == 4


async def test_a_question_goes_to_the_organiser_with_the_original_and_the_sender_is_told(
        world: MailWorld) -> None:
    raw = mail("ingrid.sjo@avesta.se", "Fråga om DalaLab", "Hej!\nBlir det lunch på träffen i maj, och finns "
               "det vegetariskt?\n/Ingrid Sjö, Avesta kommun", name="Ingrid Sjö")
    world.send(raw)
    replies = {m["To"]: m for m in await world.replies(2)}
    forward = replies[ORGANISER]
    [original] = [p for p in forward.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert original.get_content()["Message-ID"] == message_id_of(raw)
    assert "vidare till arrangörerna" in text_of(replies["ingrid.sjo@avesta.se"])
    assert await world.registrations() == []


async def test_a_cancellation_from_another_address_waits_for_the_registered_address(world: MailWorld) -> None:
    world.send(signup("Anders Wik", "anders.wik@leksand.se",
                      "Hej!\nJag anmäler mig till 3 maj.\nAnders Wik, Leksands kommun"))
    await world.replies(1)
    world.send(mail("kim.stark@gmail.com", "Avanmälan DalaLab",
                    "Hej!\nAnders Wik på Leksands kommun kan tyvärr inte komma den 3 maj. Avanmäl honom.\n"
                    "Hälsningar\nKim Stark", name="Kim Stark"))
    replies = await world.replies(3)
    request = next(m for m in replies[1:] if m["To"] == "anders.wik@leksand.se")
    token = re.search(r"BEKR-[A-Za-z0-9_-]{16}", str(request["Subject"]) + text_of(request))
    assert token is not None
    assert [r.status for r in await world.registrations()] == ["confirmed"]   # not yet
    world.send(mail("anders.wik@leksand.se", f"Re: {request['Subject']}", f"Ja, det stämmer.\n{token.group(0)}",
                    name="Anders Wik", headers={"In-Reply-To": str(request["Message-ID"])}))
    done = (await world.replies(4))[3]
    assert done["To"] == "anders.wik@leksand.se" and "Avanmäld" in text_of(done)
    await world.until(lambda: _all_cancelled(world))


async def test_an_erasure_request_removes_the_persons_data_and_is_confirmed(world: MailWorld) -> None:
    world.send(signup("Maria Strand", "maria.strand@sater.se",
                      "Hej!\nJag anmäler mig till 22 februari.\nMaria Strand\nSäters kommun"))
    await world.replies(1)
    world.send(mail("maria.strand@sater.se", "Radera mina uppgifter",
                    "Hej, jag vill att ni raderar mina personuppgifter ur ert system (GDPR).\n/Maria Strand",
                    name="Maria Strand"))
    confirmation = (await world.replies(2))[1]
    assert "raderat" in text_of(confirmation)
    # no calendar file: nothing of the person is kept, not even in the reply's payload
    assert "kalender" not in text_of(confirmation)
    assert not [p for p in confirmation.iter_attachments() if p.get_content_type() == "text/calendar"]
    rows = await world.registrations()
    assert all(r.name is None and r.email is None for r in rows)
    inbound, _ = await world.stored()
    assert all(m.raw is None for m in inbound)


async def test_a_message_that_cannot_be_understood_gets_one_request_for_the_missing_facts(
        world: MailWorld) -> None:
    world.send(mail("bo.lind@vansbro.se", "Hej", "Hej, hur funkar det här?", name="Bo Lind"))
    replies = await world.replies(1)
    sent = await world.settled()
    to_sender = [m for m in sent if m["To"] == "bo.lind@vansbro.se"]
    assert len(to_sender) == 1 and replies
    assert await world.registrations() == []


async def test_an_oversized_message_is_stored_and_reported_not_parsed(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    async with running(dovecot, smtp_server, tmp_path, max_message_bytes=10_000) as w:
        w.send(mail("stor@borlange.se", "Anmälan med bilaga", "Jag anmäler mig till alla träffar.\n"
                    + "bilaga " * 5_000, name="Stor Bilaga"))
        [report] = await w.replies(1)
        assert report["To"] == ORGANISER
        await w.until(lambda: _states(w, ["held"]))
        assert await w.registrations() == []


async def test_no_more_than_ten_automatic_replies_a_day_to_one_address(world: MailWorld) -> None:
    for i in range(12):
        world.send(mail("loop@borlange.se", f"Fråga {i}", f"Hej, en fråga nummer {i}: blir det fika?",
                        name="Loop Test"))
    await world.until(lambda: _count_inbound(world, 12), timeout=20)
    sent = await world.settled()
    assert len([m for m in sent if m["To"] == "loop@borlange.se"]) == 10
    world.clock.advance(dt.timedelta(days=1))
    world.send(mail("loop@borlange.se", "Fråga 13", "Hej, blir det fika?", name="Loop Test"))
    await world.until(lambda: len(world.smtp.to("loop@borlange.se")) == 11)


# -- checks for world.until ---------------------------------------------------------------------------


async def _states(world: MailWorld, states: list[str]) -> bool:
    inbound, _ = await world.stored()
    return [m.state for m in inbound] == states


async def _count_inbound(world: MailWorld, n: int) -> bool:
    inbound, _ = await world.stored()
    return len(inbound) >= n


async def _outbox_tried(world: MailWorld) -> bool:
    _, outbox = await world.stored()
    return bool(outbox) and all(r.attempts >= 1 and r.state == "pending" for r in outbox)


async def _all_cancelled(world: MailWorld) -> bool:
    return all(r.status == "cancelled" for r in await world.registrations())


def _mailbox_empty(world: MailWorld) -> bool:
    from imap_tools import MailBoxUnencrypted
    with MailBoxUnencrypted("127.0.0.1", world.dovecot.imap_port).login(world.user, PASSWORD) as box:
        return not box.uids("ALL")



async def test_raw_utf8_headers_are_read_as_they_were_sent(world: MailWorld) -> None:
    # RFC 6532: From and Subject in raw UTF-8, not encoded words (issue 11, item 7: "Hej ��sa!")
    raw = ("From: Åsa Öberg <asa.oberg@falun.se>\r\nTo: anmalan@dalalab.example\r\nSubject: Anmälan\r\n"
           "Date: Mon, 01 Feb 2027 08:30:00 +0100\r\nMessage-ID: <asa.1@falun.se>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Hej!\r\nJag vill anmäla mig till DalaLab, träffen den 3 maj.\r\n").encode()
    world.send(raw)
    [reply] = await world.replies(1)
    assert reply["To"] == "asa.oberg@falun.se"
    assert reply["Subject"] == "Re: Anmälan"
    assert text_of(reply).startswith("Hej Åsa!\r\n") and "Anmäld till" in text_of(reply)
    [row] = await world.registrations()
    assert (row.name, row.organisation) == ("Åsa Öberg", "Falu kommun")


async def test_a_formula_as_display_name_is_asked_for_a_name(world: MailWorld) -> None:
    # issue 11, item 4: =HYPERLINK("http://evil.example";"x") as an encoded-word From ("Hej =HYPERLINK!")
    world.send(mail("eve@gmail.com", "Anmälan", "Hej!\nJag anmäler mig till träffen den 3 maj.\nFalu kommun\n",
                    name='=HYPERLINK("http://evil.example";"x")'))
    [reply] = await world.replies(1)
    assert text_of(reply).startswith("Hej!\r\n") and "HYPERLINK" not in text_of(reply)
    assert "namn" in text_of(reply)
    assert await world.registrations() == []
