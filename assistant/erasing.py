"""Erasure: a person's data anonymised and the raw messages of the sender wiped (GDPR art. 17).

Runs after the decision's effects (which gave up the places) in the caller's unit of work; never commits.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assistant.decision import Decision, Outcome
from assistant.request import ParsedRequest

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork


async def erase(uow: UnitOfWork, request: ParsedRequest, decision: Decision, ids: dict[str, int],
                channel: str, now: dt.datetime) -> bool:
    """Erase the people an erasure request is about; False when it waits for a confirmation."""
    if any(v.outcome is Outcome.NEEDS_CONFIRMATION for v in decision.verdicts):
        return False
    person_ids = sorted(set(ids.values()))
    sender = request.sender
    if sender.address:
        person_ids += [p.id for p in await uow.registrations.people_for_sender(sender.channel, sender.address)
                       if p.id not in person_ids and
                       (sender.channel == "telegram"   # people linked to this Telegram user
                        or (p.email or "").lower() == sender.address.lower())]
    await uow.registrations.erase(person_ids, now)
    if sender.address:
        await uow.inbound.forget_sender(channel, sender.address)
    return True
