"""An organiser's action carried out in the caller's unit of work (the service's ``act``; never commits).

Finds the person the action names (by id, address or name: exactly one, or it says who matched), decides
(``organiser_actions.py``), records the action (an inbound record of channel ``organiser`` holding the action
and its decision), writes the registrations and their history with the organiser and their note, and
queues the person's own message: a notice of what was done for them with their calendar file, a promotion,
their confirmation again, or the erasure's answer. A held message is released through the rules as its
sender's own request, or refused with an answer to its sender. A dry run decides and composes, and
stores nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.booking import Holder, Standing, place_locks
from assistant.composing import Composer, Incoming, reply_kind
from assistant.config import Config
from assistant.confirmations import ask_registrants, request_from_json
from assistant.deciding import Context, decide
from assistant.decision import Decision
from assistant.erasing import erase
from assistant.organiser_actions import ON_MESSAGES, OVERRIDES, Act, Action, ActionError, as_request
from assistant.organiser_deciding import decide_action, refused, resend_decision
from assistant.outbox_gate import OutboxGate
from assistant.outgoing import Reply
from assistant.request import Intent, ParsedRequest, Person, Sender
from storage.models import InboundMessage, InboundState
from storage.models import Person as PersonRow

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork

#: The channel of an organiser action's own record.
CHANNEL = "organiser"
REFUSED = "refused by an organiser"


@dataclass(frozen=True)
class Acted:
    """What an action did (or, in a dry run, would do)."""

    action: Action
    decision: Decision
    done: bool                                  # something changed or was sent
    told: tuple[tuple[str, str], ...] = ()      # (recipient, kind) of each message to a person
    erased: bool = False

    @property
    def overridable(self) -> bool:
        """Whether nothing was done because of a rule an organiser may pass over (``OVERRIDES``)."""
        return not self.done and any(v.reason in OVERRIDES.values() for v in refused(self.decision))

    def lines(self) -> list[str]:
        """What happened, one line each, for the organiser."""
        out = [f"{v.holder.name or v.holder.email or v.holder.ref}"
               f"{f' {v.session.isoformat()}' if v.session else ''}: {v.outcome.value} ({v.reason})"
               f"{' — förbi ' + ', '.join(v.facts['overridden']) if v.facts.get('overridden') else ''}"
               for v in self.decision.verdicts]
        if self.decision.reason:
            out.append(self.decision.reason)
        if self.decision.missing:
            out.append("saknas: " + ", ".join(self.decision.missing))
        out += [f"meddelas: {to} ({kind})" for to, kind in self.told]
        if self.overridable:
            out.append("inget ändrat; --override deadline|quota|capacity --why \"…\" går förbi regeln")
        elif not self.done:
            out.append("inget ändrat")
        return out


async def carry_out(uow: UnitOfWork, config: Config, composer: Composer, gate: OutboxGate, action: Action,
                    now: dt.datetime, dry_run: bool = False) -> Acted:
    """Carry out ``action`` in ``uow`` (``dry_run``: decide and compose only)."""
    if action.act in ON_MESSAGES:
        return await _on_message(uow, config, composer, gate, action, now, dry_run)
    holder = await _holder(uow, action.person, action.act is Act.ADD, action.person_id)
    if holder is None:
        raise ActionError("vem? ange personen")
    joining = await _holder(uow, action.joining, True) if action.act is Act.REPLACE else None
    if action.act is Act.REPLACE and joining is None:
        raise ActionError("ersätt med vem? ange den som tar platsen")
    request = as_request(config, action)
    people = [replace(p, name=h.name, email=h.email, organisation=h.organisation)
              for p, h in ((action.person, holder), (action.joining, joining)) if p is not None and h is not None]
    await _lock(uow, config, people)
    book = await uow.registrations.book(replace(request, people=tuple(people)), config)
    if action.act is Act.RESEND:
        rows = await uow.registrations.rows_of_people([int(holder.ref[2:])])
        decision = resend_decision(holder, [(r.session, Standing(r.status), place) for r, place in rows])
    else:
        decision = decide_action(config, book, action, holder, now, joining)
    changes = any(v.effects for v in decision.verdicts)
    if action.act is Act.RESEND and not decision.verdicts:
        return Acted(action, Decision(reason="inga anmälningar att bekräfta"), False)
    if not changes and action.act not in (Act.RESEND, Act.ERASE):
        return Acted(action, decision, False)
    replies = _replies(composer, config, action, request, decision, holder)
    if dry_run:
        return Acted(action, decision, True, tuple((r.recipient, r.kind) for r in replies))
    record = await _record(uow, action, decision, now)
    ids = await uow.registrations.apply(decision, record.id, now, action.actor,
                                        {v.reason: action.note for v in decision.verdicts if action.note})
    erased = False
    if action.act is Act.ERASE:
        nobody = ParsedRequest(Intent.ERASURE, sender=Sender(CHANNEL), language=request.language)
        await erase(uow, nobody, decision, {**ids, holder.ref: int(holder.ref[2:])}, CHANNEL, now)
        uow.inbound.forget(record)
        erased = True
    told = await _queue(uow, gate, replies, record.id, now)
    return Acted(action, decision, True, told, erased)


async def _holder(uow: UnitOfWork, person: Person | None, may_be_new: bool, person_id: int | None = None
                  ) -> Holder | None:
    """The one stored person ``person`` names (by address, else by name and organisation), or a new one when
    ``may_be_new`` and nobody has the address; an error naming the matches when several match or none."""
    if person_id is not None:
        found = await uow.registrations.people_named(person_id=person_id)
        if not found:
            raise ActionError(f"ingen anmäld #{person_id}")
        return _stored(*found[0])
    if person is None:
        return None
    if may_be_new and not person.email:
        return Holder("new:0", person.name, None, person.organisation, diet=person.diet)
    found = await uow.registrations.people_named(email=person.email, name=person.name)
    if person.organisation and not person.email:
        found = [(p, org) for p, org in found if org == person.organisation] or found
    if not found:
        if may_be_new:
            return Holder("new:0", person.name, person.email, person.organisation, diet=person.diet)
        raise ActionError(f"ingen anmäld {person.email or person.name}")
    if len(found) > 1:
        raise ActionError("flera matchar, ange e-postadressen: " + "; ".join(
            f"{p.name or '?'}, {p.email or '–'}, {org or '–'}" for p, org in found))
    return _stored(*found[0])


async def _lock(uow: UnitOfWork, config: Config, people: Iterable[Person]) -> None:
    """The locks every decision about places takes (``booking.place_locks``)."""
    await uow.lock(place_locks(config, people), config.database.lock_timeout_seconds)


def _stored(row: PersonRow, organisation: str | None) -> Holder:
    return Holder(f"p:{row.id}", row.name, row.email, organisation, row.telegram_user_id, row.registered_by, row.diet)


def _replies(composer: Composer, config: Config, action: Action, request: ParsedRequest, decision: Decision,
             holder: Holder) -> list[Reply]:
    """The person's own message(s): their confirmation again, the erasure's answer, or notices and promotions."""
    if action.act in (Act.RESEND, Act.ERASE):
        if not holder.email:
            return []
        own = ParsedRequest(Intent.ERASURE if action.act is Act.ERASE else Intent.REGISTER,
                            (Person(holder.name, holder.email, holder.organisation),),
                            sender=Sender("email", holder.email, holder.name), language=config.event.language)
        shown = decision if action.act is Act.RESEND else Decision(tuple(
            replace(v, facts={k: x for k, x in v.facts.items() if k != "notify"}) for v in decision.verdicts))
        kind = "confirmation" if action.act is Act.RESEND else "erasure"
        reply = composer.to_sender(Incoming("email", holder.email, None, 0), own, shown, kind)
        return [reply] if reply is not None else []
    return [*composer.promotions(decision), *composer.notices(request, decision)]


def _refusal(composer: Composer, request: ParsedRequest, to: str, channel: str) -> Reply:
    """The answer to a held message's sender that the organisers refused it (``refused.txt.j2``)."""
    lang, replies = request.language, composer.replies
    text = replies.render("refused", lang, name=None)   # a held message keeps no sender name
    return Reply(channel, "rejection", to, replies.subject("refused", lang) if channel == "email" else None, text,
                 replies.html(text, lang) if channel == "email" else None)


