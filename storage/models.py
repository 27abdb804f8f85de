"""The database tables, as typed SQLAlchemy 2.x ORM models."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from assistant.bounded import hashed, storable, truncated

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A tz-aware timestamp stored as UTC (SQLite has no time zones; PostgreSQL gets timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; pass a tz-aware one")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class _Sized(TypeDecorator[str]):
    """A string column of a length that takes any string: ``fit`` makes it fit, on the way in and in
    comparisons alike, so a long value still finds the row it was stored as."""

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length   # named as the argument: part of the type's cache key

    @staticmethod
    def fit(text: str, limit: int) -> str:
        """The value as stored."""
        raise NotImplementedError

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.fit(value, self.length)


class Bounded(_Sized):
    """For text people read (names, subjects, addresses): cleaned (``storable``) and cut to its length
    with a marker."""

    cache_ok = True   # SQLAlchemy reads it from each class itself
    fit = staticmethod(truncated)


class Key(_Sized):
    """For keys looked up by equality: a value too long (or unstorable) is stored and compared as its
    SHA-256, so the same long key still finds, and deduplicates against, itself."""

    cache_ok = True
    fit = staticmethod(hashed)


class CleanText(TypeDecorator[str]):
    """A text column without a length, that takes any string (cleaned, see ``storable``)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class Base(DeclarativeBase):
    """Base of every model; its metadata names constraints stably for Alembic."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UtcDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class Status(StrEnum):
    """Where a registration stands."""

    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class InboundState(StrEnum):
    """What became of an inbound message."""

    PROCESSED = "processed"   # decided and answered (or deliberately not answered)
    IGNORED = "ignored"       # automatic mail: stored, never answered
    HELD = "held"             # stored for a human (too large, unreadable, reply limit reached)
    FAILED = "failed"         # the pipeline crashed on it; the error is stored


class OutboxState(StrEnum):
    """Where an outgoing reply stands."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    CAPPED = "capped"         # held back by a cap on what is sent (assistant/sending_caps.py): never sent
    GATHERED = "gathered"     # a forward over the hour's cap: goes out in that hour's digest, not alone


class Organisation(Base):
    """An organisation people register from (canonical names from the config)."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Bounded(200), unique=True)
    kind: Mapped[str] = mapped_column(Bounded(50), default="other")

    def __repr__(self) -> str:
        return f"Organisation({self.name!r})"


class Person(Base):
    """A participant. Personal data lives here (and in raw messages) so erasure is one place."""

    __tablename__ = "people"
    __table_args__ = (Index("ix_people_email", "email"), Index("ix_people_telegram_user_id", "telegram_user_id"),
                      Index("ix_people_name_lower", func.lower(text("name"))),
                      Index("ix_people_organisation_id", "organisation_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(Bounded(200))
    email: Mapped[str | None] = mapped_column(Bounded(320))
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    diet: Mapped[str | None] = mapped_column(Bounded(300))
    registered_by: Mapped[str | None] = mapped_column(Bounded(320))
    created_at: Mapped[dt.datetime]
    erased_at: Mapped[dt.datetime | None]

    organisation: Mapped[Organisation | None] = relationship(lazy="raise")

    def __repr__(self) -> str:
        return f"Person(id={self.id}, name={self.name!r}, email={self.email!r})"


class InboundMessage(Base):
    """Every message that arrived, whatever became of it."""

    __tablename__ = "inbound_messages"
    __table_args__ = (UniqueConstraint("channel", "external_key", name="uq_inbound_messages_channel_key"),
                      Index("ix_inbound_sender_processed", "sender", "processed_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(Bounded(20))
    external_key: Mapped[str] = mapped_column(Key(500))
    received_at: Mapped[dt.datetime]
    processed_at: Mapped[dt.datetime | None]
    sender: Mapped[str | None] = mapped_column(Bounded(320))
    subject: Mapped[str | None] = mapped_column(Bounded(1000))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    intent: Mapped[str | None] = mapped_column(Bounded(20))
    parse_result: Mapped[dict[str, Any] | None]
    decision: Mapped[dict[str, Any] | None]
    state: Mapped[str] = mapped_column(Bounded(20))
    error: Mapped[str | None] = mapped_column(CleanText)
    source_ref: Mapped[dict[str, Any] | None]   # e.g. IMAP {"uidvalidity": .., "uid": .., "folder": ..}
    handled_at: Mapped[dt.datetime | None]      # an organiser marked it handled (a question answered)
    handled_by: Mapped[str | None] = mapped_column(Bounded(320))

    def __repr__(self) -> str:
        return f"InboundMessage(id={self.id}, {self.channel}:{self.external_key!r}, {self.state})"


class Registration(Base):
    """One person's place (or waiting-list place) in one session."""

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("person_id", "session_date", name="uq_registrations_person_session"),
        Index("ix_registrations_session_status", "session_date", "status"),
        Index("ix_registrations_queue", "session_date", "status", "queued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    session_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Bounded(20))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    queued_at: Mapped[dt.datetime]          # FIFO order of the waiting list
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))

    person: Mapped[Person] = relationship(lazy="raise")

    def __repr__(self) -> str:
        return f"Registration(person={self.person_id}, {self.session_date}, {self.status})"


