"""Changes that wait for the registered address: the code mailed there, found again in its answer; and
readings that wait for the sender: our question about an unsure reading, found again in its answer.

A cancellation, change, diet or erasure asked for from another address is stored with a single-use code
(``assistant/tokens.py``) and the request it authorises, narrowed to one person and one action
(``AskConfirmation``); the registered address's answer carries the code back (``ConfirmationCode``
rule). A request read with doubt is stored the same way with the question that states it (``ask_sender``),
under a token naming the asked address; the sender's next answer to it (a reply to that mail, or the chat's
next message or button) is the ``Asked`` the ``unsure-answer`` rule completes. Works on the caller's unit
of work; never commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

from assistant.decision import Decision, Verdict
from assistant.effects import AskConfirmation
from assistant.inbound import Inbound
from assistant.parsing.answer import affirmation
from assistant.request import Intent, ParsedRequest, Person, Role, Sender, Unsure
from assistant.rules.base import Asked, PendingCode
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


def asked_token_prefix(channel: str, address: str) -> str:
    """The start of the tokens of questions asked of one address (short: the address is hashed)."""
    return "ask:" + hashlib.sha256(f"{channel}:{address.casefold()}".encode()).hexdigest()[:24] + ":"


async def ask_sender(uow: UnitOfWork, channel: str, address: str, request: ParsedRequest, round_: int,
                     message_id: str | None, inbound_id: int, now: dt.datetime) -> None:
    """Store a reading asked about with the question's Message-ID (a mail's answer must reply to it)."""
    await uow.confirmations.add(asked_token_prefix(channel, address) + new_token(), person_id=None, now=now,
                                valid_for=VALID_FOR, inbound_id=inbound_id,
                                request={"asked": message_id, "round": round_, "request": request_to_json(request)})


async def asked_in(uow: UnitOfWork, inbound: Inbound, request: ParsedRequest | None, address: str | None,
                   answered: tuple[str, ...], now: dt.datetime) -> Asked | None:
    """Our open question this message answers: in a chat, the newest asked there; by mail, the one whose
    Message-ID the mail replies to (``answered``), from the address asked. Its yes or no is a pressed
    button's, else the parser's reading of the message (``ParsedRequest.answer``)."""
    if address is None or (inbound.channel == "email" and not answered):
        return None   # a mail that names none of our questions answers none (no lookup)
    row = await uow.confirmations.latest(asked_token_prefix(inbound.channel, address), now)
    if row is None or (inbound.channel == "email" and row.request.get("asked") not in answered):
        return None
    pressed = (inbound.source_ref or {}).get("answer")
    answer = affirmation(pressed) if isinstance(pressed, str) else request.answer if request else None
    return Asked(row.token, request_from_json(row.request["request"]), int(row.request.get("round", 1)), answer)


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
        people=tuple(Person(p.get("name"), p.get("email"), p.get("organisation"), Role(p.get("role", "participant")),
                            p.get("diet")) for p in data.get("people", [])),
        sessions=tuple(dt.date.fromisoformat(s) for s in data.get("sessions", [])),
        diet=data.get("diet"), sender=Sender(sender.get("channel", "email"), sender.get("address"),
                                             sender.get("name")),
        language=data.get("language", "sv"), sessions_named=bool(data.get("sessions_named")),
        change=data.get("change"), unsure=tuple(Unsure(u) for u in data.get("unsure", [])),
        unnamed=int(data.get("unnamed") or 0), no_diet=bool(data.get("no_diet")), several=bool(data.get("several")),
        maybe=tuple(dt.date.fromisoformat(s) for s in data.get("maybe", [])),
        released=tuple(dt.date.fromisoformat(s) for s in data.get("released", [])))
