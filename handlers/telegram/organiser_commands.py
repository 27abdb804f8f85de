"""The organisers' action commands: /avanmal_person, /flytta, /lagg_till, /befordra, /slapp, /hanterad (only for
``organisers.telegram_ids``).

Each reads its words into an organiser action (``assistant/organiser_actions.py``), finds the person it names
(a button each when several match), shows what would happen (the service's dry run) and asks "Ja, gör det";
the press carries the action out in the turn's own transaction (``turn.commit(action=...)``), where the person's
message is queued. The command's words wait under a single-use token that the buttons carry, so a second
press does nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Awaitable, Callable, Sequence

from assistant.chat import TurnAction
from assistant.organiser_acting import carry_out
from assistant.organiser_actions import ON_MESSAGES, Act, Action, ActionError
from assistant.organiser_answer import acted_text
from assistant.organiser_mail import read_instruction, session_named
from assistant.outgoing import Reply
from assistant.request import Person
from assistant.tokens import new_token
from handlers.telegram.callback_data import Kind, button
from handlers.telegram.commands import refuse_unless_organiser
from handlers.telegram.texts import say
from handlers.telegram.turn import Turn
from storage.unit_of_work import UnitOfWork

#: How long the buttons of an action's question work.
VALID_FOR = dt.timedelta(days=1)
KIND = "organiser-action"
COMMANDS = ("avanmal_person", "flytta", "lagg_till", "befordra", "slapp", "hanterad")
_LINKING = frozenset({"från", "fran", "from", "till", "to"})


def command(name: str) -> Callable[[Turn, Sequence[str]], Awaitable[None]]:
    """The handler of the organiser command ``name`` (one of ``COMMANDS``)."""
    async def handle(turn: Turn, args: Sequence[str]) -> None:
        if await refuse_unless_organiser(turn, name):
            return
        text = " ".join(args).strip()
        action = read_action(turn, name, text)
        if action is None:
            turn.say(say(turn.lang, f"org_usage_{name}"))
            await turn.commit(intent="command")
            return
        await _offer(turn, new_token(), name, text, action, stored=False)
    return handle


async def on_button(turn: Turn) -> None:
    """A press under an organiser's question: the person chosen, "do it", or "no"."""
    parts = turn.press.parts if turn.press is not None else ()
    if not parts or not is_organiser_turn(turn):
        await turn.commit(intent="stale-button")
        return
    token, rest = parts[0], parts[1:]
    if rest == ("no",):
        turn.say(say(turn.lang, "aborted"), edit=True)
        await turn.commit(intent="command")
        return
    async with turn.ctx.service.reading() as uow:
        pending = await _pending(uow, turn, token)
    if pending is None:
        turn.say(say(turn.lang, "org_stale"), edit=True)
        await turn.commit(intent="stale-button")
        return
    name, text = pending
    action = read_action(turn, name, text)
    match rest:
        case (person,) if person.isdigit() and action is not None:
            await _confirm(turn, token, dataclasses.replace(action, person_id=int(person)), stored=True)
        case ("ok", person) if action is not None and (person == "-" or person.isdigit()):
            chosen = dataclasses.replace(action, person_id=int(person)) if person.isdigit() else action
            await _carry_out(turn, token, chosen)
        case _:
            await turn.commit(intent="stale-button")


def is_organiser_turn(turn: Turn) -> bool:
    """Whether the turn's user is an organiser (a forwarded button pressed by anyone else does nothing)."""
    return turn.user_id in turn.config.organisers.telegram_ids


def read_action(turn: Turn, name: str, text: str) -> Action | None:
    """The action the command's words ask for, or None when they do not read as its usage says."""
    config, organiser = turn.config, turn.sender
    today = turn.now.astimezone(config.event.tz).date()
    if name in ("slapp", "hanterad"):
        number = text.lstrip("#")
        return Action(Act.RELEASE if name == "slapp" else Act.HANDLED, organiser,
                      message=int(number)) if number.isdigit() else None
    if name == "lagg_till":
        action = read_instruction(config, f"Lägg till {text}", organiser, today)
        return action if action is not None and action.act is Act.ADD else None
    who, when = _split(text)
    person = _person(who)
    if person is None:
        return None
    days = _sessions(turn, when, today, {"avanmal_person": (0, 1), "flytta": (2, 2), "befordra": (1, 1)}[name])
    if days is None:
        return None
    act = {"avanmal_person": Act.CANCEL, "flytta": Act.MOVE, "befordra": Act.PROMOTE}[name]
    return Action(act, organiser, person, sessions=days)


