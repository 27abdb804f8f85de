"""The decision an organiser's action comes to (pure).

An action is judged by the same rule tables as a participant's request (``rules/order.py``): the place
rules for every place it gives, the person rules for every person it changes. Two things differ, both
on the organiser's word: the person rules that ask the person's own consent (``ORGANISER_AUTHORITY``)
are not asked, since the organiser is the authority they stand in for; and the deadline, the quota or
the capacity is passed over only when the organiser names it (``OVERRIDES``), with a reason. Every
verdict that changes something for a person with an address is marked for a message to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from assistant.booking import Book, Holder, Holding, Standing
from assistant.config import Config
from assistant.deciding import TOLD, after, free, person_verdict, place_verdict
from assistant.decision import Decision, Outcome, Verdict
from assistant.effects import Promote, Release, UpdateDetails
from assistant.organiser_actions import OVERRIDES, Act, Action, ActionError, as_request
from assistant.request import ParsedRequest
from assistant.rules.authority import ErasureByThePerson, SenderMayChange
from assistant.rules.base import Attempt, Concern, Path
from assistant.rules.capacity import SessionCapacity

#: Person rules that ask for the person's own word: an organiser's action is that word.
ORGANISER_AUTHORITY = frozenset({SenderMayChange.name, ErasureByThePerson.name})


@dataclass(frozen=True)
class _Judge:
    """What every verdict of one action is judged with."""

    config: Config
    request: ParsedRequest
    now: dt.datetime
    skipped: frozenset[str] = field(default_factory=frozenset)   # place rules the organiser overrode

    def place(self, book: Book, holder: Holder, session: dt.date, path: Path,
              replacing: Holding | None = None) -> Verdict:
        """The first place rule not overridden that judges ``path`` and answers (``place_verdict``)."""
        attempt = Attempt(self.config, book, self.request, holder, session, self.now, None, path, replacing)
        return place_verdict(attempt, self.skipped)

    def stopped(self, holder: Holder, held: tuple[Holding, ...]) -> Verdict | None:
        """The first person rule's verdict against changing ``holder`` (the consent rules are the organiser's)."""
        return person_verdict(Concern(self.config, self.request, holder, held), ORGANISER_AUTHORITY)


def decide_action(config: Config, book: Book, action: Action, holder: Holder, now: dt.datetime,
                  joining: Holder | None = None) -> Decision:
    """The decision for an action about ``holder`` (the stored person, or a new one for ``add``); ``joining``:
    who takes the place in a replacement."""
    judge = _Judge(config, as_request(config, action), now, frozenset(OVERRIDES[o] for o in action.overrides))
    known = {s.date for s in config.event.sessions}
    unknown = [d for d in action.sessions if d not in known]
    if unknown:
        raise ActionError(f"ingen träff {', '.join(d.isoformat() for d in unknown)} "
                          f"(träffarna: {', '.join(sorted(d.isoformat() for d in known))})")
    if action.act is Act.ADD:
        verdicts = _add(judge, book, action, holder)
    elif action.act is Act.PROMOTE:
        verdicts = _promote(judge, book, action, holder)
    else:
        held = book.of(holder)
        stopped = judge.stopped(holder, held) if action.act not in (Act.UPDATE, Act.ERASE) else None
        if stopped is not None:
            return Decision((stopped,))
        if action.act is Act.CANCEL:
            verdicts = _cancel(book, action, holder, held, now)
        elif action.act is Act.MOVE:
            verdicts = _move(judge, book, action, holder)
        elif action.act is Act.REPLACE:
            assert joining is not None
            verdicts = _replace(judge, book, action, holder, joining)
        elif action.act is Act.UPDATE:
            verdicts = [_update(action, holder)]
        elif action.act is Act.ERASE:
            verdicts = free(book, holder, [h.session for h in held], "erasure", now)[1]
        else:
            raise AssertionError(action.act)
    return Decision(tuple(_told(v) for v in verdicts))


def resend_decision(holder: Holder, holdings: list[tuple[dt.date, Standing, int | None]]) -> Decision:
    """A person's standing as their own confirmation says it (``holdings``: session, standing, place in line)."""
    return Decision(tuple(
        Verdict(holder, day, Outcome.CONFIRMED, "place-available") if standing is Standing.CONFIRMED
        else Verdict(holder, day, Outcome.WAITLISTED, "session-full", {"position": position})
        for day, standing, position in holdings))


def refused(decision: Decision) -> list[Verdict]:
    """The verdicts that stop the action (nothing is changed for them)."""
    return [v for v in decision.verdicts if not v.effects and v.outcome not in (Outcome.UNCHANGED, Outcome.PROMOTED)]


