"""The organisers' action commands (only for ``organisers.telegram_ids``): /lagg_till, /avanmal_person, /flytta,
/ersatt, /andra, /befordra, /skicka_igen, /radera_person about a person; /slapp, /avsla, /hanterad about a stored
message.

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
from assistant.effects import UpdateDetails
from assistant.organiser_acting import carry_out
from assistant.organiser_actions import ON_MESSAGES, Act, Action, ActionError
from assistant.organiser_answer import acted_text
from assistant.organiser_mail import read_instruction, session_named
from assistant.outgoing import Reply
from assistant.parsing.names import plausible_name
from assistant.parsing.people import EMAIL
from assistant.request import Person
from assistant.tokens import new_token
from handlers.telegram.callback_data import Kind, button, yes_or_no
from handlers.telegram.commands import aborted, is_organiser, refuse_unless_organiser
from handlers.telegram.texts import say
from handlers.telegram.turn import Turn
from storage.unit_of_work import UnitOfWork

#: How long the buttons of an action's question work.
VALID_FOR = dt.timedelta(days=1)
KIND = "organiser-action"
COMMANDS = ("lagg_till", "avanmal_person", "flytta", "ersatt", "andra", "befordra", "skicka_igen", "radera_person",
            "slapp", "avsla", "hanterad")
_LINKING = frozenset({"från", "fran", "from", "till", "to"})
#: The commands about a stored message, and the commands about a person alone (no sessions).
_ON_MESSAGES = {"slapp": Act.RELEASE, "avsla": Act.REFUSE, "hanterad": Act.HANDLED}
_ON_PERSON = {"radera_person": Act.ERASE, "skicka_igen": Act.RESEND}
#: /andra's fields, by the words an organiser writes.
_FIELDS = {"kost": "diet", "diet": "diet", "namn": "name", "name": "name", "adress": "email", "e-post": "email",
           "epost": "email", "email": "email"}


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
    if not parts or not is_organiser(turn.config, turn.user_id):   # a forwarded button pressed by another
        await turn.commit(intent="stale-button")
        return
    token, rest = parts[0], parts[1:]
    if rest == ("no",):
        await aborted(turn)
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


def read_action(turn: Turn, name: str, text: str) -> Action | None:
    """The action the command's words ask for, or None when they do not read as its usage says."""
    config, organiser = turn.config, turn.sender
    today = turn.now.astimezone(config.event.tz).date()
    if name in _ON_MESSAGES:
        number = text.lstrip("#")
        return Action(_ON_MESSAGES[name], organiser, message=int(number)) if number.isdigit() else None
    if name == "lagg_till":
        return _added(turn, text, today)
    if name in _ON_PERSON:
        person = _person(text)
        return Action(_ON_PERSON[name], organiser, person) if person is not None else None
    if name == "ersatt":
        return _replacement(turn, text, today)
    if name == "andra":
        return _update(turn, text)
    who, when = _split(text)
    person = _person(who)
    if person is None:
        return None
    days = _sessions(turn, when, today, {"avanmal_person": (0, 1), "flytta": (2, 2), "befordra": (1, 1)}[name])
    if days is None:
        return None
    act = {"avanmal_person": Act.CANCEL, "flytta": Act.MOVE, "befordra": Act.PROMOTE}[name]
    return Action(act, organiser, person, sessions=days)


def _added(turn: Turn, text: str, today: dt.date) -> Action | None:
    """"Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november" read as an organiser's mail reads it."""
    action = read_instruction(turn.config, f"Lägg till {text}", turn.sender, today)
    return action if action is not None and action.act is Act.ADD else None


def _replacement(turn: Turn, text: str, today: dt.date) -> Action | None:
    """"Per Holm med Eva Lind, eva.lind@falun.se" (and, after it, the sessions when not all of them)."""
    leaving, joining = (re.split(r"\s+(?:med|mot|by|with)\s+", text, maxsplit=1, flags=re.IGNORECASE) + [""])[:2]
    person, added = _person(leaving), _added(turn, joining, today)
    if person is None or added is None or added.person is None:
        return None
    return Action(Act.REPLACE, turn.sender, person, joining=added.person, sessions=added.sessions)


def _update(turn: Turn, text: str) -> Action | None:
    """"Per Holm kost vegetarisk", "Per Holm namn Per Holmberg", "Per Holm adress per.holm@mora.se"."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if i > 0 and w.casefold().rstrip(":") in _FIELDS), None)
    if at is None:
        return None
    person, value = _person(" ".join(words[:at])), " ".join(words[at + 1:])
    field = _FIELDS[words[at].casefold().rstrip(":")]
    valid = {"diet": bool(value), "email": bool(EMAIL.fullmatch(value)),
             "name": _person(value) is not None and plausible_name(value)}
    if person is None or not valid[field]:
        return None
    value = value.lower() if field == "email" else value
    details = UpdateDetails(name=value if field == "name" else None, email=value if field == "email" else None,
                            diet=value if field == "diet" else None)
    return Action(Act.UPDATE, turn.sender, person, details=details)


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
             yes_or_no(say(lang, "button_yes_do"), say(lang, "button_no"), Kind.ORGANISER, token, "ok", person),
             edit=stored)
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
        if acted.erased:   # the answer is stored: it names nobody whose data is gone
            return [turn.answer(say(turn.lang, "org_erased_told" if acted.told else "org_erased"))]
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
