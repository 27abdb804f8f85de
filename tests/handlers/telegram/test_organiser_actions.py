"""The organisers' action commands in the bot (/lagg_till, /avanmal_person, /flytta, /ersatt, /andra, /befordra,
/skicka_igen, /radera_person, /slapp, /avsla, /hanterad), on SQLite and PostgreSQL: a question with "Ja, gör det"
before anything changes, a button for each person when several match, the person's own message in the outbox, a
polite refusal for everyone else, and the commands in an organiser's /hjalp."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import AsyncIterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound
from handlers.telegram.organiser_commands import COMMANDS as ORGANISER_COMMANDS
from handlers.telegram.texts import say
from storage.models import InboundMessage, OutboxMessage
from tests.fakes.telegram_api import user
from tests.fakes.telegram_harness import ROOT, BotHarness, telegram_config
from tests.handlers.telegram.test_commands import KALLE, LINNEA

MAY, SEP, NOV = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29)
PER = ("Per Holm", "per.holm@falun.se", "Falu kommun")
ANNA_FALUN = ("Anna Berg", "anna.berg@falun.se", "Falu kommun")
ANNA_MORA = ("Anna Berg", "anna.berg@mora.se", "Mora kommun")
LISA = ("Lisa Ek", "lisa.ek@borlange.se", "Borlänge kommun")
REFUSED = "Det här kommandot är bara för arrangörerna. Skriv /hjalp för att se vad du kan göra."


@pytest.fixture
async def harness(tmp_path: Path, clock: FixedClock, db_url: str) -> AsyncIterator[BotHarness]:
    """The bot on the test's database; the May session has room for one."""
    event = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))["event"]
    event["sessions"][0]["capacity"] = 1
    h = await BotHarness(telegram_config(tmp_path, database_url=db_url, sessions=event["sessions"]), clock).start()
    yield h
    await h.stop()


async def _signup(h: BotHarness, who: tuple[str, str, str], *sessions: dt.date) -> int:
    """``who`` signs up by mail from their own address; returns the message's id."""
    name, email, org = who
    request = ParsedRequest(Intent.REGISTER, (Person(name, email, org),), sessions, sender=Sender("email", email, name),
                            sessions_named=bool(sessions))
    return (await h.service.submit(Inbound("email", f"{email}.{len(sessions)}", b"seed", h.clock.now()), request)).inbound_id


async def _places(h: BotHarness) -> dict[tuple[str | None, str | None], list[tuple[dt.date, str]]]:
    async with h.service.reading() as uow:
        rows = await uow.registrations.rows(None, include_cancelled=True)
    out: dict[tuple[str | None, str | None], list[tuple[dt.date, str]]] = {}
    for row in sorted(rows, key=lambda r: r.session):
        out.setdefault((row.name, row.email), []).append((row.session, row.status))
    return out


async def _mail_to(h: BotHarness, address: str) -> list[OutboxMessage]:
    await h.drained()
    async with h.db.sessions() as session:
        return list((await session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == address)
                                           .order_by(OutboxMessage.id))).all())


def _calendar(row: OutboxMessage) -> list[tuple[str, str]]:
    entries: list[dict[str, Any]] = (row.payload or {}).get("calendar") or []
    return [(e["session"], e["status"]) for e in entries]


async def test_cancelling_a_person_asks_first_then_tells_the_person(harness: BotHarness) -> None:
    await _signup(harness, PER)
    [question] = await harness.send(LINNEA, "/avanmal_person Per Holm 21 september")
    assert (question.text or "").startswith("Så här blir det:")
    assert "Per Holm: Avanmäld från 21 september 2027." in (question.text or "")
    assert "Ska jag göra det?" in (question.text or "")
    assert (await _places(harness))[PER[:2]] == [(d, "confirmed") for d in (MAY, SEP, NOV, dt.date(2028, 2, 22))]

    edited, answer = await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    assert edited.method == "editMessageText" and (answer.text or "").startswith("Klart, så här blev det:")
    assert f"Meddelat: {PER[1]}." in (answer.text or "")
    assert (SEP, "cancelled") in (await _places(harness))[PER[:2]]
    [_confirmation, notice] = await _mail_to(harness, PER[1])
    assert notice.kind == "notice" and _calendar(notice) == [(SEP.isoformat(), "CANCELLED")]

    [again] = await harness.press(LINNEA, question, "Ja, gör det")   # a second press does nothing
    assert again.text == "Den här frågan är redan besvarad eller har gått ut. Skriv kommandot igen."
    assert len(await _mail_to(harness, PER[1])) == 2


