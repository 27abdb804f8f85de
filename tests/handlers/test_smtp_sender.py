"""The SMTP sender against a real (capturing) SMTP server: what goes out, TLS + AUTH, and server answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import pytest

from assistant.clock import FixedClock
from assistant.config import SmtpChannel
from assistant.ports import PermanentFailure, TemporaryFailure
from handlers.smtp_sender import SmtpSender
from storage.models import OutboxMessage
from tests.conftest import local
from tests.servers import smtp as smtp_server_module
from tests.servers.dovecot import free_port
from tests.servers.smtp import SmtpServer

FROM = "anmalan@dalalab.example"


def calendar_entry(person: str, day: str, title: str) -> dict[str, Any]:
    return {"session": day, "start": "10:00:00", "end": "15:00:00", "timezone": "Europe/Stockholm",
            "place": "Falun", "title": title, "event": "DalaLab", "person": person,
            "uid_key": f"{person}|{day}"}


def outbox_row(**changes: Any) -> OutboxMessage:
    base: dict[str, Any] = {
        "id": 7, "channel": "email", "kind": "confirmation", "recipient": "anna.berg@falun.se",
        "subject": "Re: Anmälan till DalaLab", "body_text": "Hej Anna!\n\nDu är anmäld till 3 maj.\n",
        "body_html": "<p>Hej Anna!</p><p>Du är anmäld till 3 maj.</p>",
        "headers": {"Message-ID": "<reply.7f3a@dalalab.example>", "In-Reply-To": "<abc@falun.se>",
                    "References": "<start@regiondalarna.se> <abc@falun.se>"},
        "payload": {"calendar": [calendar_entry("anna.berg@falun.se", "2027-05-03", "Hållbar utveckling"),
                                 calendar_entry("anna.berg@falun.se", "2027-09-21", "Utvecklingsinriktning")]},
        "state": "pending", "attempts": 0, "created_at": local(2027, 2, 1, 9, 0),
        "next_attempt_at": local(2027, 2, 1, 9, 0)}
    return OutboxMessage(**{**base, **changes})


def plain_settings(server: SmtpServer, **changes: Any) -> SmtpChannel:
    return SmtpChannel(**{"enabled": True, "host": "127.0.0.1", "port": server.port, "security": "plain",
                          "user": "", "from_address": FROM, "timeout_seconds": 5, **changes})


def clock() -> FixedClock:
    return FixedClock(local(2027, 2, 1, 9, 0))


async def test_a_confirmation_goes_out_threaded_marked_automatic_with_html_and_calendar(
        smtp_server: SmtpServer) -> None:
    sender = SmtpSender(plain_settings(smtp_server), clock())
    await sender.send(outbox_row(), None)
    await sender.close()
    [got] = smtp_server.wait_for(1)
    msg = got.message
    assert got.rcpt_tos == ("anna.berg@falun.se",) and got.mail_from == FROM
    assert msg["To"] == "anna.berg@falun.se" and msg["Subject"] == "Re: Anmälan till DalaLab"
    assert msg["Message-ID"] == "<reply.7f3a@dalalab.example>"
    assert msg["In-Reply-To"] == "<abc@falun.se>" and "<abc@falun.se>" in msg["References"]
    assert msg["Auto-Submitted"] == "auto-replied"
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and "Du är anmäld till 3 maj" in text.get_content()
    assert html is not None and "<p>Hej Anna!</p>" in html.get_content()
    [ics] = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    cal = icalendar.Calendar.from_ical(ics.get_content())
    events = list(cal.walk("VEVENT"))
    assert [e["DTSTART"].dt for e in events] == [local(2027, 5, 3, 10, 0), local(2027, 9, 21, 10, 0)]
    assert all(str(e["LOCATION"]) == "Falun" and "ORGANIZER" not in e for e in events)
    assert "Hållbar utveckling" in str(events[0]["SUMMARY"])
    assert len({str(e["UID"]) for e in events}) == 2
    assert list(cal.walk("VTIMEZONE"))


async def test_an_updated_confirmation_keeps_each_sessions_calendar_uid(smtp_server: SmtpServer) -> None:
    sender = SmtpSender(plain_settings(smtp_server), clock())
    first = outbox_row()
    later = outbox_row(id=8, headers={"Message-ID": "<reply.8@dalalab.example>"},
                       payload={"calendar": [calendar_entry("anna.berg@falun.se", "2027-09-21", "Ny titel")]})
    await sender.send(first, None)
    await sender.send(later, None)   # the same connection, reused
    await sender.close()
    uids = []
    for got in smtp_server.wait_for(2):
        [ics] = [p for p in got.message.iter_attachments() if p.get_content_type() == "text/calendar"]
        uids.append([str(e["UID"]) for e in icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")])
    assert uids[1][0] == uids[0][1]   # 21 September: the same UID, so a calendar replaces the entry


async def test_a_forward_carries_the_original_message_as_an_attachment(smtp_server: SmtpServer) -> None:
    original = (b"From: Per <per@mora.se>\r\nSubject: Blir det lunch?\r\nMessage-ID: <q1@mora.se>\r\n\r\n"
                b"Hej, blir det lunch den 3 maj?\r\n")
    sender = SmtpSender(plain_settings(smtp_server), clock())
    await sender.send(outbox_row(kind="forward", recipient="linnea.hassis@regiondalarna.se", payload={},
                                 subject="[Anmälan] question: Blir det lunch?"), original)
    await sender.close()
    msg = smtp_server.wait_for(1)[0].message
    [attached] = [p for p in msg.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert "blir det lunch den 3 maj?" in attached.get_content().get_body(("plain",)).get_content()


async def test_starttls_and_auth_are_used_when_configured(smtp_tls_server: SmtpServer,
                                                          trust_test_ca: object) -> None:
    settings = plain_settings(smtp_tls_server, security="starttls", user=smtp_server_module.USER,
                              password_env="ANMALAN_TEST_SMTP_PASSWORD")
    sender = SmtpSender(settings, clock(), password=smtp_server_module.PASSWORD)
    await sender.send(outbox_row(), None)
    await sender.close()
    assert len(smtp_tls_server.wait_for(1)) == 1 and smtp_tls_server.logins == [smtp_server_module.USER]


async def test_a_wrong_smtp_password_is_a_temporary_failure_not_a_lost_reply(smtp_tls_server: SmtpServer,
                                                                             trust_test_ca: object) -> None:
    settings = plain_settings(smtp_tls_server, security="starttls", user=smtp_server_module.USER)
    sender = SmtpSender(settings, clock(), password="wrong")
    with pytest.raises(TemporaryFailure, match="535"):
        await sender.send(outbox_row(), None)
    assert smtp_tls_server.messages == []


async def test_a_server_that_requires_tls_defers_a_plain_reply_instead_of_failing_it(
        smtp_tls_server: SmtpServer) -> None:
    sender = SmtpSender(plain_settings(smtp_tls_server), clock())
    with pytest.raises(TemporaryFailure, match="530"):   # a configuration problem: fixed, the reply goes
        await sender.send(outbox_row(), None)
    assert smtp_tls_server.messages == []


@pytest.mark.parametrize(("answer", "failure"), [
    ("451 4.3.0 Try again later", TemporaryFailure),
    ("550 5.1.1 <anna.berg@falun.se>: Recipient address rejected: User unknown", PermanentFailure),
])
async def test_the_servers_answer_decides_between_retry_and_failed(smtp_server: SmtpServer, answer: str,
                                                                   failure: type[Exception]) -> None:
    smtp_server.refusal = answer
    sender = SmtpSender(plain_settings(smtp_server), clock())
    with pytest.raises(failure) as caught:
        await sender.send(outbox_row(), None)
    assert answer.split(" ", 1)[1] in str(caught.value)
    smtp_server.refusal = None
    await sender.send(outbox_row(), None)   # the connection is usable again after the refusal
    await sender.close()
    assert len(smtp_server.wait_for(1)) == 1


async def test_a_server_that_is_down_is_a_temporary_failure_and_a_restart_is_survived(
        smtp_server: SmtpServer) -> None:
    sender = SmtpSender(plain_settings(smtp_server), clock())
    await sender.send(outbox_row(), None)
    smtp_server.stop()
    with pytest.raises(TemporaryFailure):
        await sender.send(outbox_row(id=8), None)
    smtp_server.start()
    await sender.send(outbox_row(id=9), None)
    await sender.close()
    assert len(smtp_server.wait_for(2)) == 2


async def test_nothing_listening_is_a_temporary_failure() -> None:
    sender = SmtpSender(SmtpChannel(enabled=True, host="127.0.0.1", port=free_port(), security="plain",
                                    from_address=FROM, timeout_seconds=2), clock())
    with pytest.raises(TemporaryFailure):
        await sender.send(outbox_row(), None)


def test_the_calendar_has_no_organizer_and_a_uid_per_person_and_session() -> None:
    from handlers.calendar_file import build_ics
    now = dt.datetime(2027, 2, 1, tzinfo=dt.UTC)
    one = build_ics([calendar_entry("a@falun.se", "2027-05-03", "T")], "dalalab.example", now)
    two = build_ics([calendar_entry("a@falun.se", "2027-05-03", "T")], "dalalab.example", now + dt.timedelta(1))
    other = build_ics([calendar_entry("b@falun.se", "2027-05-03", "T")], "dalalab.example", now)
    uid = [str(icalendar.Calendar.from_ical(x).walk("VEVENT")[0]["UID"]) for x in (one, two, other)]
    assert uid[0] == uid[1] != uid[2]
    assert b"ORGANIZER" not in one
