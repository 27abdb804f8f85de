"""Each person their own: everyone named is in the sender's answer with their outcome, a diet belongs to the
person it was given for, a colleague with an address gets a confirmation and calendar file of their own, and
no calendar file holds a session twice (requests built as the parser reads them)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.service import Inbound, Service
from assistant.summary.queueing import preview
from storage.database import Database
from storage.models import OutboxMessage
from storage.models import Person as PersonRow
from tests.servers.service import prepared_service

MAY, SEPT = dt.date(2027, 5, 3), dt.date(2027, 9, 21)
BORLANGE, LUDVIKA = "Borlänge kommun", "Ludvika kommun"
KARIN = Sender("email", "karin.dahl@borlange.se", "Karin Dahl")


@pytest.fixture
async def service(config: Config, clock: FixedClock, sqlite_url: str) -> AsyncIterator[tuple[Service, Database]]:
    async with prepared_service(config, sqlite_url, clock) as (service, db):
        yield service, db


async def _submit(service: Service, request: ParsedRequest, key: str = "<m1@borlange.se>") -> list[OutboxMessage]:
    await service.submit(Inbound("email", key, b"", service.clock.now()), request)
    async with service.db.sessions() as session:
        return list((await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())


def _days(row: OutboxMessage) -> list[str]:
    return [e["session"] for e in row.payload.get("calendar", [])]


def _group(*people: Person, sessions: tuple[dt.date, ...] = (MAY,), diet: str | None = None) -> ParsedRequest:
    return ParsedRequest(Intent.REGISTER, people, sessions, diet, KARIN, sessions_named=True)


async def test_a_diet_given_for_one_colleague_is_that_colleagues_only(service: tuple[Service, Database]) -> None:
    svc, db = service
    request = _group(Person("Karin Dahl", KARIN.address, BORLANGE),
                     Person("Johan Andersson", "johan.andersson@borlange.se", BORLANGE, diet="glutenfri"),
                     Person("Lisa Ek", "lisa.ek@borlange.se", BORLANGE), diet="glutenfri")
    rows = await _submit(svc, request)
    async with db.sessions() as session:
        diets = {p.name: p.diet for p in (await session.scalars(select(PersonRow))).all()}
    assert diets == {"Karin Dahl": None, "Johan Andersson": "glutenfri", "Lisa Ek": None}
    answer = next(r for r in rows if r.recipient == KARIN.address)
    assert answer.body_text.count("Kost: glutenfri") == 1
    async with svc.reading() as uow:
        report = await preview(uow, svc.config, svc.clock.now())
    may = next(d for d in report.diets if d.date == MAY)
    assert (dict(may.counts), may.without) == ({"glutenfri": 1}, 2)


async def test_the_message_diet_is_the_persons_when_the_message_names_one(service: tuple[Service, Database]) -> None:
    svc, db = service
    await _submit(svc, _group(Person("Karin Dahl", KARIN.address, BORLANGE), diet="vegetarisk"))
    async with db.sessions() as session:
        assert [p.diet for p in (await session.scalars(select(PersonRow))).all()] == ["vegetarisk"]


async def test_a_group_signup_gives_each_colleague_their_own_confirmation_and_the_sender_one_overview(
        service: tuple[Service, Database]) -> None:
    svc, _ = service
    request = _group(Person("Karin Dahl", KARIN.address, BORLANGE),
                     Person("Johan Andersson", "johan.andersson@borlange.se", BORLANGE),
                     Person("Lisa Ek", "lisa.ek@borlange.se", BORLANGE), sessions=(MAY, SEPT))
    rows = await _submit(svc, request)
    by_recipient = Counter(r.recipient for r in rows)
    assert by_recipient == {KARIN.address: 1, "johan.andersson@borlange.se": 1, "lisa.ek@borlange.se": 1}
    for row in rows:   # everyone's file: each session once
        assert sorted(_days(row)) == ["2027-05-03", "2027-09-21"], row.recipient
    overview = next(r for r in rows if r.recipient == KARIN.address)
    for name in ("Karin Dahl", "Johan Andersson", "Lisa Ek"):
        assert name in overview.body_text
    assert "skickats till johan.andersson@borlange.se" in overview.body_text
    johan = next(r for r in rows if r.recipient == "johan.andersson@borlange.se")
    assert johan.subject == "Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft"
    assert "Karin Dahl (karin.dahl@borlange.se) har anmält dig" in johan.body_text
    assert "Lisa Ek" not in johan.body_text


async def test_a_sender_who_only_registers_others_gets_no_calendar_of_their_sessions(
        service: tuple[Service, Database]) -> None:
    svc, _ = service
    rows = await _submit(svc, _group(Person("Johan Andersson", "johan.andersson@borlange.se", BORLANGE)))
    overview = next(r for r in rows if r.recipient == KARIN.address)
    assert _days(overview) == [] and "bifogade kalenderfilen" not in overview.body_text
    assert "Johan Andersson" in overview.body_text


async def test_four_from_ludvika_are_all_accounted_for(service: tuple[Service, Database]) -> None:
    svc, _ = service
    petra = Sender("email", "petra.sjoberg@ludvika.se", "Petra Sjöberg")
    request = ParsedRequest(Intent.REGISTER, (
        Person("Petra Sjöberg", petra.address, LUDVIKA), Person("Ahmed Ali", None, LUDVIKA),
        Person("Nils Berg", None, LUDVIKA), Person("Sara Holm", None, LUDVIKA)), (MAY,), None, petra,
        sessions_named=True)
    [answer] = await _submit(svc, request, "<four@ludvika.se>")
    text = answer.body_text
    for name in ("Petra Sjöberg", "Ahmed Ali", "Nils Berg", "Sara Holm"):
        assert f"{name}, Ludvika kommun:" in text
    assert "Vi har ingen e-postadress till Ahmed Ali; bekräftelsen går till dig." in text
    assert "högst 3" in text   # Sara is the fourth: refused (or waiting) with the reason
    assert _days(answer) == ["2027-05-03"]


async def test_a_person_no_rule_judged_is_named_and_sent_to_the_organisers(service: tuple[Service, Database]) -> None:
    svc, _ = service
    await _submit(svc, _group(Person("Karin Dahl", KARIN.address, BORLANGE)))
    swap = ParsedRequest(Intent.CHANGE, (Person("Karin Dahl", KARIN.address, BORLANGE, Role.LEAVING),
                                         Person("Johan Andersson", None, BORLANGE, Role.JOINING),
                                         Person("Lisa Ek", None, BORLANGE, Role.JOINING)),
                         sender=KARIN, change="substitute")
    rows = await _submit(svc, swap, "<m2@borlange.se>")
    answer = [r for r in rows if r.recipient == KARIN.address][-1]
    assert "Lisa Ek" in answer.body_text and "Arrangörerna har fått meddelandet" in answer.body_text
    assert any(r.kind == "forward" for r in rows)



async def test_a_substitute_for_someone_not_registered_is_told_their_own_booking_under_their_own_name(
        service: tuple[Service, Database]) -> None:
    svc, _ = service
    johan = Sender("email", "johan.andersson@borlange.se", "Johan Andersson")
    swap = ParsedRequest(Intent.CHANGE, (Person("Lisa Ek", None, BORLANGE, Role.LEAVING),
                                         Person("Johan Andersson", johan.address, BORLANGE, Role.JOINING)),
                         (SEPT,), sender=johan, sessions_named=True, change="substitute")
    [answer] = await _submit(svc, swap, "<swap@borlange.se>")
    lisa, johans = answer.body_text.split("Johan Andersson, Borlänge kommun:")
    assert "Lisa Ek, Borlänge kommun:" in lisa and "Vi hittar ingen anmälan" in lisa and "Anmäld till" not in lisa
    assert "Anmäld till tisdag 21 september 2027" in johans
    assert _days(answer) == ["2027-09-21"]


def _cancelled(row: OutboxMessage) -> list[str]:
    return [e["session"] for e in row.payload.get("calendar", []) if e.get("status") == "CANCELLED"]


async def test_a_colleague_cancelled_from_a_session_the_sender_keeps_takes_nothing_out_of_the_senders_calendar(
        service: tuple[Service, Database]) -> None:
    # the sender's calendar holds one entry a session (her own): told to take 'the cancelled sessions' out of it,
    # she would take out the session she still goes to
    svc, _ = service
    await _submit(svc, _group(Person("Karin Dahl", KARIN.address, BORLANGE), Person("Lisa Ek", None, BORLANGE)))
    off = ParsedRequest(Intent.CANCEL, (Person("Lisa Ek", None, BORLANGE),), (MAY,), None, KARIN, sessions_named=True)
    answer = [r for r in await _submit(svc, off, "<m2@borlange.se>") if r.recipient == KARIN.address][-1]
    assert "Lisa Ek" in answer.body_text and "Avanmäld" in answer.body_text
    assert _cancelled(answer) == [] and "kalenderfilen" not in answer.body_text


async def test_a_colleague_without_an_address_cancelled_leaves_the_senders_calendar(
        service: tuple[Service, Database]) -> None:
    svc, _ = service
    await _submit(svc, _group(Person("Lisa Ek", None, BORLANGE)))
    off = ParsedRequest(Intent.CANCEL, (Person("Lisa Ek", None, BORLANGE),), (MAY,), None, KARIN, sessions_named=True)
    answer = [r for r in await _submit(svc, off, "<m2@borlange.se>") if r.recipient == KARIN.address][-1]
    assert _cancelled(answer) == ["2027-05-03"] and "ta bort de avanmälda träffarna" in answer.body_text