async def test_several_people_of_the_name_are_offered_as_buttons(harness: BotHarness) -> None:
    await _signup(harness, ANNA_FALUN, SEP)
    await _signup(harness, ANNA_MORA, NOV)
    [choose] = await harness.send(LINNEA, "/flytta Anna Berg 29 november 21 september")
    assert choose.text == "Flera anmälda heter Anna Berg. Vem menar du?"
    [question] = await harness.press(LINNEA, choose, "Mora kommun")
    assert "Anmäld till tisdag 21 september 2027" in (question.text or "")
    await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    places = await _places(harness)
    assert places[ANNA_MORA[:2]] == [(SEP, "confirmed"), (NOV, "cancelled")]
    assert places[ANNA_FALUN[:2]] == [(SEP, "confirmed")]
    [_confirmation, notice] = await _mail_to(harness, ANNA_MORA[1])
    assert notice.kind == "notice"
    assert sorted(_calendar(notice)) == [(SEP.isoformat(), "CONFIRMED"), (NOV.isoformat(), "CANCELLED")]
    assert len(await _mail_to(harness, ANNA_FALUN[1])) == 1   # only her own confirmation


async def test_adding_a_person_books_them_and_sends_their_own_message(harness: BotHarness) -> None:
    [question] = await harness.send(LINNEA, "/lagg_till Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november")
    assert "Karl Dahl: Anmäld till måndag 29 november 2027" in (question.text or "")
    [choice] = [b["text"] for row in question.buttons for b in row if "Nej" in b["text"]]
    assert choice == "Nej"
    await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    places = await _places(harness)
    assert places == {("Karl Dahl", "karl.dahl@mora.se"): [(NOV, "confirmed")]}   # nobody else, no organiser
    [told] = await _mail_to(harness, "karl.dahl@mora.se")
    assert told.kind == "notice" and _calendar(told) == [(NOV.isoformat(), "CONFIRMED")]


async def test_no_changes_nothing(harness: BotHarness) -> None:
    await _signup(harness, PER)
    [question] = await harness.send(LINNEA, "/avanmal_person Per Holm 21 september")
    [edited] = await harness.press(LINNEA, question, "Nej")
    assert edited.text == "Okej, ingenting har ändrats."
    assert (SEP, "confirmed") in (await _places(harness))[PER[:2]]
    assert len(await _mail_to(harness, PER[1])) == 1


async def test_promoting_into_a_full_session_is_refused_without_an_override(harness: BotHarness) -> None:
    await _signup(harness, PER, MAY)
    await _signup(harness, LISA, MAY)
    [answer] = await harness.send(LINNEA, "/befordra Lisa Ek 3 maj")
    text = answer.text or ""
    assert text.startswith("Inget är ändrat:") and "Lisa Ek: Träffen 3 maj 2027 är fullbokad." in text
    assert "--override" in text and not answer.buttons
    assert (await _places(harness))[LISA[:2]] == [(MAY, "waitlisted")]


async def test_a_person_nobody_is_called_is_said_so(harness: BotHarness) -> None:
    [answer] = await harness.send(LINNEA, "/avanmal_person Pia Holm")
    assert answer.text == "Ingen anmäld heter Pia Holm."
    [usage] = await harness.send(LINNEA, "/flytta Pia Holm")
    assert usage.text == "Skriv t.ex. /flytta Anna Berg 3 maj 21 september (från, till)."


