"""Erasure (GDPR art. 17): everything the service wrote about a person, found and wiped.

Runs after the decision's effects (which gave up the places) in the caller's unit of work; never commits.
The people erased are anonymised; then every stored value that holds a trace of them (``Traces``: their
names, addresses, Telegram ids, looked for in decoded mails, JSON and attachments) is wiped: messages —
the sender's own and others' that name them —, replies (stored copies of summaries and their XLSX/CSV
included), codes, conversations, and others' "registered by". What the organisers keep: the rows, their
ids and dates, the places given up and counted, that an erasure happened (the decision without names).

Channel files (the Maildir's processed mail, the .eml replies) are not touched here: the channels name
them by keys the database keeps, and ``Service.forget_files`` removes those of wiped rows after the commit.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from assistant.decision import Decision, Outcome
from assistant.request import ParsedRequest
from assistant.traces import Traces

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork


class Erasure(StrEnum):
    """What an erasure request did: the answer says exactly this."""

    ERASED = "erased"                  # the person's data is gone
    NOTHING_FOUND = "nothing-found"    # no one registered under the sender's address: only what it sent is gone
    PENDING = "pending"                # waits for the registered address's code: nothing erased yet

    @property
    def reason(self) -> str | None:
        """The text of the answer (reasons/<reason>); None: the reply's own text of an erasure done."""
        return {Erasure.NOTHING_FOUND: "erasure-nothing-found", Erasure.PENDING: "erasure-pending"}.get(self)

    @property
    def reply_kind(self) -> str | None:
        """The answer's outbox kind: "erasure" (wiped once sent, it goes to an erased address), or None
        (the decision's own kind)."""
        return None if self is Erasure.PENDING else "erasure"


class ChannelFiles(Protocol):
    """A channel that keeps files of messages and replies (the Maildir): it removes those of wiped rows."""

    async def forget(self, sources: list[dict[str, Any]], outbox_ids: set[int]) -> int:
        """Remove the files of these inbound sources and outbox rows; returns how many went."""
        ...


async def erase(uow: UnitOfWork, request: ParsedRequest, decision: Decision, ids: dict[str, int],
                channel: str, now: dt.datetime) -> Erasure:
    """Erase the people an erasure request is about, and what the sender's own address or chat holds."""
    if any(v.outcome is Outcome.NEEDS_CONFIRMATION for v in decision.verdicts):
        return Erasure.PENDING
    person_ids = sorted(set(ids.values()))
    sender = request.sender
    if sender.address:
        person_ids += [p.id for p in await uow.registrations.people_for_sender(sender.channel, sender.address)
                       if p.id not in person_ids and
                       (sender.channel == "telegram"   # people linked to this Telegram user
                        or (p.email or "").lower() == sender.address.lower())]
    had = await uow.registrations.erase(person_ids, now)
    # The sender's own address or chat counts when no one was erased: then what it sent is theirs to erase.
    own = sender.address if not had and sender.address and channel == sender.channel else None
    traces = Traces.of(names=[name for name, _, _ in had],
                       addresses=[email for _, email, _ in had] + ([own] if channel == "email" else []),
                       telegram_ids=[tg for _, _, tg in had] + ([_telegram_id(own)] if channel == "telegram" else []))
    await uow.inbound.forget_mentioning(traces)
    await uow.outbox.forget_mentioning(traces)
    await uow.confirmations.forget(person_ids, traces)
    await uow.conversations.forget(traces)
    await uow.registrations.forget_registrant(traces.addresses)
    return Erasure.ERASED if had else Erasure.NOTHING_FOUND


def _telegram_id(address: str | None) -> int | None:
    return int(address) if address and address.isdigit() else None