def _add(judge: _Judge, book: Book, action: Action, holder: Holder) -> list[Verdict]:
    diet = action.person.diet if action.person else None
    if diet and not holder.stored:
        holder = replace(holder, diet=diet)
    verdicts = []
    for session in action.sessions or tuple(s.date for s in judge.config.event.sessions):
        verdict = judge.place(book, holder, session, Path.SIGNUP)
        book = after(book, verdict, judge.now)
        verdicts.append(verdict)
    if diet and holder.stored and holder.diet != diet:
        verdicts.append(Verdict(holder, None, Outcome.UPDATED, "changed-diet", {"diet": diet},
                                (UpdateDetails(diet=diet),)))
    return verdicts


def _cancel(book: Book, action: Action, holder: Holder, held: tuple[Holding, ...],
            now: dt.datetime) -> list[Verdict]:
    sessions = [h.session for h in held if not action.sessions or h.session in action.sessions]
    if not sessions:
        return [Verdict(holder, None, Outcome.NOT_REGISTERED, "not-registered-for-sessions",
                        {"sessions": [d.isoformat() for d in action.sessions]})]
    return free(book, holder, sessions, "cancelled-by-request", now)[1]


def _move(judge: _Judge, book: Book, action: Action, holder: Holder) -> list[Verdict]:
    """From one session to another: the place rules judge the new one; the old is given up only when the new
    one is a place (a full session refuses the move, unless the organiser overrides the capacity)."""
    if len(action.sessions) != 2:
        raise ActionError("flytta behöver två träffar: från och till")
    source, target = action.sessions
    if book.holding(holder, source) is None:
        return [Verdict(holder, None, Outcome.NOT_REGISTERED, "not-registered-for-sessions",
                        {"sessions": [source.isoformat()]})]
    taking = judge.place(book.remove(holder, source), holder, target, Path.CHANGE)
    if taking.outcome is Outcome.WAITLISTED:
        return [replace(taking, outcome=Outcome.REJECTED, effects=())]
    if taking.outcome is not Outcome.CONFIRMED:
        return [taking]
    book, freed = free(book, holder, [source], "changed-sessions", judge.now)
    return [*freed, taking]


def _replace(judge: _Judge, book: Book, action: Action, leaving: Holder, joining: Holder) -> list[Verdict]:
    """A colleague takes over the leaving person's places (the substitute path's rules: the quota counts)."""
    if joining.organisation is None:
        joining = replace(joining, organisation=leaving.organisation)
    verdicts: list[Verdict] = []
    for held in book.of(leaving):
        if action.sessions and held.session not in action.sessions:
            continue
        taking = judge.place(book.remove(leaving, held.session), joining, held.session, Path.SUBSTITUTE,
                             replacing=held)
        if taking.outcome is Outcome.UNCHANGED:   # holds it already: the leaving one's place frees
            book, freed = free(book, leaving, [held.session], "substituted", judge.now, substitute=joining.name)
            verdicts += [*freed, taking]
        elif taking.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED):
            left = Verdict(leaving, held.session, Outcome.CANCELLED, "substituted",
                           {"was": held.standing.value, "substitute": joining.name}, (Release(held.session),))
            book = after(after(book, left, judge.now), taking, judge.now)
            verdicts += [left, taking]
        else:
            verdicts.append(taking)
    return verdicts


def _update(action: Action, holder: Holder) -> Verdict:
    details = action.details or UpdateDetails()
    if not (details.name or details.email or details.diet):
        raise ActionError("ändra vad? --name, --email eller --diet")
    reason = "changed-diet" if details.diet and not (details.name or details.email) else "changed-details"
    told = replace(holder, email=details.email or holder.email)   # a new address is where the person hears of it
    return Verdict(told, None, Outcome.UPDATED, reason,
                   {"diet": details.diet, "name": details.name, "email": details.email}, (details,))


def _promote(judge: _Judge, book: Book, action: Action, holder: Holder) -> list[Verdict]:
    """A waiting-list place made a place, out of turn: only the capacity rule judges it (as when a place frees)."""
    if len(action.sessions) != 1:
        raise ActionError("vilken träff? ange en träff")
    session = action.sessions[0]
    held = book.holding(holder, session)
    if held is None or held.standing is not Standing.WAITLISTED:
        return [Verdict(holder, session, Outcome.NOT_REGISTERED, "not-registered-for-sessions",
                        {"sessions": [session.isoformat()], "waitlisted": False})]
    capacity = SessionCapacity()
    full = capacity.check(Attempt(judge.config, book.remove(holder, session), judge.request, holder, session,
                                  judge.now, path=Path.CHANGE))
    if full is not None and capacity.name not in judge.skipped:
        return [replace(full, outcome=Outcome.REJECTED, effects=(), facts={**full.facts, "position": None})]
    facts = {"overridden": [capacity.name]} if full is not None else {}
    return [Verdict(holder, session, Outcome.PROMOTED, "waitlist-promotion", facts, (Promote(session),))]


def _told(verdict: Verdict) -> Verdict:
    """Mark a change for a message to the person at their address (a promotion has its own message)."""
    if verdict.outcome in TOLD and verdict.effects and verdict.holder.email:
        return replace(verdict, facts={**verdict.facts, "notify": verdict.holder.email})
    return verdict