async def test_a_held_message_is_released_and_a_question_marked_handled(harness: BotHarness) -> None:
    people = tuple(Person(f"Deltagare Nummer{i:02d}", None, "Region Dalarna") for i in range(11))
    request = ParsedRequest(Intent.REGISTER, people, (NOV,), sender=Sender("email", "kansli@regiondalarna.se",
                                                                            "Kansliet"), sessions_named=True)
    held = (await harness.service.submit(Inbound("email", "many", b"seed", harness.clock.now()), request)).inbound_id
    assert await _places(harness) == {}
    [question] = await harness.send(LINNEA, f"/slapp {held}")
    await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    assert len(await _places(harness)) == 11
    asked = await _signup(harness, PER, MAY)
    [question] = await harness.send(LINNEA, f"/hanterad {asked}")
    _, answer = await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    assert f"#{asked} är hanterat" in (answer.text or "")
    async with harness.db.sessions() as session:
        row = await session.get(InboundMessage, asked)
        assert row is not None and row.handled_at is not None and row.handled_by == str(LINNEA["id"])


async def test_everyone_else_is_refused_politely_and_nothing_changes(harness: BotHarness) -> None:
    await _signup(harness, PER)
    eva = user(1003, "Eva", "Ek")
    for command in ("/avanmal_person Per Holm", "/flytta Per Holm 3 maj 21 september", "/befordra Per Holm 3 maj",
                    "/lagg_till Karl Dahl, karl.dahl@mora.se, Mora kommun", "/slapp 1", "/hanterad 1",
                    "/radera_person Per Holm", "/ersatt Per Holm med Eva Lind, eva.lind@falun.se",
                    "/andra Per Holm kost vegetarisk", "/skicka_igen Per Holm", "/avsla 1"):
        for who in (KALLE, eva):
            [reply] = await harness.send(who, command)
            assert reply.text == REFUSED and not reply.buttons
    assert all(status == "confirmed" for _, status in (await _places(harness))[PER[:2]])
    assert set(await _places(harness)) == {PER[:2]}


async def _yes(h: BotHarness, command: str) -> str:
    """The organiser writes ``command`` and presses "Ja, gör det"; returns the answer of what was done."""
    [question] = await h.send(LINNEA, command)
    assert "Ska jag göra det?" in (question.text or ""), question.text
    _, answer = await h.press(LINNEA, question, "Ja, gör det", expect=2)
    return answer.text or ""


async def test_erasing_a_person_removes_everything_and_tells_them(harness: BotHarness) -> None:
    await _signup(harness, PER)
    await _signup(harness, LISA, NOV)
    [question] = await harness.send(LINNEA, "/radera_person Per Holm")
    assert "Per Holm: Avanmäld från 21 september 2027." in (question.text or "")
    _, answer = await harness.press(LINNEA, question, "Ja, gör det", expect=2)
    assert answer.text == "Klart: personens uppgifter är raderade och hens platser lediga. Hen har fått besked."
    places = await _places(harness)
    assert places[LISA[:2]] == [(NOV, "confirmed")]
    assert all(status == "cancelled" for who, rows in places.items() if who != LISA[:2] for _, status in rows)
    assert not any("holm" in f"{name} {address}".lower() for name, address in places)
    await harness.drained()
    async with harness.db.sessions() as session:
        rows = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
    assert not [r for r in rows if "Per Holm" in r.body_text or PER[1] in (r.recipient, r.body_text)]
    assert [(r.kind, r.recipient, r.state) for r in rows if r.kind == "erasure"] == [("erasure", "(raderat)", "sent")]
    [*_, erased] = [m for m in map(message_from_bytes, harness.emails()) if m["To"] == PER[1]]
    body = erased.get_payload(decode=True) if not erased.is_multipart() else erased.get_payload(0).get_payload(decode=True)
    assert "Vi har raderat dina personuppgifter" in body.decode() and "BEGIN:VCALENDAR" not in body.decode()
    assert len(await _mail_to(harness, LISA[1])) == 1


async def test_replacing_a_person_gives_the_places_and_tells_both(harness: BotHarness) -> None:
    await _signup(harness, PER, SEP, NOV)
    answer = await _yes(harness, "/ersatt Per Holm med Eva Lind, eva.lind@falun.se")
    assert "eva.lind@falun.se" in answer and PER[1] in answer
    places = await _places(harness)
    assert places[PER[:2]] == [(SEP, "cancelled"), (NOV, "cancelled")]
    assert places[("Eva Lind", "eva.lind@falun.se")] == [(SEP, "confirmed"), (NOV, "confirmed")]
    [_confirmation, left] = await _mail_to(harness, PER[1])
    assert left.kind == "notice" and sorted(_calendar(left)) == [(SEP.isoformat(), "CANCELLED"),
                                                                 (NOV.isoformat(), "CANCELLED")]
    [joined] = await _mail_to(harness, "eva.lind@falun.se")
    assert joined.kind == "notice" and sorted(_calendar(joined)) == [(SEP.isoformat(), "CONFIRMED"),
                                                                     (NOV.isoformat(), "CONFIRMED")]