def _split(text: str) -> tuple[str, list[str]]:
    """A name (or address) and the words after it: the dates start at the first word with a digit, or "från"."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w) or w.casefold() in _LINKING),
              len(words))
    return " ".join(words[:at]), [w for w in words[at:] if w.casefold() not in _LINKING]


def _person(text: str) -> Person | None:
    text = text.strip(" ,")
    if "@" in text:
        return Person(None, text.lower())
    return Person(text) if re.fullmatch(r"[^\W\d_][\w'’ -]*", text) else None


def _sessions(turn: Turn, words: list[str], today: dt.date, count: tuple[int, int]) -> tuple[dt.date, ...] | None:
    """``words`` read as between ``count[0]`` and ``count[1]`` sessions ("3 maj 21 september", "2027-05-03")."""
    config = turn.config
    if not words:
        return () if count[0] == 0 else None
    whole = session_named(config, " ".join(words), today)
    if whole is not None and count[0] <= 1 <= count[1]:
        return (whole,)
    if count[1] < 2:
        return None
    for cut in range(1, len(words)):
        first, second = (session_named(config, " ".join(part), today) for part in (words[:cut], words[cut:]))
        if first is not None and second is not None:
            return first, second
    return None


async def _offer(turn: Turn, token: str, name: str, text: str, action: Action, stored: bool) -> None:
    """Find the person the action names: none (say so), several (a button each), or one (confirm)."""
    if action.act in ON_MESSAGES or action.act is Act.ADD or action.person is None:
        await _confirm(turn, token, action, stored, (name, text))
        return
    async with turn.ctx.service.reading() as uow:
        found = await uow.registrations.people_named(email=action.person.email, name=action.person.name)
    who = action.person.email or action.person.name or "?"
    if not found:
        turn.say(say(turn.lang, "org_nobody", who=who))
        await turn.commit(intent="command")
    elif len(found) == 1:
        await _confirm(turn, token, dataclasses.replace(action, person_id=found[0][0].id), stored, (name, text))
    else:
        buttons = [[button(", ".join(x for x in (p.name, p.email, org) if x), Kind.ORGANISER, token, str(p.id))]
                   for p, org in found]
        buttons.append([button(say(turn.lang, "button_no"), Kind.ORGANISER, token, "no")])
        turn.say(say(turn.lang, "org_choose", who=who), buttons)
        await turn.commit(intent="command", action=_store(turn, token, name, text))


async def _confirm(turn: Turn, token: str, action: Action, stored: bool,
                   words: tuple[str, str] | None = None) -> None:
    """What the action would do (the service's dry run), with "Ja, gör det" when it would do something."""
    lang = turn.lang
    try:
        acted = await turn.ctx.service.act(action, dry_run=True)
    except ActionError as exc:
        turn.say(acted_text(turn.ctx.service.replies, lang, error=str(exc)), edit=stored)
        await turn.commit(intent="command")
        return
    if not acted.done:
        turn.say(acted_text(turn.ctx.service.replies, lang, acted), edit=stored)
        await turn.commit(intent="command")
        return
    person = str(action.person_id) if action.person_id is not None else "-"
    preview = acted_text(turn.ctx.service.replies, lang, acted, preview=True).strip()
    turn.say(say(lang, "org_confirm", preview=preview),
             [[button(say(lang, "button_yes_do"), Kind.ORGANISER, token, "ok", person),
               button(say(lang, "button_no"), Kind.ORGANISER, token, "no")]], edit=stored)
    await turn.commit(intent="command", action=None if stored or words is None else _store(turn, token, *words))


async def _carry_out(turn: Turn, token: str, action: Action) -> None:
    """The action, in the turn's transaction, once (the token is used up); the answer says what was done."""
    service = turn.ctx.service

    async def act(uow: UnitOfWork, now: dt.datetime) -> list[Reply]:
        pending = await uow.confirmations.usable(token, now)
        if pending is None:
            return [turn.answer(say(turn.lang, "org_stale"))]
        await uow.confirmations.use(pending, now)
        try:
            acted = await carry_out(uow, service.config, service.composer, service.gate, action, now)
        except ActionError as exc:
            return [turn.answer(acted_text(service.replies, turn.lang, error=str(exc)))]
        return [turn.answer(acted_text(service.replies, turn.lang, acted))]

    turn.say(say(turn.lang, "org_doing"), edit=True)
    await turn.commit(intent="organiser-action", action=act)


def _store(turn: Turn, token: str, name: str, text: str) -> TurnAction:
    """Keep the command's words under ``token`` (in the turn's transaction) for the buttons' presses."""
    async def store(uow: UnitOfWork, now: dt.datetime) -> list[Reply]:
        await uow.confirmations.add(token, person_id=None, now=now, valid_for=VALID_FOR, request={
            "kind": KIND, "telegram_user_id": turn.user_id, "command": name, "text": text})
        return []
    return store


async def _pending(uow: UnitOfWork, turn: Turn, token: str) -> tuple[str, str] | None:
    """The command and words waiting under ``token``, when it is this organiser's and still usable."""
    row = await uow.confirmations.usable(token, turn.now)
    request = row.request if row is not None else {}
    if request.get("kind") != KIND or request.get("telegram_user_id") != turn.user_id:
        return None
    return str(request["command"]), str(request["text"])