class RegistrationChange(Base):
    """The history: each change of a registration, when, why and which message caused it."""

    __tablename__ = "registration_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"))
    at: Mapped[dt.datetime]
    from_status: Mapped[str | None] = mapped_column(Bounded(20))
    to_status: Mapped[str] = mapped_column(Bounded(20))
    reason: Mapped[str] = mapped_column(Bounded(50))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))
    actor: Mapped[str | None] = mapped_column(Bounded(320))   # the organiser who made the change, if one did
    note: Mapped[str | None] = mapped_column(Bounded(500))    # the organiser's override and why

    registration: Mapped[Registration] = relationship(lazy="raise")
    __table_args__ = (Index("ix_registration_changes_inbound", "inbound_id"),)


class OutboxMessage(Base):
    """A reply waiting to be sent (or sent, or failed) through the channel it belongs to."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),
                      Index("ix_outbox_recipient_created", "recipient", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(Bounded(20))
    kind: Mapped[str] = mapped_column(Bounded(30))
    recipient: Mapped[str] = mapped_column(Bounded(320))
    subject: Mapped[str | None] = mapped_column(Bounded(1000))
    body_text: Mapped[str] = mapped_column(CleanText)
    body_html: Mapped[str | None] = mapped_column(CleanText)
    headers: Mapped[dict[str, Any]]
    payload: Mapped[dict[str, Any]]          # structured facts for the channel (calendar entries, buttons...)
    state: Mapped[str] = mapped_column(Bounded(20), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]     # while claimed: the end of the claim's lease
    claimed_by: Mapped[str | None] = mapped_column(Bounded(64))   # the dispatcher instance sending it
    last_error: Mapped[str | None] = mapped_column(CleanText)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))

    def __repr__(self) -> str:
        return f"OutboxMessage(id={self.id}, {self.channel}->{self.recipient!r}, {self.kind}, {self.state})"


class PendingConfirmation(Base):
    """A change asked for from another address, waiting for the registered address to confirm it."""

    __tablename__ = "pending_confirmations"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(Key(100), unique=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    request: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))


class Conversation(Base):
    """A half-finished chat conversation, kept so that it survives a restart."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "chat_key", name="uq_conversations_channel_chat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(Bounded(20))
    chat_key: Mapped[str] = mapped_column(Key(100))
    state: Mapped[str | None] = mapped_column(Bounded(50))
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class SummaryRun(Base):
    """The organisers' summary sent for a day, recorded with its outbox rows."""

    __tablename__ = "summary_runs"
    __table_args__ = (UniqueConstraint("recipient", "day", name="uq_summary_runs_recipient_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(Bounded(320))
    day: Mapped[dt.date] = mapped_column(Date)
    sent_at: Mapped[dt.datetime]


class AnnouncedSession(Base):
    """A session as participants were last told of it (``assistant sessions notify``), by its stored key:
    what a change in the config is measured against, so that a change is announced once."""

    __tablename__ = "announced_sessions"

    session_key: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    start: Mapped[str] = mapped_column(Bounded(8))      # "09:00"
    end: Mapped[str] = mapped_column(Bounded(8))
    place: Mapped[str] = mapped_column(Bounded(300))
    title: Mapped[str] = mapped_column(Bounded(300))
    removed: Mapped[bool] = mapped_column(default=False)   # its cancellation was sent
    announced_at: Mapped[dt.datetime]
