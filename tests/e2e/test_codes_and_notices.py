"""Authority over mail (issue 12, items 2 and 4): a confirmation code authorises one person and one action,
a diet is changed only by the person or their registrant, the person is told of what others changed, and
only the person erases themselves. Through Dovecot and SMTP, as people would see it."""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage

import icalendar
import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.inbound import Inbound
from assistant.request import Intent, ParsedRequest, Sender
from storage.database import open_database
from storage.models import OutboxMessage, Person
from storage.registrations import RegistrationRepository
from tests.servers.dovecot import PASSWORD
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, text_of
from tests.servers.mails import mail
from tests.servers.service import prepared_service

pytestmark = pytest.mark.dovecot

ANNA = ("Anna Andersson", "anna.andersson@falun.se")
MALLORY = ("Mallory Malm", "mallory.malm@borlange.se")
SVEN = ("Sven Stark", "sven.stark@gmail.com")      # a stranger
KARIN = ("Karin Chef", "karin.chef@falun.se")      # registers her colleague Bo
BO = ("Bo Berg", "bo.berg@falun.se")
ORGANISER = "linnea.hassis@regiondalarna.se"
ALL = [dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)]


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


class Inbox:
    """The mails the service sent, read in turns: ``next(n)`` waits for the next ``n``, by recipient."""

    def __init__(self, world: MailWorld) -> None:
        self.world = world
        self.seen = 0

    async def next(self, count: int) -> dict[str, EmailMessage]:
        got = (await self.world.replies(self.seen + count))[self.seen:]
        self.seen += count
        by_recipient = {str(m["To"]): m for m in got}
        assert len(by_recipient) == count, [m["To"] for m in got]
        return by_recipient


def send(world: MailWorld, who: tuple[str, str], subject: str, body: str, **headers: str) -> None:
    world.send(mail(who[1], subject, body, name=who[0], headers=headers or None))


def code_of(request: EmailMessage) -> str:
    found = re.search(r"BEKR-[A-Za-z0-9_-]{16}", str(request["Subject"]) + text_of(request))
    assert found is not None, text_of(request)
    return found.group(0)


def answer_code(world: MailWorld, who: tuple[str, str], request: EmailMessage) -> None:
    """``who`` answers a code mail, keeping the code, as a mail program's reply would."""
    send(world, who, f"Re: {request['Subject']}", f"Ja, det stämmer.\n\n{code_of(request)}\n",
         **{"In-Reply-To": str(request["Message-ID"])})


async def places(world: MailWorld) -> dict[str, list[tuple[dt.date, str]]]:
    """Each person's registrations, cancelled ones too, by session."""
    db = open_database(world.config.database.url)
    try:
        async with db.sessions() as session:
            rows = await RegistrationRepository(session).rows(None, include_cancelled=True)
    finally:
        await db.dispose()
    out: dict[str, list[tuple[dt.date, str]]] = {}
    for row in sorted(rows, key=lambda r: r.session):
        out.setdefault(row.name or "", []).append((row.session, row.status))
    return out


async def diet_of(world: MailWorld, name: str) -> str | None:
    return next(r.diet for r in await world.registrations() if r.name == name)


def calendar_entries(msg: EmailMessage) -> list[tuple[dt.date, str]]:
    out = []
    for part in msg.iter_attachments():
        if part.get_content_type() == "text/calendar":
            for event in icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT"):
                out.append((event["DTSTART"].dt.date(), str(event["STATUS"])))
    return out


async def _anna_and_mallory(world: MailWorld, inbox: Inbox) -> None:
    send(world, ANNA, "Anmälan", "Hej!\nJag anmäler mig till alla träffar. Jag är glutenintolerant.\n"
         "Anna Andersson\nFalu kommun")
    await inbox.next(1)
    send(world, MALLORY, "Anmälan", "Hej!\nJag anmäler mig till alla träffar.\nMallory Malm\nBorlänge kommun")
    await inbox.next(1)


