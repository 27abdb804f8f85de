"""Every stored string is bounded by its column type, on SQLite and PostgreSQL alike: text people read is
cut with a marker, keys are hashed (and still find, and deduplicate against, themselves)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import String, Text, select
from sqlalchemy.exc import IntegrityError

from assistant.booking import Holder, Standing
from assistant.bounded import MARKER
from assistant.decision import Decision, Outcome, Verdict
from assistant.effects import Hold, UpdateDetails
from assistant.outgoing import Reply
from storage.database import Database, open_database
from storage.migrate import upgrade
from storage.models import (
    Base,
    Bounded,
    CleanText,
    InboundMessage,
    InboundState,
    Key,
    Organisation,
    OutboxMessage,
    Person,
)
from storage.unit_of_work import UnitOfWork

NOW = dt.datetime(2027, 2, 1, 8, tzinfo=dt.UTC)
MAY3 = dt.date(2027, 5, 3)


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = open_database(db_url)
    await upgrade(database.engine)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
async def uow(db: Database) -> AsyncIterator[UnitOfWork]:
    """The repositories on one transaction, rolled back after the test."""
    async with db.sessions() as session, session.begin():
        yield UnitOfWork.on(session, db.locking)
        await session.rollback()


def test_every_string_column_is_bounded_by_its_type() -> None:
    unbounded = [f"{table.name}.{column.name}" for table in Base.metadata.tables.values()
                 for column in table.columns
                 if isinstance(column.type, (String, Text)) and not isinstance(column.type, (Bounded, Key, CleanText))]
    assert unbounded == []


async def test_an_oversized_inbound_record_is_stored_and_its_long_key_still_deduplicates(uow: UnitOfWork) -> None:
    key = "<" + "k" * 600 + "@hostile.example>"
    row = await uow.inbound.add(channel="email", external_key=key, received_at=NOW, raw=b"x",
                                sender="s" * 1000 + "@hostile.example", subject="S" * 5000,
                                state=InboundState.PROCESSED, intent="register")
    assert await uow.inbound.seen("email", key) == (row.id, "processed", "register")
    found = await uow.inbound.find("email", key)
    assert found is not None and found.id == row.id
    stored = (await uow.session.execute(select(InboundMessage.external_key, InboundMessage.sender,
                                               InboundMessage.subject))).one()
    assert stored.external_key.startswith("sha256:") and len(stored.external_key) == 71
    assert len(stored.sender) == 320 and stored.sender.endswith(MARKER)
    assert len(stored.subject) == 1000 and stored.subject.endswith(MARKER)
    async with uow.session.begin_nested():
        with pytest.raises(IntegrityError):
            await uow.inbound.add(channel="email", external_key=key, received_at=NOW, raw=b"x", sender=None,
                                  subject=None, state=InboundState.FAILED)


async def test_unstorable_characters_are_cleaned(uow: UnitOfWork) -> None:
    # NUL (PostgreSQL refuses it) and the surrogates Python's mail parser makes of raw UTF-8 bytes.
    subject = "An\x00m" + "älan".encode().decode("ascii", "surrogateescape") + " \ud800"
    await uow.inbound.add(channel="email", external_key="<nul\x00@x>", received_at=NOW, raw=b"x", sender=None,
                          subject=subject, state=InboundState.FAILED, error="bad \x00 \udcff")
    assert await uow.inbound.seen("email", "<nul\x00@x>") is not None
    stored = (await uow.session.execute(select(InboundMessage.subject, InboundMessage.error))).one()
    assert stored.subject == "Anmälan \ufffd" and stored.error == "bad  \ufffd"


async def test_an_oversized_reply_is_queued(uow: UnitOfWork) -> None:
    reply = Reply("email", "confirmation", "R" * 1000 + "@hostile.example", "Re: " + "S" * 5000, "Hej!")
    await uow.outbox.add(reply, None, NOW)
    [row] = await uow.outbox.all()
    await uow.session.refresh(row)
    assert len(row.recipient) == 320 and len(row.subject or "") == 1000
    assert await uow.outbox.replies_since(reply.recipient, NOW) == 1, "the long address still counts its replies"


async def test_oversized_people_and_organisations_are_stored_and_found_again(uow: UnitOfWork) -> None:
    name, email = "Anna " + "B" * 3000, "a" * 1000 + "@hostile.example"
    organisation, diet = "Q" * 3000 + " kommun", "glutenintoleran" + "t" * 1000
    holder = Holder("new:0", name, email, organisation, registered_by=email, diet=diet)
    decision = Decision((Verdict(holder, MAY3, Outcome.CONFIRMED, "place-available",
                                 effects=(Hold(MAY3, Standing.CONFIRMED),)),))
    ids = await uow.registrations.apply(decision, None, NOW)
    [row] = await uow.registrations.rows()
    assert [len(row.name or ""), len(row.email or ""), len(row.organisation or ""), len(row.diet or "")] == \
        [200, 320, 200, 300]
    assert all(value and value.endswith(MARKER) for value in (row.name, row.email, row.organisation, row.diet))
    assert [p.id for p in await uow.registrations.people_with_email(email)] == [ids["new:0"]]
    # The same long organisation again is the same row, not a second one (nor a unique-key failure).
    other = Holder("new:1", "Per Holm", "per@hostile.example", organisation)
    await uow.registrations.apply(Decision((Verdict(other, MAY3, Outcome.CONFIRMED, "place-available",
                                                    effects=(Hold(MAY3, Standing.CONFIRMED),)),)), None, NOW)
    assert len((await uow.session.scalars(select(Organisation))).all()) == 1
    stored = Holder(f"p:{ids['new:0']}", name, email, organisation)
    await uow.registrations.apply(Decision((Verdict(stored, None, Outcome.UPDATED, "update-details",
                                                    effects=(UpdateDetails(name=name + "x", diet=diet),)),)),
                                  None, NOW)
    person = await uow.session.get(Person, ids["new:0"])
    assert person is not None
    await uow.session.refresh(person)
    assert len(person.name or "") == 200


async def test_long_chat_keys_and_codes_are_hashed_and_found_again(uow: UnitOfWork) -> None:
    chat = "c" * 300
    await uow.conversations.save(chat, "ask_name", {"name": None}, NOW)
    await uow.conversations.save(chat, "ask_sessions", {"name": "Anna"}, NOW)
    found = await uow.conversations.get(chat)
    assert found is not None and found.state == "ask_sessions"
    await uow.conversations.end(chat)
    assert await uow.conversations.get(chat) is None
    code = "X" * 300
    await uow.confirmations.add(code, person_id=None, request={}, now=NOW, valid_for=dt.timedelta(days=1))
    assert await uow.confirmations.redeem(code, NOW)
    assert not await uow.confirmations.redeem(code, NOW), "used once"
    assert await uow.confirmations.usable("X" * 299, NOW) is None


async def test_a_long_outbox_recipient_is_the_same_recipient_when_counted(db: Database) -> None:
    async with db.sessions() as session, session.begin():
        await UnitOfWork.on(session, db.locking).outbox.add(
            Reply("email", "confirmation", "A" * 400 + "@x.example", None, "Hej"), None, NOW)
    async with db.sessions() as session:
        [recipient] = (await session.scalars(select(OutboxMessage.recipient))).all()
    assert recipient == "a" * 319 + MARKER