async def _record(uow: UnitOfWork, action: Action, decision: Decision, now: dt.datetime) -> InboundMessage:
    """The action's own record: who asked, what, and what was decided."""
    return await uow.inbound.add(channel=CHANNEL, external_key=uuid.uuid4().hex, received_at=now, raw=None,
                                 sender=action.actor, subject=None, state=InboundState.PROCESSED,
                                 intent=action.act.value, parse_result=action.contract(),
                                 decision=decision.summary(), processed_at=now)


async def _queue(uow: UnitOfWork, gate: OutboxGate, replies: list[Reply], inbound_id: int,
                 now: dt.datetime) -> tuple[tuple[str, str], ...]:
    told = []
    for reply in replies:
        if await gate.queue(uow, reply, inbound_id, now) is None:
            told.append((reply.recipient, reply.kind))
    return tuple(told)


# -- a stored message: release, refuse, mark handled ------------------------------------------------------

async def _on_message(uow: UnitOfWork, config: Config, composer: Composer, gate: OutboxGate, action: Action,
                      now: dt.datetime, dry_run: bool) -> Acted:
    row = await uow.session.get(InboundMessage, action.message) if action.message is not None else None
    if row is None:
        raise ActionError(f"inget meddelande #{action.message}")
    if action.act is Act.HANDLED:
        if row.handled_at is not None:
            return Acted(action, Decision(reason=f"#{row.id} markerades hanterat {row.handled_at:%Y-%m-%d %H:%M} "
                                                 f"av {row.handled_by}"), False)
        if not dry_run:
            await uow.inbound.mark_handled(row.id, action.actor, now)
        return Acted(action, Decision(reason=f"#{row.id} är hanterat"), True)
    if row.state != InboundState.HELD:
        raise ActionError(f"meddelande #{row.id} väntar inte på en arrangör ({row.state})")
    if row.parse_result is None:
        raise ActionError(f"meddelande #{row.id} gick inte att tolka; svara avsändaren själv")
    request = request_from_json({**row.parse_result,
                                 "sender": {"channel": row.channel, "address": row.sender}})
    chat = (row.source_ref or {}).get("chat_id") if row.channel == "telegram" else None
    reply_to = str(chat) if chat is not None else row.sender
    incoming = Incoming(row.channel, reply_to, None, row.id)
    if action.act is Act.REFUSE:
        decision = Decision(reason=REFUSED)
        replies: list[Reply | None] = [_refusal(composer, request, reply_to, row.channel)] if reply_to else []
    else:
        await _lock(uow, config, request.people)
        book = await uow.registrations.book(request, config)
        # the sender's own request, judged as it arrived (the deadline by its arrival) and now in every other way
        decision = decide(config, book, request, Context(now=now, arrived=row.received_at))
        replies = [*composer.promotions(decision),
                   composer.to_sender(incoming, request, decision, reply_kind(decision)),
                   *composer.notices(request, decision)]
    queued = [r for r in replies if r is not None]
    if dry_run:
        return Acted(action, decision, True, tuple((r.recipient, r.kind) for r in queued))
    if action.act is Act.RELEASE:
        await uow.registrations.apply(decision, row.id, now, action.actor,
                                      {v.reason: action.note for v in decision.verdicts if action.note})
        for verdict, token, to in await ask_registrants(uow, decision, row.id, now):
            queued.append(composer.confirmation_request(request, verdict, token, to))
    row.state, row.decision = InboundState.PROCESSED, decision.summary()
    await uow.inbound.mark_handled(row.id, action.actor, now)
    told = await _queue(uow, gate, queued, row.id, now)
    return Acted(action, decision, True, told)