async def test_a_code_authorises_only_the_person_it_was_sent_to(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _anna_and_mallory(world, inbox)
    send(world, SVEN, "Avanmälan", "Hej!\nKan ni avanmäla Anna Andersson och Mallory Malm\n/Sven Stark")
    asked = await inbox.next(3)
    assert set(asked) == {SVEN[1], ANNA[1], MALLORY[1]}
    assert code_of(asked[ANNA[1]]) != code_of(asked[MALLORY[1]])

    answer_code(world, MALLORY, asked[MALLORY[1]])   # the stranger is Mallory: he answers his own code
    [done] = (await inbox.next(1)).values()
    assert done["To"] == MALLORY[1] and "Avanmäld" in text_of(done) and "Anna" not in text_of(done)
    held = await places(world)
    assert held["Mallory Malm"] == [(d, "cancelled") for d in ALL]
    assert held["Anna Andersson"] == [(d, "confirmed") for d in ALL]

    answer_code(world, ANNA, asked[ANNA[1]])   # Anna's own code still works, for her
    [done] = (await inbox.next(1)).values()
    assert done["To"] == ANNA[1] and "Avanmäld" in text_of(done)
    assert (await places(world))["Anna Andersson"] == [(d, "cancelled") for d in ALL]
    assert len(await world.settled()) == inbox.seen   # nothing else went out (no notices: each confirmed herself)


async def test_a_code_works_once_only_from_its_address_and_not_after_it_expired(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _anna_and_mallory(world, inbox)
    send(world, SVEN, "Avanmälan", "Hej!\nKan ni avanmäla Anna Andersson och Mallory Malm\n/Sven Stark")
    asked = await inbox.next(3)

    answer_code(world, MALLORY, asked[ANNA[1]])   # Anna's code, sent back from Mallory's address
    assert set(await inbox.next(2)) == {MALLORY[1], ORGANISER}   # not understood: asked back, and forwarded
    assert (await places(world))["Anna Andersson"] == [(d, "confirmed") for d in ALL]

    answer_code(world, MALLORY, asked[MALLORY[1]])
    await inbox.next(1)
    send(world, MALLORY, "Anmälan igen", "Hej!\nJag anmäler mig till 3 maj igen.\nMallory Malm\nBorlänge kommun")
    await inbox.next(1)
    answer_code(world, MALLORY, asked[MALLORY[1]])   # the same code again: used up
    assert set(await inbox.next(2)) == {MALLORY[1], ORGANISER}
    assert (dt.date(2027, 5, 3), "confirmed") in (await places(world))["Mallory Malm"]

    world.clock.advance(dt.timedelta(days=15))   # codes are valid for 14 days
    answer_code(world, ANNA, asked[ANNA[1]])
    assert set(await inbox.next(2)) == {ANNA[1], ORGANISER}
    assert (await places(world))["Anna Andersson"] == [(d, "confirmed") for d in ALL]


async def test_a_stranger_cannot_change_a_persons_diet_the_person_is_asked(world: MailWorld) -> None:
    inbox = Inbox(world)
    await _anna_and_mallory(world, inbox)
    send(world, SVEN, "Anmälan", "Hej!\nJag vill anmäla Anna Andersson, Falu kommun, till alla träffar. "
         "Hon är vegan.\n/Sven Stark")
    got = await inbox.next(2)
    assert set(got) == {SVEN[1], ANNA[1]}
    assert await diet_of(world, "Anna Andersson") == "glutenintolerant"
    to_sven = text_of(got[SVEN[1]])
    assert "vegan" in to_sven and "bekräft" in to_sven and "glutenintolerant" not in to_sven
    asking = text_of(got[ANNA[1]])
    assert "vegan" in asking and SVEN[1] in asking

    answer_code(world, ANNA, got[ANNA[1]])
    [done] = (await inbox.next(1)).values()
    assert done["To"] == ANNA[1] and "vegan" in text_of(done)
    assert await diet_of(world, "Anna Andersson") == "vegan"
    assert (await places(world))["Anna Andersson"] == [(d, "confirmed") for d in ALL]


async def test_a_stranger_is_never_shown_a_persons_stored_diet(world: MailWorld) -> None:
    inbox = Inbox(world)
    send(world, ANNA, "Anmälan", "Hej!\nJag anmäler mig till träffen 3 maj. Jag är glutenintolerant.\n"
         "Anna Andersson\nFalu kommun")
    await inbox.next(1)
    send(world, SVEN, "Anmälan", "Hej!\nJag vill anmäla Anna Andersson, Falu kommun, till träffen 21 september."
         "\n/Sven Stark")
    got = await inbox.next(2)   # Sven's answer, and Anna's own confirmation at her address
    assert "Sven Stark" in text_of(got[ANNA[1]])
    assert "21 september" in text_of(got[SVEN[1]])
    assert "Anna Andersson" in text_of(got[SVEN[1]])
    assert "glutenintolerant" not in text_of(got[SVEN[1]]), "an allergy is nobody else's business"
    assert await diet_of(world, "Anna Andersson") == "glutenintolerant"


async def test_a_registrant_changes_and_cancels_directly_and_the_person_is_told(world: MailWorld) -> None:
    inbox = Inbox(world)
    send(world, KARIN, "Anmälan", "Hej!\nJag anmäler min kollega Bo Berg (bo.berg@falun.se), Falu kommun, "
         "till alla träffar. Han är glutenintolerant.\nKarin Chef")
    assert set(await inbox.next(2)) == {KARIN[1], BO[1]}   # Bo's own confirmation at his address

    send(world, KARIN, "Kost", "Hej!\nJag anmäler Bo Berg (bo.berg@falun.se), Falu kommun, till alla träffar. "
         "Han är vegan.\nKarin Chef")
    got = await inbox.next(2)
    assert await diet_of(world, "Bo Berg") == "vegan"
    notice = got[BO[1]]
    assert "Karin Chef" in text_of(notice) and KARIN[1] in text_of(notice) and "vegan" in text_of(notice)

    send(world, KARIN, "Avanmälan", "Hej!\nBo Berg kan inte komma 3 maj, avanmäl honom.\nKarin Chef")
    got = await inbox.next(2)
    assert "Avanmäld" in text_of(got[KARIN[1]])
    notice = got[BO[1]]
    assert KARIN[1] in text_of(notice) and "3 maj" in text_of(notice)
    assert calendar_entries(notice) == [(dt.date(2027, 5, 3), "CANCELLED")]
    assert (await places(world))["Bo Berg"][0] == (dt.date(2027, 5, 3), "cancelled")

    send(world, BO, "Avanmälan", "Hej!\nJag kan inte komma 21 september, avanmäl mig.\nBo Berg")
    assert set(await inbox.next(1)) == {BO[1]}   # his own change: only his answer
    assert len(await world.settled()) == inbox.seen


async def test_a_person_without_an_address_is_not_erased_by_mail_the_organisers_are_asked(
        world: MailWorld) -> None:
    inbox = Inbox(world)
    send(world, KARIN, "Anmälan", "Hej!\nJag anmäler min kollega Bo Berg, Falu kommun, till 3 maj.\nKarin Chef")
    await inbox.next(1)
    send(world, BO, "Radera", "Hej!\nRadera alla mina personuppgifter.\nBo Berg")
    got = await inbox.next(2)
    assert set(got) == {BO[1], ORGANISER}
    told = text_of(got[BO[1]])
    assert "arrangörerna" in told and "Vi har raderat" not in told
    assert (await places(world))["Bo Berg"] == [(dt.date(2027, 5, 3), "confirmed")]


async def test_an_erasure_asked_from_elsewhere_waits_for_the_persons_own_code(
        config: Config, clock: FixedClock, sqlite_url: str) -> None:
    async with prepared_service(config, sqlite_url, clock) as (service, db):
        await service.handle(Inbound("email", "<m1@falun.se>", mail(
            BO[1], "Anmälan", "Hej!\nJag anmäler mig till 3 maj.\nBo Berg\nFalu kommun", name=BO[0],
            message_id="<m1@falun.se>"), clock.now()))
        # /radera from a Telegram account that is not linked to Bo, under his name
        await service.submit(Inbound("telegram", "update-1", b"{}", clock.now()),
                             ParsedRequest(Intent.ERASURE, sender=Sender("telegram", "888", "Bo Berg")))
        async with db.sessions() as session:
            [bo] = (await session.scalars(select(Person))).all()
            asked = (await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "confirm-change"))).one()
        assert bo.name == "Bo Berg" and bo.erased_at is None
        assert asked.recipient == BO[1] and "radera dina personuppgifter" in asked.body_text

        code = re.search(r"BEKR-[A-Za-z0-9_-]{16}", asked.body_text)
        assert code is not None
        await service.handle(Inbound("email", "<m2@falun.se>", mail(
            BO[1], f"Re: {asked.subject}", f"Ja.\n{code.group(0)}\n", name=BO[0], message_id="<m2@falun.se>"),
            clock.now()))
        async with db.sessions() as session:
            [bo] = (await session.scalars(select(Person))).all()
        assert bo.name is None and bo.email is None and bo.erased_at is not None