async def test_changing_a_diet_and_an_address_is_stored_and_told(harness: BotHarness) -> None:
    await _signup(harness, PER, SEP)
    await _yes(harness, "/andra Per Holm kost vegetarisk")
    async with harness.service.reading() as uow:
        [(row, _org)] = await uow.registrations.people_named(name="Per Holm")
    assert row.diet == "vegetarisk"
    [_confirmation, told] = await _mail_to(harness, PER[1])
    assert told.kind == "notice" and "vegetarisk" in told.body_text

    await _yes(harness, "/andra Per Holm adress Per.Holm@Mora.se")
    assert (await _places(harness)) == {("Per Holm", "per.holm@mora.se"): [(SEP, "confirmed")]}
    [moved] = await _mail_to(harness, "per.holm@mora.se")    # told at the new address
    assert moved.kind == "notice" and "På begäran av Linnea Hassis" in moved.body_text
    assert len(await _mail_to(harness, PER[1])) == 2

    [usage] = await harness.send(LINNEA, "/andra Per Holm adress inte-en-adress")
    assert usage.text == say("sv", "org_usage_andra") and not usage.buttons


async def test_resending_sends_the_persons_confirmation_with_their_calendar(harness: BotHarness) -> None:
    await _signup(harness, PER, MAY)
    await _signup(harness, LISA, MAY, SEP)     # May has room for one: Lisa waits for it
    answer = await _yes(harness, "/skicka_igen Lisa Ek")
    assert f"Meddelat: {LISA[1]}." in answer
    [first, again] = await _mail_to(harness, LISA[1])
    assert again.kind == "confirmation" and again.subject == first.subject
    assert _calendar(again) == _calendar(first) == [(SEP.isoformat(), "CONFIRMED")]
    assert "väntelista" in again.body_text
    assert (await _places(harness))[LISA[:2]] == [(MAY, "waitlisted"), (SEP, "confirmed")]   # nothing changed


async def test_refusing_a_held_message_tells_its_sender_and_books_nobody(harness: BotHarness) -> None:
    people = tuple(Person(f"Deltagare Nummer{i:02d}", None, "Region Dalarna") for i in range(11))
    request = ParsedRequest(Intent.REGISTER, people, (NOV,), sender=Sender("email", "kansli@regiondalarna.se",
                                                                            "Kansliet"), sessions_named=True)
    held = (await harness.service.submit(Inbound("email", "many", b"seed", harness.clock.now()), request)).inbound_id
    before = len(await _mail_to(harness, "kansli@regiondalarna.se"))
    answer = await _yes(harness, f"/avsla {held}")
    assert "kansli@regiondalarna.se" in answer
    assert await _places(harness) == {}
    told = (await _mail_to(harness, "kansli@regiondalarna.se"))[before:]
    assert [(m.kind, _calendar(m)) for m in told] == [("rejection", [])]
    async with harness.db.sessions() as session:
        row = await session.get(InboundMessage, held)
        assert row is not None and row.state == "processed" and row.handled_by == str(LINNEA["id"])
    [again] = await harness.send(LINNEA, f"/avsla {held}")   # no longer held: said so, nothing sent
    assert "väntar inte på en arrangör" in (again.text or "") and not again.buttons


async def test_help_lists_the_organiser_commands_to_organisers_only(harness: BotHarness) -> None:
    [organiser] = await harness.send(LINNEA, "/hjalp")
    text = organiser.text or ""
    assert text.startswith(say("sv", "commands"))
    for name in ORGANISER_COMMANDS + ("sammanfattning", "lista", "vantelista", "export"):
        assert f"/{name}" in text, name
    [english] = await harness.send(LINNEA, "/help")
    assert "For organisers:" in (english.text or "") and "/ersatt" in (english.text or "")
    [participant] = await harness.send(KALLE, "/hjalp")
    assert participant.text == say("sv", "commands")
