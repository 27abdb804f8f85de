"""Mass signups are held for an organiser, not booked (issue 12, point 3)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.rules.base import Message, Stop, Triage
from assistant.rules.mass_signup import MassSignup
from assistant.service import Inbound
from storage.models import InboundMessage, OutboxMessage, Registration
from storage.unit_of_work import reading
from tests.servers.service import prepared_service

FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Nils", "Eva", "Johan", "Sara", "Per", "Ingrid", "Olof"]
LAST = ["Berg", "Lindqvist", "Holm", "Ekström", "Dahl", "Sjöberg", "Nyström", "Wik", "Lund", "Strand", "Ek", "Ros",
        "Falk"]


def _names(n: int, start: int = 0) -> list[str]:
    return [f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}" for i in range(start, start + n)]


def _mail(sender: str, body: str, msgid: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Mallory Malm <{sender}>"
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Anmälan till DalaLab"
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return msg.as_bytes()


def _list_of(names: list[str], organisation: str) -> str:
    return (f"Hej!\n\nJag anmäler följande personer från {organisation} till alla träffar:\n"
            + "".join(f"- {n}\n" for n in names) + "\nHälsningar\nMallory Malm\n")


def _message(config: Config, people: int, sender: str = "a@falun.se", organisation: str | None = "Falu kommun",
             channel: str = "email", today: int = 0) -> Message:
    request = ParsedRequest(Intent.REGISTER, tuple(Person(n, None, organisation) for n in _names(people)),
                            sender=Sender(channel, sender))
    return Message(config, channel, request, sender, 0, people_today=today)


def test_caps_on_people_per_message_per_day_and_outside_ones_own_domain(config: Config) -> None:
    rule = MassSignup()
    assert rule.check(_message(config, 10)) is None
    assert rule.check(_message(config, 11)) == Triage("mass-signup", Stop.HELD, reply="acknowledgement")
    assert rule.check(_message(config, 4, today=6)) is None
    assert rule.check(_message(config, 5, today=6)) is not None
    # for an organisation whose domains the sender's address is not in: at most three
    assert rule.check(_message(config, 3, "x@gmail.com")) is None
    for sender in ("x@gmail.com", "x@konsult.se", "x@mora.se"):
        assert rule.check(_message(config, 4, sender)) is not None, sender
    assert rule.check(_message(config, 4, "42", channel="telegram")) is not None
    assert rule.check(_message(config, 4, "x@gmail.com", organisation=None)) is None


async def test_an_anonymous_list_of_150_is_held_and_the_sender_told(config: Config, clock: FixedClock,
                                                                    db_url: str) -> None:
    async with prepared_service(config, db_url, clock) as (service, db):
        raw = _mail("mallory@gmail.com", _list_of(_names(150), "Region Dalarna"), "<flood@gmail.com>")
        handled = await service.handle(Inbound("email", "<flood@gmail.com>", raw, clock.now()))
        assert handled.state == "held"
        async with db.sessions() as s:
            assert (await s.scalars(select(Registration))).all() == []
            [record] = (await s.scalars(select(InboundMessage))).all()
            [reply] = (await s.scalars(select(OutboxMessage))).all()
        assert record.state == "held" and len((record.parse_result or {})["people"]) > 100
        assert reply.recipient == "mallory@gmail.com"
        assert "väntar nu på att en arrangör" in reply.body_text and "Ingen är anmäld" in reply.body_text
        async with reading(db) as uow:
            facts = await uow.summary.facts(clock.now(), None)
        assert [(a.kind, a.code) for a in facts.attention] == [("held", "mass-signup")]


async def test_eleven_from_a_municipality_are_held_ten_are_decided(config: Config, clock: FixedClock,
                                                                  db_url: str) -> None:
    async with prepared_service(config, db_url, clock) as (service, db):
        eleven = _mail("kim.lo@falun.se", _list_of(_names(11), "Falu kommun"), "<m11@falun.se>")
        assert (await service.handle(Inbound("email", "<m11@falun.se>", eleven, clock.now()))).state == "held"
        ten = _mail("kim.lo@regiondalarna.se", _list_of(_names(10), "Region Dalarna"), "<m10@regiondalarna.se>")
        assert (await service.handle(Inbound("email", "<m10@regiondalarna.se>", ten, clock.now()))).state == "processed"
        async with db.sessions() as s:
            rows = (await s.scalars(select(Registration))).all()
        assert len(rows) == 10 * len(config.event.sessions) and {r.status for r in rows} == {"confirmed"}


async def test_a_senders_day_is_capped_across_messages(config: Config, clock: FixedClock, sqlite_url: str) -> None:
    sender = "kim.lo@regiondalarna.se"
    async with prepared_service(config, sqlite_url, clock) as (service, _):
        first = _mail(sender, _list_of(_names(6), "Region Dalarna"), "<d1@regiondalarna.se>")
        second = _mail(sender, _list_of(_names(5, start=6), "Region Dalarna"), "<d2@regiondalarna.se>")
        assert (await service.handle(Inbound("email", "<d1@regiondalarna.se>", first, clock.now()))).state == "processed"
        assert (await service.handle(Inbound("email", "<d2@regiondalarna.se>", second, clock.now()))).state == "held"
        clock.set(clock.now() + dt.timedelta(days=1))   # a new day (Stockholm): the count starts over
        third = _mail(sender, _list_of(_names(5, start=6), "Region Dalarna"), "<d3@regiondalarna.se>")
        assert (await service.handle(Inbound("email", "<d3@regiondalarna.se>", third, clock.now()))).state == "processed"
