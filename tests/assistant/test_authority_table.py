"""Who may do what to whom: one table of actor × action for one registered person, walked through the service.

The target is Anna Andersson (anna.andersson@falun.se, Falu kommun), registered by her colleague Karin for
3 May with "glutenintolerant". Each actor asks each action of Anna; the table says what becomes of it (done,
a single-use code to Anna's own address, or held for an organiser with nothing sent) and who is told.
Requests are built as the parser would make them, so the table is about authority, not about reading;
the mail path of a forged sender is tested end to end in tests/e2e/test_forged_sender.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.identity import Verification
from assistant.inbound import mail_key
from assistant.mail_headers import read_mail_facts
from assistant.request import Intent, ParsedRequest, Person, Sender
from assistant.service import Inbound, Service
from storage.database import open_database
from storage.models import InboundMessage, OutboxMessage, Registration
from storage.models import Person as PersonRow
from tests.conftest import local

ANNA = "anna.andersson@falun.se"
KARIN = "karin.chef@falun.se"            # registered Anna
ACTORS = {
    "the person": Sender("email", ANNA, "Anna Andersson"),
    "their registrant": Sender("email", KARIN, "Karin Chef"),
    "a colleague": Sender("email", "cecilia.ek@falun.se", "Cecilia Ek"),
    "a stranger": Sender("email", "sven.stark@gmail.com", "Sven Stark"),
    "a spoofed From": Sender("email", ANNA, "Anna Andersson", Verification.UNVERIFIED),
    "an organiser": Sender("email", "linnea.hassis@regiondalarna.se", "Linnea Hassis"),
}
MAY, SEPTEMBER, NOVEMBER = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29)
TARGET = Person("Anna Andersson", ANNA, "Falu kommun")


def _request(action: str, sender: Sender) -> ParsedRequest:
    if action == "register":
        return ParsedRequest(Intent.REGISTER, (TARGET,), (SEPTEMBER,), sender=sender, sessions_named=True)
    if action == "change":
        return ParsedRequest(Intent.CHANGE, (TARGET,), (NOVEMBER,), sender=sender, sessions_named=True,
                             change="sessions")
    if action == "diet":
        return ParsedRequest(Intent.CHANGE, (TARGET,), diet="vegan", sender=sender, change="diet")
    if action == "cancel":
        return ParsedRequest(Intent.CANCEL, (TARGET,), sender=sender)
    return ParsedRequest(Intent.ERASURE, (TARGET,), sender=sender)


@dataclass(frozen=True)
class Anna:
    """What is stored of Anna after the action."""

    places: frozenset[dt.date]
    diet: str | None
    erased: bool


BEFORE = Anna(frozenset({MAY}), "glutenintolerant", False)
DONE = {
    "register": Anna(frozenset({MAY, SEPTEMBER}), "glutenintolerant", False),
    "change": Anna(frozenset({NOVEMBER}), "glutenintolerant", False),
    "diet": Anna(frozenset({MAY}), "vegan", False),
    "cancel": Anna(frozenset(), "glutenintolerant", False),
    "erase": Anna(frozenset(), None, True),
}

# What becomes of each action, by actor: "done" (and Anna told when someone else did it), "code" (nothing
# changes; a single-use code scoped to this action goes to Anna's own address) or "held" (nothing changes,
# nothing is sent: an organiser looks at it).
OWN, REGISTRANT, OTHERS = "the person", "their registrant", ("a colleague", "a stranger", "an organiser")
TABLE: dict[tuple[str, str], str] = {}
for _action in DONE:
    TABLE[(OWN, _action)] = "done"
    TABLE[("a spoofed From", _action)] = "held"
    TABLE[(REGISTRANT, _action)] = "code" if _action == "erase" else "done"   # erasure: only the person
    for _actor in OTHERS:
        TABLE[(_actor, _action)] = "done" if _action == "register" else "code"   # anyone may sign someone up


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database file with the organisations, made once (each case works on a copy)."""
    return tmp_path_factory.mktemp("authority") / "prepared.db"


