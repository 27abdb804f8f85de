"""The bot's commands: a participant's own registrations only; organiser commands for organisers only."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound
from storage.models import Person as PersonRow
from storage.models import Registration
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import ORGANISER_ID, BotHarness, telegram_config

KALLE = user(1001, "Kalle", "Svensson")
EVA = user(1002, "Eva", "Ek")
LINNEA = user(ORGANISER_ID, "Linnea", "Hassis")


async def _seed(h: BotHarness, people: Sequence[tuple[str, str | None, str]], key: str = "seed",
                sessions: tuple[dt.date, ...] = ()) -> None:
    """Registrations made by e-mail (from the organisers' office), straight through the service: ten to a
    message, each from an address of its own (more at once would be held as a mass signup)."""
    for n in range(0, len(people), 10):
        request = ParsedRequest(Intent.REGISTER, tuple(Person(*p) for p in people[n:n + 10]), sessions,
                                sender=Sender("email", f"kansli.{key}.{n}@regiondalarna.se", "Kansliet"),
                                sessions_named=bool(sessions))
        await h.service.submit(Inbound("email", f"{key}.{n}", b"seed", h.clock.now()), request)


async def test_start_tells_what_the_event_is_and_how_to_sign_up(harness: BotHarness) -> None:
    [reply] = await harness.send(KALLE, "/start")
    text = reply.text or ""
    assert "DalaLab" in text and "3 maj 2027 10.00–15.00, Falun" in text
    assert "14 april 2027" in text and "/anmal" in text and "/avanmal" in text


async def test_organiser_commands_are_refused_politely_and_logged(harness: BotHarness,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="anmalan.telegram")
    for command in ("/lista", "/export", "/vantelista", "/sammanfattning"):
        [reply] = await harness.send(KALLE, command)
        assert reply.text == ("Det här kommandot är bara för arrangörerna. "
                              "Skriv /hjalp för att se vad du kan göra.")
        assert reply.document is None
    refusals = [r.getMessage() for r in caplog.records if "organiser command" in r.getMessage()]
    # who tried is logged, as the log shows people: the Telegram id masked, no name
    assert len(refusals) == 4 and all("user 1*** tried" in r for r in refusals)
    assert not any("1001" in r or "Kalle" in r for r in refusals)


async def test_organiser_gets_lists_waitlist_summary_and_xlsx(harness: BotHarness) -> None:
    await _seed(harness, [("Anna Berg", "anna@falun.se", "Falu kommun"),
                          ("Bo Ek", "bo@falun.se", "Falu kommun")], sessions=(dt.date(2027, 5, 3),))
    [listing] = await harness.send(LINNEA, "/lista 3/5")
    assert "3 maj 2027, Falun – 2/60" in (listing.text or "")
    assert "1. Anna Berg, Falu kommun" in (listing.text or "")
    [waiting] = await harness.send(LINNEA, "/vantelista")
    assert waiting.text == "Ingen står på väntelistan."
    [summary] = await harness.send(LINNEA, "/sammanfattning")
    assert "3 maj" in (summary.text or "") and "2" in (summary.text or "")
    _caption, document = await harness.send(LINNEA, "/export", expect=2)
    assert document.document is not None and document.document[0].endswith(".xlsx")
    book = load_workbook(io.BytesIO(document.document[1]))
    sheet = book["2027-05-03"]
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Anna Berg", "Bo Ek"]


async def test_long_lists_are_split_under_telegrams_limit(harness: BotHarness) -> None:
    people = [(f"Deltagare Nummer{i:03d} Långnamnsson", None, "Region Dalarna") for i in range(70)]
    await _seed(harness, people)
    before = len(harness.fake.in_chat(ORGANISER_ID))
    harness.fake.text(LINNEA, "/lista")
    await harness.fake.wait_sent(ORGANISER_ID, before + 3, timeout=10)
    await harness.drained()     # the whole list is out: no piece still to come
    parts = harness.fake.in_chat(ORGANISER_ID)[before:]
    assert len(parts) >= 3 and all(len(p.text or "") <= 4096 for p in parts)
    joined = "\n".join(p.text or "" for p in parts)
    assert joined.count("Nummer069") == 4 and "V10. Deltagare Nummer069" in joined


async def test_status_shows_only_the_users_own_registrations(harness: BotHarness) -> None:
    await harness.send(KALLE, "anmäler mig till 3/5, Kalle Svensson, Ludvika kommun", expect=2)
    await _seed(harness, [("Anna Berg", "anna@falun.se", "Falu kommun")])
    [mine] = await harness.send(KALLE, "/status")
    assert "3 maj 2027 10.00–15.00, Falun – anmäld" in (mine.text or "")
    assert "Anna" not in (mine.text or "") and "21 september" not in (mine.text or "")
    [eva] = await harness.send(EVA, "/status")
    assert "inga anmälningar" in (eva.text or "")


async def test_cancel_with_choice_and_confirm_button(harness: BotHarness) -> None:
    await harness.send(KALLE, "anmäler mig till 3/5 och 21/9, Kalle Svensson, Ludvika kommun", expect=2)
    [choose] = await harness.send(KALLE, "/avanmal")
    assert choose.button_data("21 september") == "av:sv:2027-09-21"
    [confirm] = await harness.press(KALLE, choose, "21 september")
    assert "Vill du avanmäla Kalle Svensson från 21 september 2027?" == confirm.text
    out = await harness.press(KALLE, confirm, "Ja, avanmäl", expect=2)
    assert any("Avanmäld från 21 september 2027" in (s.text or "") for s in out)
    async with harness.db.sessions() as s:
        rows = (await s.execute(select(Registration.session_date, Registration.status))).all()
    assert sorted(rows) == [(dt.date(2027, 5, 3), "confirmed"), (dt.date(2027, 9, 21), "cancelled")]
    [choose] = await harness.send(KALLE, "/avanmal")
    [done] = await harness.press(KALLE, choose, "Nej")
    assert done.text == "Okej, ingenting har ändrats."


async def test_erase_with_confirm_button(harness: BotHarness) -> None:
    await harness.send(KALLE, "anmäler mig till 3/5, Kalle Svensson, Ludvika kommun", expect=2)
    [ask] = await harness.send(KALLE, "/radera")
    out = await harness.press(KALLE, ask, "Ja, radera", expect=2)
    assert any("raderat dina personuppgifter" in (s.text or "") for s in out)
    async with harness.db.sessions() as s:
        people = (await s.scalars(select(PersonRow))).all()
        statuses = (await s.scalars(select(Registration.status))).all()
    assert [(p.name, p.telegram_user_id) for p in people] == [(None, None)]
    assert statuses == ["cancelled"]


async def test_an_email_registration_is_linked_only_through_the_registered_address(harness: BotHarness) -> None:
    await _seed(harness, [("Anna Berg", "anna@falun.se", "Falu kommun")])
    anna = user(1003, "Anna", "Berg")
    [reply] = await harness.send(anna, "/status")
    assert "inga anmälningar" in (reply.text or "")
    [sent] = await harness.send(anna, "/koppla anna@falun.se")
    [nothing] = await harness.send(anna, "/koppla nobody@falun.se")
    assert sent.text == nothing.text     # the bot does not tell who is registered
    # Both turns are committed (their answers arrived); the code goes out by e-mail through the
    # dispatcher: once nothing is pending, every mail either turn queued has been written.
    await harness.drained()
    mails = [m for m in harness.emails() if b"KOPPLA-" in m]
    assert len(mails) == 1 and b"anna@falun.se" in mails[0].split(b"\n\n")[0] + mails[0]
    token = re.search(rb"KOPPLA-[A-Za-z0-9_-]{16}", mails[0])
    assert token is not None
    [wrong_user] = await harness.send(EVA, token.group().decode())
    assert "stämmer inte" in (wrong_user.text or "")
    [linked] = await harness.send(anna, token.group().decode())
    assert "Anna Berg" in (linked.text or "")
    [status] = await harness.send(anna, "/status")
    assert "3 maj 2027" in (status.text or "") and "22 februari 2028" in (status.text or "")


async def test_status_shows_each_waiting_list_place_counted_in_its_own_session(
        tmp_path: Path, clock: FixedClock, db_url: str) -> None:
    may, september = dt.date(2027, 5, 3), dt.date(2027, 9, 21)
    h = await BotHarness(telegram_config(tmp_path, database_url=db_url), clock).start()
    try:
        await _seed(h, [(f"Deltagare Nummer{i:03d} Maj", None, "Region Dalarna") for i in range(61)],
                    sessions=(may,))                          # 60 places taken, one waiting
        await _seed(h, [(f"Deltagare Nummer{i:03d} September", None, "Region Dalarna") for i in range(63)],
                    key="seed-september", sessions=(september,))   # 60 places taken, three waiting
        await h.send(KALLE, "anmäler mig till 3/5 och 21/9, Kalle Svensson, Ludvika kommun")
        await h.drained()
        [mine] = await h.send(KALLE, "/status")
        assert "3 maj 2027 10.00–15.00, Falun – väntelista, plats 2" in (mine.text or "")
        assert "21 september 2027" in (mine.text or "") and "väntelista, plats 4" in (mine.text or "")
        assert "Deltagare" not in (mine.text or "")
    finally:
        await h.stop()


async def test_a_button_of_no_known_kind_or_shape_changes_nothing(harness: BotHarness) -> None:
    [ask] = await harness.send(KALLE, "/radera")
    for data in ("zz:1", "av:sv:not-a-date", "er:sv", "av"):
        harness.fake.press(KALLE, ask, data)
    [help_text] = await harness.send(KALLE, "/hjalp")     # handled after the presses, one at a time
    await harness.drained()
    assert "/anmal" in (help_text.text or "")
    assert len(harness.fake.in_chat(1001)) == 2           # the question and the help: nothing for the presses
    async with harness.db.sessions() as s:
        assert (await s.scalars(select(PersonRow))).all() == []


async def test_export_of_hostile_stored_names_is_a_workbook_without_formulas(harness: BotHarness) -> None:
    # Stored before names were checked (or by any other way in): /export still works and runs nothing.
    await _seed(harness, [('=HYPERLINK("http://evil.example";"x")', "eve@evil.example", "Falu kommun"),
                          ("Eve \x1b[2J\x07Evil", "eve2@evil.example", "Falu kommun")], sessions=(dt.date(2027, 5, 3),))
    _caption, document = await harness.send(LINNEA, "/export", expect=2)
    assert document.document is not None
    sheet = load_workbook(io.BytesIO(document.document[1]))["2027-05-03"]
    names = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in names] == ['=HYPERLINK("http://evil.example";"x")', "Eve [2JEvil"]
    assert names[0].data_type == "s"
