"""Registrations, people and their history: reading the book and writing a decision into it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from functools import lru_cache
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    BigInteger,
    CursorResult,
    Executable,
    Integer,
    and_,
    bindparam,
    case,
    distinct,
    false,
    func,
    or_,
    select,
    union,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.decision import Decision
from assistant.effects import AskConfirmation, Hold, Promote, Release, UpdateDetails
from assistant.listing import Row
from assistant.request import ParsedRequest
from assistant.session_keys import SessionKeys
from storage.models import InboundMessage, Organisation, Person, Registration, RegistrationChange, Status

# The statements read for every message are built once: building SQLAlchemy expressions costs
# more than SQLite takes to run them.
_ACTIVE = (select(Registration.person_id, Registration.session_date, Registration.status,
                  Registration.queued_at, Person.name, Person.email, Person.telegram_user_id,
                  Person.registered_by, Person.diet, Organisation.name)
           .join(Person, Registration.person_id == Person.id)
           .outerjoin(Organisation, Person.organisation_id == Organisation.id)
           .where(Registration.status != Status.CANCELLED))


# Asked for every signup (the daily cap on people placed per sender).
_PEOPLE_PLACED = (select(func.count(distinct(Registration.person_id)))
                  .select_from(RegistrationChange)
                  .join(Registration, RegistrationChange.registration_id == Registration.id)
                  .join(InboundMessage, RegistrationChange.inbound_id == InboundMessage.id)
                  .where(InboundMessage.sender == bindparam("sender"), InboundMessage.processed_at >= bindparam("since"),
                         InboundMessage.channel == bindparam("channel"), RegistrationChange.at >= bindparam("since"),
                         RegistrationChange.to_status.in_((Status.CONFIRMED, Status.WAITLISTED))))


@lru_cache(maxsize=8)
def _counts_query(days: tuple[dt.date, ...]) -> Executable:
    """Places held per session and standing. With the sessions named, SQLite searches the
    (session, status) index for the held places only, instead of scanning every registration
    ever made, cancelled ones included."""
    stmt = (select(Registration.session_date, Registration.status, func.count())
            .where(Registration.status.in_((Status.CONFIRMED, Status.WAITLISTED))))
    if days:
        stmt = stmt.where(Registration.session_date.in_(days))
    return stmt.group_by(Registration.session_date, Registration.status)


@lru_cache(maxsize=8)
def _book_query(days: tuple[dt.date, ...]) -> Executable:
    """The active registrations of the people a request may concern, and of the first ``line`` in
    each session's waiting line (enough for every place the request may free): two indexed
    lookups joined by UNION (which drops rows in both) instead of one OR over every registration."""
    # who: one indexed lookup per way of naming a person (an OR across them would scan everyone)
    people = union(
        select(Person.id).where(Person.email.in_(bindparam("emails", expanding=True))),
        select(Person.id).where(func.lower(Person.name).in_(bindparam("names", expanding=True))),
        select(Person.id).join(Organisation, Person.organisation_id == Organisation.id)
        .where(Organisation.name.in_(bindparam("organisations", expanding=True))),
        select(Person.id).where(Person.telegram_user_id == bindparam("telegram_user_id", type_=BigInteger)))
    heads = [select(Registration.id).where(Registration.session_date == day,
                                           Registration.status == Status.WAITLISTED)
             .order_by(Registration.queued_at, Registration.person_id)
             .limit(bindparam("line", type_=Integer)).subquery() for day in days]
    first = union_all(*(select(h.c.id) for h in heads)) if heads else select(Registration.id).where(false())
    return union(_ACTIVE.where(Registration.person_id.in_(people)), _ACTIVE.where(Registration.id.in_(first)))


class _Said(NamedTuple):
    """Who made a change besides the message that caused it (an organiser), and their note."""

    actor: str | None
    note: str | None


class RegistrationRepository:
    """People and their registrations; flushes, never commits. Registrations are stored under their session's
    key (``keys``) and read back as the date the session is held on now; a key no configured session has (an
    orphan) stays out of the book and is listed as stored."""

    def __init__(self, session: AsyncSession, organisation_ids: dict[str, int] | None = None,
                 keys: SessionKeys | None = None) -> None:
        self.session = session
        self.keys = keys or SessionKeys()
        self._orgs: dict[str, Organisation] | None = None
        # name → id of organisations already committed; the service keeps one across messages
        self._org_ids = organisation_ids if organisation_ids is not None else {}

    async def sync_organisations(self, config: Config) -> None:
        """Make sure every configured organisation has a row."""
        orgs = await self._organisations()
        for org in config.organisations:
            if org.name not in orgs:
                row = Organisation(name=org.name, kind=org.kind)
                self.session.add(row)
                orgs[org.name] = row
            elif orgs[org.name].kind != org.kind:
                orgs[org.name].kind = org.kind
        await self.session.flush()

    async def _organisations(self) -> dict[str, Organisation]:
        if self._orgs is None:
            rows = (await self.session.scalars(select(Organisation))).all()
            self._orgs = {o.name: o for o in rows}
        return self._orgs

    async def _organisation_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if name in self._org_ids:
            return self._org_ids[name]
        found = await self.session.scalar(select(Organisation.id).where(Organisation.name == name))
        if found is not None:
            self._org_ids[name] = found   # committed before: safe to remember across transactions
            return found
        row = Organisation(name=name, kind="other")
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def book(self, request: ParsedRequest | None = None, config: Config | None = None) -> Book:
        """The active registrations the rules need for ``request`` (all of them when it is None).

        For a request: the people it names (by address, Telegram id or name), everyone of their
        organisations (the quota), and the head of every waiting list; other confirmed places
        are only counted. That keeps the work per message flat however many registrations there are.
        """
        if request is None:
            return Book(await self._holdings(_ACTIVE, {}))
        days = tuple(self.keys.stored(s.date) for s in config.event.sessions) if config is not None else ()
        holdings = await self._holdings(_book_query(days), self._concerning(request, config))
        loaded = Counter((h.session, h.standing.value) for h in holdings)
        others: dict[str, dict[dt.date, int]] = {Status.CONFIRMED: {}, Status.WAITLISTED: {}}
        for key, status, n in (await self.session.execute(_counts_query(days))).all():
            day = self.keys.held(key)
            if day is not None:
                others[status][day] = n - loaded[(day, status)]
        return Book(holdings, others[Status.CONFIRMED], others[Status.WAITLISTED])

    async def _holdings(self, query: Executable, params: dict[str, object]) -> tuple[Holding, ...]:
        # Plain rows, not ORM objects: read for every message, and thousands of objects in the
        # session's identity map would make each later flush of the same transaction slow.
        holders: dict[int, Holder] = {}
        holdings = []
        for (person_id, key, status, queued_at, name, email, tg, registered_by, diet,
             organisation) in (await self.session.execute(query, params)).all():
            day = self.keys.held(key)
            if day is None:
                continue   # an orphan: no configured session to decide about
            holder = holders.get(person_id)
            if holder is None:
                holder = holders[person_id] = Holder(
                    ref=f"p:{person_id}", name=name, email=email, organisation=organisation,
                    telegram_user_id=tg, registered_by=registered_by, diet=diet)
            holdings.append(Holding(holder, day, Standing(status), queued_at))
        return tuple(holdings)

    def _concerning(self, request: ParsedRequest, config: Config | None) -> dict[str, object]:
        """The parameters of ``_book_query``: who a request may refer to (and their organisations, for a quota)."""
        emails = {p.email.lower() for p in request.people if p.email}   # stored in lower case
        names = {p.name.lower() for p in request.people if p.name}
        organisations = {p.organisation for p in request.people if p.organisation
                         and (config is None or config.quota_for(p.organisation) is not None)}
        sender = request.sender
        if sender.address and sender.channel == "email":
            emails.add(sender.address.lower())
        if sender.name:
            names.add(sender.name.lower())
        telegram = (int(sender.address) if sender.channel == "telegram" and sender.address
                    and sender.address.isdigit() else None)
        return {"emails": sorted(emails), "names": sorted(names), "organisations": sorted(organisations),
                "telegram_user_id": telegram, "line": len(request.people) + 1}

    async def apply(self, decision: Decision, inbound_id: int | None, now: dt.datetime,
                    actor: str | None = None, notes: dict[str, str] | None = None) -> dict[str, int]:
        """Apply a decision's effects; returns the person id given to each holder ref that has one.

        ``actor``: the organiser who made the change, recorded in the history with ``notes`` (by reason
        code: the override they asked for and why).

        Only the verdicts' typed effects are read (never reasons or facts). A new person is stored
        when an effect needs one. New people, their registrations and the history rows are written
        together by one flush at the end (the ORM then inserts each kind in one statement).
        """
        people: dict[str, Person | int] = {}
        for verdict in decision.verdicts:
            for effect in verdict.effects:
                if isinstance(effect, AskConfirmation):
                    continue   # stored with its code (``assistant/confirmations.py``): nothing changes yet
                person = await self._person_for(verdict.holder, people, now)
                said = _Said(actor, (notes or {}).get(verdict.reason))
                if isinstance(effect, UpdateDetails):
                    await self._update_person(person, effect)
                elif isinstance(effect, Hold):
                    status = Status.CONFIRMED if effect.standing is Standing.CONFIRMED else Status.WAITLISTED
                    await self._set_status(person, effect.session, status, verdict.reason, inbound_id, now,
                                           effect.queued_at, said)
                elif isinstance(effect, Release):
                    await self._set_status(person, effect.session, Status.CANCELLED, verdict.reason, inbound_id, now,
                                           said=said)
                elif isinstance(effect, Promote):
                    await self._set_status(person, effect.session, Status.CONFIRMED, verdict.reason, inbound_id, now,
                                           said=said)
        await self.session.flush()
        return {ref: p if isinstance(p, int) else p.id for ref, p in people.items()}

    async def _person_for(self, holder: Holder, people: dict[str, Person | int], now: dt.datetime) -> Person | int:
        """The holder's person: the id of a stored one, or a new ``Person`` (without an id until the flush)."""
        ref = holder.ref
        if ref in people:
            return people[ref]
        if holder.stored:
            people[ref] = person_id = int(ref[2:])
            return person_id
        person = Person(name=holder.name, email=holder.email.lower() if holder.email else None,
                        telegram_user_id=holder.telegram_user_id,
                        organisation_id=await self._organisation_id(holder.organisation),
                        diet=holder.diet, registered_by=holder.registered_by, created_at=now)
        self.session.add(person)
        people[ref] = person
        return person

    async def _update_person(self, person: Person | int, details: UpdateDetails) -> None:
        row = person if isinstance(person, Person) else await self.session.get(Person, person)
        if row is None:
            return
        if details.diet:
            row.diet = details.diet
        elif details.clear_diet:
            row.diet = None
        if details.name:
            row.name = details.name
        if details.email:
            row.email = details.email.lower()

    async def _set_status(self, person: Person | int, session_date: dt.date, status: Status, reason: str,
                          inbound_id: int | None, now: dt.datetime, queued_at: dt.datetime | None = None,
                          said: _Said | None = None) -> None:
        session_date = self.keys.stored(session_date)   # the key the session's registrations are stored under
        reg = None
        if isinstance(person, int):   # a person made by this request has no registrations yet
            reg = await self.session.scalar(select(Registration).where(
                Registration.person_id == person, Registration.session_date == session_date))
        queued_at = queued_at or now
        if reg is None:
            reg = Registration(session_date=session_date, status=status, created_at=now, updated_at=now,
                               queued_at=queued_at, inbound_id=inbound_id)
            if isinstance(person, int):
                reg.person_id = person
            else:
                reg.person = person
            self.session.add(reg)
            before = None
        else:
            before = reg.status
            if before == Status.CANCELLED and status != Status.CANCELLED:
                reg.queued_at = queued_at
            reg.status = status
            reg.updated_at = now
            reg.inbound_id = inbound_id
        self.session.add(RegistrationChange(registration=reg, at=now, from_status=before, to_status=status,
                                            reason=reason, inbound_id=inbound_id,
                                            actor=said.actor if said else None, note=said.note if said else None))

    async def people_placed_for(self, channel: str, sender: str, since: dt.datetime) -> int:
        """How many distinct people got a place or waiting-list place since ``since`` on messages from ``sender``."""
        return await self.session.scalar(_PEOPLE_PLACED, {"sender": sender.lower(), "since": since,
                                                          "channel": channel}) or 0

    async def link_telegram(self, person_id: int, telegram_user_id: int) -> None:
        """Link a person to a Telegram user (after the registered address confirmed it)."""
        person = await self.session.get(Person, person_id)
        if person is not None:
            person.telegram_user_id = telegram_user_id

    def _row(self, reg: Registration, person: Person, org: Organisation | None) -> Row:
        """A registration as listings show it: on the date its session is held now (an orphan: as stored)."""
        day = self.keys.held(reg.session_date)
        return Row(person.id, person.name, person.email, org.name if org else None, person.diet,
                   day or reg.session_date, reg.status, reg.created_at, reg.queued_at, orphan=day is None)

    async def rows(self, session_date: dt.date | None = None, include_cancelled: bool = False) -> list[Row]:
        """Registrations for listings, by session (as held now) then queue order."""
        stmt = (select(Registration, Person, Organisation)
                .join(Person, Registration.person_id == Person.id)
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .order_by(Registration.session_date, Registration.status, Registration.queued_at, Person.id))
        if session_date is not None:
            stmt = stmt.where(Registration.session_date == self.keys.stored(session_date))
        if not include_cancelled:
            stmt = stmt.where(Registration.status != Status.CANCELLED)
        rows = [self._row(reg, person, org) for reg, person, org in (await self.session.execute(stmt)).all()]
        return sorted(rows, key=lambda r: r.session)   # stable: the queue order within a session stays

    async def changes_since(self, since: dt.datetime) -> list[tuple[RegistrationChange, Row]]:
        """History entries after ``since`` with the registration they concern."""
        stmt = (select(RegistrationChange, Registration, Person, Organisation)
                .join(Registration, RegistrationChange.registration_id == Registration.id)
                .join(Person, Registration.person_id == Person.id)
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where(RegistrationChange.at > since).order_by(RegistrationChange.at, RegistrationChange.id))
        return [(change, self._row(reg, person, org))
                for change, reg, person, org in (await self.session.execute(stmt)).all()]

    async def people_for_sender(self, channel: str, address: str) -> list[Person]:
        """People an address or Telegram user is (or registered)."""
        if channel == "telegram":
            stmt = select(Person).where(Person.telegram_user_id == int(address))
        else:
            addr = address.lower()
            stmt = select(Person).where((Person.email == addr) | (Person.registered_by == addr))
        return list((await self.session.scalars(stmt.where(Person.erased_at.is_(None)))).all())

    async def people_named(self, *, person_id: int | None = None, email: str | None = None,
                           name: str | None = None) -> list[tuple[Person, str | None]]:
        """The (not erased) people with this id, address or name (any case), each with their organisation."""
        stmt = (select(Person, Organisation.name).outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where(Person.erased_at.is_(None)).order_by(Person.id))
        if person_id is not None:
            stmt = stmt.where(Person.id == person_id)
        elif email:
            stmt = stmt.where(Person.email == email.lower())
        else:
            stmt = stmt.where(func.lower(Person.name) == (name or "").lower())
        return [(person, org) for person, org in (await self.session.execute(stmt)).all()]

    async def people_with_email(self, email: str) -> list[Person]:
        """The (not erased) people registered with this address."""
        stmt = select(Person).where(Person.email == email.lower(), Person.erased_at.is_(None))
        return list((await self.session.scalars(stmt)).all())

    async def rows_of_people(self, person_ids: list[int]) -> list[tuple[Row, int | None]]:
        """The active registrations of these people (by session, as ``rows`` orders them), each with its
        place in that session's waiting line (how many wait ahead, plus one), or None when confirmed.

        Only these people's rows are read; the places come from counts in the database (a chat's /status).
        """
        ahead = aliased(Registration)
        waiting_ahead = (select(func.count()).select_from(ahead)
                         .where(ahead.session_date == Registration.session_date, ahead.status == Status.WAITLISTED,
                                or_(ahead.queued_at < Registration.queued_at,
                                    and_(ahead.queued_at == Registration.queued_at,
                                         ahead.person_id < Registration.person_id)))
                         .scalar_subquery())
        place = case((Registration.status == Status.WAITLISTED, waiting_ahead + 1), else_=None)
        stmt = (select(Registration, Person, Organisation, place)
                .join(Person, Registration.person_id == Person.id)
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where(Registration.person_id.in_(person_ids), Registration.status != Status.CANCELLED)
                .order_by(Registration.session_date, Registration.status, Registration.queued_at, Person.id))
        rows = [(self._row(reg, person, org), position)
                for reg, person, org, position in (await self.session.execute(stmt)).all()]
        return sorted(rows, key=lambda r: r[0].session)

    async def erase(self, person_ids: list[int], now: dt.datetime) -> list[tuple[str | None, str | None, int | None]]:
        """Remove personal data: the person is anonymised (places were given up by the decision). Returns the
        (name, address, Telegram id) each had, to look for elsewhere."""
        had = []
        for pid in person_ids:
            person = await self.session.get(Person, pid)
            if person is None:
                continue
            had.append((person.name, person.email, person.telegram_user_id))
            person.name = None
            person.email = None
            person.telegram_user_id = None
            person.diet = None
            person.registered_by = None
            person.erased_at = now
        await self.session.flush()
        return had

    async def forget_registrant(self, addresses: Collection[str]) -> None:
        """Erasure: people registered by an erased address no longer name it as their registrant."""
        if addresses:
            await self.session.execute(update(Person).where(func.lower(Person.registered_by).in_(
                [a.lower() for a in addresses])).values(registered_by=None))

    async def anonymise_all(self, now: dt.datetime) -> int:
        """Retention: every person anonymised; their organisation and registrations stay, for the counts."""
        result = await self.session.execute(update(Person).where(Person.erased_at.is_(None)).values(
            name=None, email=None, telegram_user_id=None, diet=None, registered_by=None, erased_at=now))
        return cast("CursorResult[Any]", result).rowcount