@pytest.fixture
async def service(config: Config, clock: FixedClock, prepared: Path, tmp_path: Path) -> AsyncIterator[Service]:
    configured = config.model_copy(update={"channels": config.channels.model_copy(update={"authserv_ids": ("mx.example",)})})
    if not prepared.exists():
        db = open_database(f"sqlite+aiosqlite:///{prepared}")
        first = Service(configured, db, clock)
        await first.prepare()
        await first.close()
        await db.dispose()
    shutil.copy(prepared, tmp_path / "case.db")
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'case.db'}")
    svc = Service(configured, db, clock)   # migrated and organisations stored already; no parser needed
    try:
        yield svc
    finally:
        await svc.close()
        await db.dispose()


def _raw(sender: Sender, n: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{sender.name} <{sender.address}>"
    msg["To"] = "anmalan@dalalab.example"
    msg["Subject"] = "Anmälan"
    msg["Message-ID"] = f"<{n}@test.example>"
    msg.set_content("(built request)")
    return msg.as_bytes()


async def _submit(service: Service, request: ParsedRequest, n: str) -> int | None:
    raw = _raw(request.sender, n)
    handled = await service.submit(Inbound("email", mail_key(raw), raw, service.clock.now()), request,
                                   read_mail_facts(raw))
    return handled.inbound_id


async def _anna(service: Service) -> Anna:
    async with service.db.sessions() as session:
        person = (await session.scalars(select(PersonRow).where(PersonRow.id == 1))).one()
        places = (await session.scalars(select(Registration.session_date).where(
            Registration.person_id == person.id, Registration.status.in_(("confirmed", "waitlisted"))))).all()
    return Anna(frozenset(places), person.diet, person.erased_at is not None)


async def _told(service: Service, inbound_id: int | None) -> list[tuple[str, str]]:
    async with service.db.sessions() as session:
        rows = (await session.scalars(select(OutboxMessage).where(OutboxMessage.inbound_id == inbound_id))).all()
        return [(r.recipient, r.kind) for r in rows]


async def _state(service: Service, inbound_id: int | None) -> str:
    async with service.db.sessions() as session:
        return (await session.scalars(select(InboundMessage.state).where(InboundMessage.id == inbound_id))).one()


@pytest.mark.parametrize(("actor", "action"), sorted(TABLE), ids=[f"{a} {b}" for a, b in sorted(TABLE)])
async def test_who_may_do_what_to_a_registered_person(service: Service, clock: FixedClock, actor: str,
                                                      action: str) -> None:
    clock.set(local(2027, 2, 1, 10, 0))
    seed = ParsedRequest(Intent.REGISTER, (TARGET,), (MAY,), diet="glutenintolerant",
                         sender=ACTORS[REGISTRANT], sessions_named=True)
    await _submit(service, seed, "seed")
    assert await _anna(service) == BEFORE

    clock.advance(dt.timedelta(minutes=5))
    sender = ACTORS[actor]
    inbound_id = await _submit(service, _request(action, sender), "asked")
    told = await _told(service, inbound_id)
    outcome = TABLE[(actor, action)]

    if outcome == "held":
        assert await _anna(service) == BEFORE
        assert told == [], "a forged sender is answered nothing"
        assert await _state(service, inbound_id) == "held"
        return
    if outcome == "code":
        assert await _anna(service) == BEFORE, "nothing changes before Anna confirms"
        assert (ANNA, "confirm-change") in told, "the code goes to Anna's own address"
        assert all(to in (ANNA, sender.address) or kind == "forward" for to, kind in told)
        return
    assert await _anna(service) == DONE[action]
    if sender.address != ANNA and action != "register":
        assert (ANNA, "notice") in told, "Anna is told at her own address when someone else changed her places"
    if sender.address == ANNA:
        assert all(kind != "notice" for _, kind in told), "no notice of what she asked herself"


def test_the_table_covers_every_actor_and_action() -> None:
    assert set(TABLE) == {(a, b) for a in ACTORS for b in DONE}
    assert {TABLE[(a, "erase")] for a in ACTORS if a != OWN} <= {"code", "held"}, "only the person erases"
