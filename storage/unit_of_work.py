"""One transaction and the repositories built on it: what the service works with for one unit of work.

``unit_of_work(db)`` opens a transaction and commits it when the block ends without an error (a
rollback drops the outbox rows with the rest). Only the service opens one (``assistant/service.py``;
a test walks the code and fails on any other caller). ``reading(db)`` gives the same repositories for
queries only: nothing it does is committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from assistant.session_keys import SessionKeys
from storage.confirmations import ConfirmationRepository
from storage.conversations import ConversationRepository
from storage.database import Database
from storage.inbound import InboundRepository
from storage.locks import lock_for_update
from storage.outbox import OutboxRepository
from storage.registrations import RegistrationRepository
from storage.sessions import SessionRepository
from storage.summary import SummaryRepository


@dataclass(frozen=True)
class UnitOfWork:
    """A session and one repository per aggregate, all on that session."""

    session: AsyncSession
    registrations: RegistrationRepository
    inbound: InboundRepository
    outbox: OutboxRepository
    conversations: ConversationRepository
    confirmations: ConfirmationRepository
    summary: SummaryRepository
    locking: bool

    @classmethod
    def on(cls, session: AsyncSession, locking: bool, organisation_ids: dict[str, int] | None = None,
           keys: SessionKeys | None = None) -> UnitOfWork:
        """The repositories on ``session`` (``organisation_ids``: committed organisation ids, kept across units;
        ``keys``: the configured sessions' stored keys)."""
        return cls(session, RegistrationRepository(session, organisation_ids, keys), InboundRepository(session),
                   OutboxRepository(session), ConversationRepository(session), ConfirmationRepository(session),
                   SummaryRepository(session, keys), locking)

    @property
    def sessions(self) -> SessionRepository:
        """The sessions as stored: counts by key, participants, what was announced."""
        return SessionRepository(self.session, self.registrations.keys)

    async def lock(self, names: Iterable[str], timeout_seconds: float) -> None:
        """Take the race locks for ``names`` until the transaction ends (PostgreSQL; SQLite serialises writers)."""
        if self.locking:
            await lock_for_update(self.session, names, timeout_seconds)

    def __repr__(self) -> str:
        return f"UnitOfWork({self.session.bind.dialect.name})"


@asynccontextmanager
async def unit_of_work(db: Database, organisation_ids: dict[str, int] | None = None) -> AsyncIterator[UnitOfWork]:
    """A transaction: committed when the block ends, rolled back when it raises."""
    async with db.sessions() as session, session.begin():
        yield UnitOfWork.on(session, db.locking, organisation_ids, db.session_keys)


@asynccontextmanager
async def reading(db: Database) -> AsyncIterator[UnitOfWork]:
    """The repositories for queries only; whatever happens in the block is rolled back."""
    async with db.sessions() as session:
        yield UnitOfWork.on(session, db.locking, keys=db.session_keys)
