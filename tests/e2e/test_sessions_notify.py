"""A session moved in the config, end to end on Dovecot and SMTP: its participants keep their places, and
after ``assistant sessions notify`` each gets exactly one notice whose calendar entry replaces the one of
their confirmation (same UID, higher SEQUENCE, the new date); a second run sends nothing."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

from assistant.config import parse_config
from assistant.service import Service
from storage.database import open_database
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, mail_config_data, text_of
from tests.servers.mails import mail
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.dovecot

PEOPLE = [("Anna Andersson", "anna.andersson@falun.se"), ("Per Holm", "per.holm@falun.se")]


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def _event(msg: EmailMessage) -> icalendar.cal.Component:
    [part] = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    [event] = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    return event


async def test_moved_session_each_participant_gets_one_updated_calendar_entry(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    user = dovecot.new_user()
    data = mail_config_data(dovecot, smtp_server, user, tmp_path / "anmalan.db")
    world = MailWorld(dovecot, smtp_server, parse_config(data, tmp_path), user)
    await world.start()
    try:
        for name, address in PEOPLE:
            world.send(mail(address, "Anmälan", f"Hej! Jag anmäler mig till träffen den 21 september.\n\n{name}\n"
                            "Falu kommun\n", name=name))
        confirmations = {m["To"]: m for m in await world.replies(2)}
    finally:
        await world.shutdown()

    moved_session = next(s for s in data["event"]["sessions"] if s["date"] == dt.date(2027, 9, 21))
    moved_session.update(id="2027-09-21", date=dt.date(2027, 9, 28))
    moved = parse_config(data, tmp_path)
    later = MailWorld(dovecot, smtp_server, moved, user)
    later.clock.advance(dt.timedelta(days=28))   # the organiser moves the session a month later
    await later.start()
    try:
        db = open_database(moved.database.url)
        service = Service(moved, db, later.clock)
        try:
            assert len((await service.notify_sessions()).notices) == 2
            assert (await service.notify_sessions()).notices == ()   # a second run: nothing new
        finally:
            await db.dispose()
        sent = await later.settled()
        rows = await later.registrations()
    finally:
        await later.shutdown()

    assert sorted(m["To"] for m in sent) == sorted(a for _, a in PEOPLE for _ in (1, 2)), \
        "each got their confirmation and one notice, no more"
    notices = [m for m in sent if str(m["Subject"]).startswith("Ändrad träff")]
    assert sorted(m["To"] for m in notices) == sorted(a for _, a in PEOPLE)
    for notice in notices:
        assert "Träffen den 21 september 2027 är nu tisdag 28 september 2027 kl. 10.00–15.00" in text_of(notice)
        old, new = _event(confirmations[notice["To"]]), _event(notice)
        assert str(new["UID"]) == str(old["UID"])
        assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
        assert new["DTSTART"].dt.date() == dt.date(2027, 9, 28) and str(new["STATUS"]) == "CONFIRMED"
    # their places are where they were: stored under the session's id, confirmed
    assert sorted((r.name, r.status) for r in rows) == [("Anna Andersson", "confirmed"), ("Per Holm", "confirmed")]
