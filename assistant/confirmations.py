"""Changes that wait for the registered address: the code mailed there, found again in its answer.

A cancellation, change, diet or erasure asked for from another address is stored with a single-use code
(``assistant/tokens.py``) and the request it authorises, narrowed to one person and one action
(``AskConfirmation``); the registered address's answer carries the code back (``ConfirmationCode``
rule). Works on the caller's unit of work; never commits.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from assistant.decision import Decision, Verdict
from assistant.effects import AskConfirmation
from assistant.request import Intent, ParsedRequest, Person, Role, Sender
from assistant.rules.base import PendingCode
from assistant.tokens import CONFIRM_CODE, VALID_FOR, new_token

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork


async def code_in(uow: UnitOfWork, raw: bytes, subject: str | None, now: dt.datetime) -> PendingCode | None:
    """The usable confirmation code a mail carries (in its text or subject), with what it authorises."""
    match = CONFIRM_CODE.search(raw + (subject or "").encode())
    if match is None:
        return None
    token = match.group(1).decode()
    pending = await uow.confirmations.usable(token, now)
    if pending is None or "request" not in pending.request:
        return None
    return PendingCode(token, str(pending.request.get("confirm_to") or ""), request_from_json(pending.request["request"]))


async def ask_registrants(uow: UnitOfWork, decision: Decision, inbound_id: int,
                          now: dt.datetime) -> list[tuple[Verdict, str, str]]:
    """Store a code for every verdict that waits for a registered address: (verdict, code, address).

    Each code authorises only its verdict's ``AskConfirmation``: one person, one action."""
    out = []
    for v in decision.verdicts:
        for ask in (e for e in v.effects if isinstance(e, AskConfirmation)):
            token = new_token()
            person_id = int(v.holder.ref[2:]) if v.holder.stored else None
            await uow.confirmations.add(token, person_id=person_id, now=now, valid_for=VALID_FOR,
                                        inbound_id=inbound_id,
                                        request={"confirm_to": ask.address, "request": request_to_json(ask.request)})
            out.append((v, token, ask.address))
    return out


def request_to_json(request: ParsedRequest) -> dict[str, Any]:
    """A request as stored with its code (the parse contract plus the sender)."""
    data = request.contract()
    data["sender"] = {"channel": request.sender.channel, "address": request.sender.address,
                      "name": request.sender.name}
    return data


def request_from_json(data: dict[str, Any]) -> ParsedRequest:
    """The request a code authorises, as stored by ``request_to_json``."""
    sender = data.get("sender") or {}
    return ParsedRequest(
        intent=Intent(data["intent"]),
        people=tuple(Person(p.get("name"), p.get("email"), p.get("organisation"), Role(p.get("role", "participant")))
                     for p in data.get("people", [])),
        sessions=tuple(dt.date.fromisoformat(s) for s in data.get("sessions", [])),
        diet=data.get("diet"), sender=Sender(sender.get("channel", "email"), sender.get("address"),
                                             sender.get("name")),
        language=data.get("language", "sv"), sessions_named=bool(data.get("sessions_named")),
        change=data.get("change"))
