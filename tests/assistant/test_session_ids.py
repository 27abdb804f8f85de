"""Stable session ids: a session moved in the config keeps its registrations (summary, export, listing, the
book the rules read), ``assistant sessions`` shows what is stored, and ``sessions notify`` tells each
participant once, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.commands import render_table
from assistant.config import Config, ConfigError, load_config
from assistant.exporting import ORPHANS, to_xlsx
from assistant.service import Service
from assistant.sessions_admin import table, told_before
from assistant.summary.render import render_text
from assistant.summary.report import build_report
from handlers.calendar_file import build_ics
from storage.database import open_database
from storage.models import OutboxMessage
from tests.conftest import ROOT, local
from tests.servers.service import falun_signup, prepared_service

MOVED = ('date = 2027-09-21\n', 'id = "2027-09-21"\ndate = 2027-09-28\n')
FALUN = [("Anna Andersson", "anna.andersson@falun.se"), ("Per Holm", "per.holm@falun.se")]


def _config(tmp_path: Path, *edits: tuple[str, str]) -> Config:
    text = (ROOT / "config.example.toml").read_text("utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "moved.toml"
    path.write_text(text, "utf-8")
    return load_config(path, base_dir=ROOT)


async def _signed_up(config: Config, url: str, clock: FixedClock) -> None:
    async with prepared_service(config, url, clock) as (service, _):
        for n, (name, address) in enumerate(FALUN):
            await service.handle(falun_signup(name, address, n))


def test_a_session_id_defaults_to_its_date_and_two_sessions_may_not_share_one(tmp_path: Path) -> None:
    plain = _config(tmp_path)
    assert [s.id for s in plain.event.sessions] == ["2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"]
    moved = _config(tmp_path, MOVED)
    assert moved.event.session_on(dt.date(2027, 9, 28)).id == "2027-09-21"   # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="two sessions have the id 2027-11-29"):
        _config(tmp_path, ('date = 2027-09-21\n', 'id = "2027-11-29"\ndate = 2027-09-21\n'))
    with pytest.raises(ConfigError, match=r"event.sessions\[1\].id: .*first configured on"):
        _config(tmp_path, ('date = 2027-09-21\n', 'id = "traff-2"\ndate = 2027-09-21\n'))


async def test_a_moved_session_keeps_its_people_everywhere(tmp_path: Path, config: Config, clock: FixedClock,
                                                            db_url: str) -> None:
    await _signed_up(config, db_url, clock)
    moved = _config(tmp_path, MOVED)
    db = open_database(db_url)
    service = Service(moved, db, FixedClock(local(2027, 3, 1, 9, 0)))
    try:
        async with service.reading() as uow:
            rows = await uow.registrations.rows()
            facts = await uow.summary.facts(local(2027, 3, 1, 9, 0), None)
            held = await uow.registrations.rows(dt.date(2027, 9, 28))
        assert {(r.name, r.session, r.orphan) for r in rows} == {
            ("Anna Andersson", dt.date(2027, 9, 28), False), ("Per Holm", dt.date(2027, 9, 28), False)}
        assert [r.name for r in held] == ["Anna Andersson", "Per Holm"]
        assert "2027-09-28  bekräftad  Anna Andersson" in render_table(rows)
        # the summary: the moved session is full of its people, not 0/60
        report = build_report(moved, facts)
        assert [(s.date, s.confirmed) for s in report.sessions][1] == (dt.date(2027, 9, 28), 2)
        assert "28 september 2027  Falun    2/60" in render_text(report)
        # the export: the sheet of the session's new date has them
        book = load_workbook(io.BytesIO(to_xlsx(rows, moved)))
        assert "2027-09-28" in book.sheetnames and "2027-09-21" not in book.sheetnames
        assert [c.value for c in book["2027-09-28"]["C"]][1:] == ["Anna Andersson", "Per Holm"]
        # the rules: a third Falu colleague meets the quota of three, a fourth is refused (the two count); they
        # name the session's new date (its first date, which no session is on any more, is asked about)
        for n, name in ((2, "Eva Berg"), (3, "Olle Dahl")):
            await service.handle(falun_signup(name, f"{name.split()[0].lower()}@falun.se", n, "28 september"))
        async with service.reading() as uow:
            after = await uow.registrations.rows(dt.date(2027, 9, 28))
        assert [r.name for r in after] == ["Anna Andersson", "Per Holm", "Eva Berg"]
    finally:
        await service.close()
        await db.dispose()


async def test_a_session_removed_from_the_config_is_listed_as_an_orphan(tmp_path: Path, config: Config,
                                                                         clock: FixedClock, db_url: str) -> None:
    await _signed_up(config, db_url, clock)
    gone = _config(tmp_path, MOVED, ('id = "2027-09-21"\n', 'id = "2027-09-22"\n'))   # the id changed: orphaned
    db = open_database(db_url).for_event(gone.event)
    service = Service(gone, db, clock)
    try:
        async with service.reading() as uow:
            rows = await uow.registrations.rows()
            counts = await uow.sessions.counts()
        assert {(r.name, r.session, r.orphan) for r in rows} == {
            ("Anna Andersson", dt.date(2027, 9, 21), True), ("Per Holm", dt.date(2027, 9, 21), True)}
        book = load_workbook(io.BytesIO(to_xlsx(rows, gone)))
        assert [c.value for c in book[ORPHANS]["C"]][1:] == ["Anna Andersson", "Per Holm"]
        shown = table(gone, counts, {})
        assert "ORPHANS" in shown and "2027-09-21" in shown.split("ORPHANS")[1]
        assert "cancellation not sent" in shown
    finally:
        await service.close()
        await db.dispose()


async def test_notify_sends_each_participant_one_updated_calendar_entry_once(
        tmp_path: Path, config: Config, clock: FixedClock, db_url: str) -> None:
    await _signed_up(config, db_url, clock)
    moved = _config(tmp_path, MOVED, ('end = 15:00:00\nplace = "Falun"\ntitle = "Vad ligger',
                                      'end = 15:00:00\nplace = "Borlänge"\ntitle = "Vad ligger'))
    later = FixedClock(local(2027, 3, 1, 9, 0))
    db = open_database(db_url)
    service = Service(moved, db, later)
    try:
        async with service.reading() as uow:
            counts, told = await uow.sessions.counts(), await told_before(uow)
        assert "changed since last told (date 2027-09-21 -> 2027-09-28; place Falun -> Borlänge)" in \
            table(moved, counts, told)
        dry = await service.notify_sessions(dry_run=True)
        assert len(dry.notices) == 2
        first = await service.notify_sessions()
        again = await service.notify_sessions()
        assert (len(first.notices), again.changes, again.notices) == (2, (), ())
        async with db.sessions() as s:
            sent = (await s.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        confirmations = [r for r in sent if r.kind == "confirmation"]
        notices = [r for r in sent if r.kind == "session-change"]
        assert sorted(r.recipient for r in notices) == sorted(a for _, a in FALUN)
        for notice in notices:
            assert "Träffen den 21 september 2027 är nu tisdag 28 september 2027 kl. 10.00–15.00, Borlänge." in notice.body_text
            confirmation = next(r for r in confirmations if r.recipient == notice.recipient)
            old = _events(build_ics(confirmation.payload["calendar"], "dalalab.example", confirmation.created_at,
                                    confirmation.created_at))
            new = _events(build_ics(notice.payload["calendar"], "dalalab.example", notice.created_at,
                                    notice.created_at))
            assert len(new) == 1 and new[0]["UID"] == old[0]["UID"]
            assert new[0]["SEQUENCE"] > old[0]["SEQUENCE"]
            assert new[0]["DTSTART"].dt.date() == dt.date(2027, 9, 28) and str(new[0]["LOCATION"]) == "Borlänge"
            assert str(new[0]["STATUS"]) == "CONFIRMED"
        async with service.reading() as uow:
            assert table(moved, await uow.sessions.counts(), await told_before(uow)).count("as told") == 4
    finally:
        await service.close()
        await db.dispose()


async def test_notify_cancels_a_removed_session_in_the_calendar(tmp_path: Path, config: Config, clock: FixedClock,
                                                               db_url: str) -> None:
    await _signed_up(config, db_url, clock)
    text = (ROOT / "config.example.toml").read_text("utf-8")
    block = text[text.index("[[event.sessions]]\ndate = 2027-09-21"):text.index("[[event.sessions]]\ndate = 2027-11-29")]
    removed = _config(tmp_path, (block, ""))
    db = open_database(db_url)
    service = Service(removed, db, FixedClock(local(2027, 3, 1, 9, 0)))
    try:
        done = await service.notify_sessions()
        assert [c.removed for c in done.changes] == [True]
        assert (await service.notify_sessions()).notices == ()
        async with db.sessions() as s:
            notices = (await s.scalars(select(OutboxMessage).where(OutboxMessage.kind == "session-change"))).all()
        assert len(notices) == 2
        for notice in notices:
            assert "Träffen den 21 september 2027 är inställd." in notice.body_text
            [entry] = _events(build_ics(notice.payload["calendar"], "dalalab.example", notice.created_at))
            assert str(entry["STATUS"]) == "CANCELLED"
    finally:
        await service.close()
        await db.dispose()


def _events(ics: bytes) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
