"""Pending confirmations: codes mailed to a registered address, waiting to be answered (one use each)."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.traces import Traces
from storage.models import PendingConfirmation


class ConfirmationRepository:
    """Stores codes and redeems them; flushes, never commits."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, token: str, *, person_id: int | None, request: dict[str, Any], now: dt.datetime,
                  valid_for: dt.timedelta, inbound_id: int | None = None) -> PendingConfirmation:
        """Store a new code with what it authorises."""
        row = PendingConfirmation(token=token, person_id=person_id, request=request, created_at=now,
                                  expires_at=now + valid_for, inbound_id=inbound_id)
        self.session.add(row)
        return row

    async def usable(self, token: str, now: dt.datetime) -> PendingConfirmation | None:
        """The code's row when it exists, is unused and has not expired."""
        row: PendingConfirmation | None = await self.session.scalar(
            select(PendingConfirmation).where(PendingConfirmation.token == token))
        if row is None or row.used_at is not None or row.expires_at < now:
            return None
        return row

    async def latest(self, prefix: str, now: dt.datetime) -> PendingConfirmation | None:
        """The newest usable row whose token starts with ``prefix`` (a question asked of one address)."""
        row: PendingConfirmation | None = await self.session.scalar(
            select(PendingConfirmation).where(PendingConfirmation.token.startswith(prefix, autoescape=True),
                                              PendingConfirmation.used_at.is_(None),
                                              PendingConfirmation.expires_at >= now)
            .order_by(PendingConfirmation.created_at.desc(), PendingConfirmation.id.desc()).limit(1))
        return row

    async def use(self, row: PendingConfirmation, now: dt.datetime) -> None:
        """Mark a code used (it never works again)."""
        row.used_at = now

    async def redeem(self, token: str, now: dt.datetime) -> bool:
        """Use up a code by its token; False when it was not usable. One conditional UPDATE, so of two
        messages carrying the same code at the same moment (two instances) only one redeems it."""
        result = await self.session.execute(
            update(PendingConfirmation).where(PendingConfirmation.token == token, PendingConfirmation.used_at.is_(None),
                                              PendingConfirmation.expires_at >= now).values(used_at=now))
        return bool(cast(CursorResult[Any], result).rowcount == 1)

    async def forget(self, person_ids: list[int], traces: Traces) -> int:
        """Erasure: delete the codes for these people and every code whose request holds a trace of them."""
        rows = (await self.session.execute(select(PendingConfirmation.id, PendingConfirmation.person_id,
                                                  PendingConfirmation.request))).all()
        gone = [i for i, person_id, request in rows if person_id in person_ids or traces.in_value(request)]
        if gone:
            await self.session.execute(delete(PendingConfirmation).where(PendingConfirmation.id.in_(gone)))
        return len(gone)

    async def forget_all(self) -> None:
        """Retention: delete every code, used or not."""
        await self.session.execute(delete(PendingConfirmation))
