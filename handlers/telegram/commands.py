"""The bot's commands: participants' (/start, /hjalp, /status, /avanmal, /radera, /koppla) and organisers'
(/sammanfattning, /lista, /export, /vantelista — only for ``organisers.telegram_ids``).

Every command is a Turn: its update is recorded and its answer queued in one transaction (the
service's), and the dispatcher sends it. Reads go through ``service.reading()``. A participant
sees and changes only the registrations linked to their Telegram user; an e-mail registration is
linked only through a code mailed to its address (/koppla). Changes go to the registration
service as requests, like any message.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
from collections.abc import Sequence

from assistant.chat import KEEP
from assistant.config import Config
from assistant.exporting import export_document
from assistant.labels import person_name
from assistant.listing import Row
from assistant.logs import masked
from assistant.outgoing import Reply
from assistant.parsing.names import plausible_name
from assistant.replies import short_date
from assistant.request import Intent, ParsedRequest, Person
from assistant.summary.queueing import preview
from assistant.summary.render import render_telegram
from assistant.tokens import LINK_CODE, LINK_PREFIX, VALID_FOR, new_token
from handlers.telegram.callback_data import Kind, button, yes_or_no
from handlers.telegram.texts import say
from handlers.telegram.turn import Turn
from storage.models import Person as PersonRow
from storage.unit_of_work import UnitOfWork

log = logging.getLogger("anmalan.telegram")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# -- participants --------------------------------------------------------------------------------

async def show_start(turn: Turn) -> None:
    """Tell what the event is and how to sign up."""
    config = turn.config
    lines = [f"• {short_date(s.date, turn.lang)} {s.start:%H.%M}–{s.end:%H.%M}, {s.place}: {s.title}"
             for s in config.event.sessions]
    turn.say(say(turn.lang, "start", event=config.event.name, sessions="\n".join(lines),
                 deadline=short_date(config.event.registration_deadline, turn.lang),
                 commands=say(turn.lang, "commands")))
    await turn.commit(intent="command")


async def show_help(turn: Turn) -> None:
    """List the commands (and, to an organiser, the organisers' commands too)."""
    text = say(turn.lang, "commands")
    if is_organiser(turn.config, turn.user_id):
        text += "\n\n" + say(turn.lang, "organiser_commands")
    turn.say(text)
    await turn.commit(intent="command")


async def show_status(turn: Turn) -> None:
    """List the user's own registrations, with waiting-list places."""
    _, rows = await _own(turn)
    if not rows:
        turn.say(say(turn.lang, "status_none"))
    else:
        turn.say(say(turn.lang, "status_head") + "\n" + "\n".join(_status_lines(turn, rows)))
    await turn.commit(intent="command")


async def ask_cancel(turn: Turn) -> None:
    """Offer the user's sessions to cancel, one button each (and "all")."""
    _, rows = await _own(turn)
    lang = turn.lang
    if not rows:
        turn.say(say(lang, "status_none"))
    else:
        days = sorted({r.session for r, _ in rows})
        buttons = [[button(short_date(d, lang), Kind.CANCEL, lang, d.isoformat())] for d in days]
        buttons.append([button(say(lang, "cancel_all"), Kind.CANCEL, lang, "all")])
        buttons.append([button(say(lang, "button_no"), Kind.CANCEL, lang, "no")])
        turn.say(say(lang, "cancel_choose"), buttons)
    await turn.commit(intent="command")


async def on_cancel_button(turn: Turn) -> None:
    """Take a press under /avanmal: ask to confirm the choice, or cancel what was confirmed."""
    match turn.press.parts if turn.press is not None else ():
        case (lang, "ok", what):
            confirmed = True
        case (lang, what):
            confirmed = False
        case _:
            await turn.commit(intent="stale-button")
            return
    turn.lang = lang
    if what == "no":
        await aborted(turn)
        return
    day = _session_day(what)
    if day is None and what != "all":
        await turn.commit(intent="stale-button")
        return
    people, rows = await _own(turn)
    label = say(lang, "cancel_all_sessions") if day is None else short_date(day, lang)
    who = ", ".join(sorted({r.name or "?" for r, _ in rows if day is None or r.session == day}))
    question = say(lang, "cancel_confirm", who=who or "?", what=label)
    if not confirmed:
        turn.say(question, yes_or_no(say(lang, "button_yes_cancel"), say(lang, "button_no"), Kind.CANCEL, lang,
                                     "ok", what), edit=True)
        await turn.commit(intent="command")
        return
    turn.say(say(lang, "chosen", question=question, answer=say(lang, "button_yes_cancel")), edit=True)
    request = ParsedRequest(Intent.CANCEL, _persons(people), (day,) if day else (), None, turn.sender, lang,
                            sessions_named=day is not None)
    await turn.submit(request, conversation=KEEP)


async def ask_erase(turn: Turn) -> None:
    """Ask whether to erase the user's data, with a confirm button."""
    lang = turn.lang
    turn.say(say(lang, "erase_confirm"),
             yes_or_no(say(lang, "button_yes_erase"), say(lang, "button_no"), Kind.ERASE, lang, "yes"))
    await turn.commit(intent="command")


async def on_erase_button(turn: Turn) -> None:
    """Erase the user's data (the service's erasure) when confirmed; the conversation goes too."""
    match turn.press.parts if turn.press is not None else ():
        case (lang, answer):
            pass
        case _:
            await turn.commit(intent="stale-button")
            return
    turn.lang = lang
    if answer != "yes":
        await aborted(turn)
        return
    people = await _people(turn)
    turn.say(say(lang, "chosen", question=say(lang, "erase_confirm"), answer=say(lang, "button_yes_erase")),
             edit=True)
    await turn.submit(ParsedRequest(Intent.ERASURE, _persons(people), sender=turn.sender, language=lang))


async def ask_link(turn: Turn, args: Sequence[str]) -> None:
    """Mail a code to a registered address; the code, sent back here, links that registration."""
    email = args[0].strip().lower() if args else ""
    if args and LINK_CODE.search(args[0]):
        await use_link_code(turn)
        return
    if not _EMAIL.match(email):
        turn.say(say(turn.lang, "link_usage"))
        await turn.commit(intent="command")
        return
    config = turn.config

    async def mail_code(uow: UnitOfWork, now: dt.datetime) -> list[Reply]:
        found = await uow.registrations.people_with_email(email)
        if not found:
            log.info("telegram user %s asked to link %s: no such registration", turn.user_id, "(address)")
            return []   # the same answer either way: the bot does not tell who is registered
        token = new_token()
        await uow.confirmations.add(token, person_id=found[0].id, now=now, valid_for=VALID_FOR, request={
            "kind": "link-telegram", "email": email, "telegram_user_id": turn.user_id, "confirm_to": email})
        # The account's name is whatever its owner typed: named only when it is a plausible name.
        name = turn.profile_name if turn.profile_name and plausible_name(turn.profile_name) else None
        account = say(turn.lang, "link_account_named", name=name) if name else say(turn.lang, "link_account")
        # Through the service's caps on sending, like every mail: a few a day to one address.
        return [Reply("email", "link-telegram", email, say(turn.lang, "link_mail_subject"),
                      say(turn.lang, "link_mail", email=email, event=config.event.name, account=account,
                          token=f"{LINK_PREFIX}{token}", contact=config.event.contact))]

    turn.say(say(turn.lang, "link_sent", limit=config.limits.max_link_mails_per_address_per_day))
    await turn.commit(intent="command", action=mail_code)


async def use_link_code(turn: Turn) -> None:
    """Link the registrations of the address a code was mailed to, if the code is this user's and valid."""
    match = LINK_CODE.search(turn.text or "")
    token = match.group(1) if match else ""

    async def link(uow: UnitOfWork, now: dt.datetime) -> list[Reply]:
        pending = await uow.confirmations.usable(token, now)
        if (pending is None or pending.request.get("kind") != "link-telegram"
                or pending.request.get("telegram_user_id") != turn.user_id):
            return [turn.answer(say(turn.lang, "link_bad"))]
        await uow.confirmations.use(pending, now)
        people = await uow.registrations.people_with_email(str(pending.request["email"]))
        for person in people:
            await uow.registrations.link_telegram(person.id, turn.user_id)
        names = ", ".join(p.name or "?" for p in people) or pending.request["email"]
        log.info("telegram user %s linked to %d registered people by code", turn.user_id, len(people))
        return [turn.answer(say(turn.lang, "link_done", names=names))]

    await turn.commit(intent="command", action=link)


# -- organisers ----------------------------------------------------------------------------------

def is_organiser(config: Config, user_id: int) -> bool:
    """Whether a Telegram user is one of the organisers."""
    return user_id in config.organisers.telegram_ids


async def refuse_unless_organiser(turn: Turn, command: str) -> bool:
    """Refuse politely (and log the attempt) when the user is not an organiser; True when refused."""
    if is_organiser(turn.config, turn.user_id):
        return False
    log.warning("telegram user %s tried the organiser command /%s: refused", masked(str(turn.user_id)), command)
    turn.say(say(turn.lang, "organisers_only"))
    await turn.commit(intent="refused")
    return True


async def show_summary(turn: Turn) -> None:
    """The organisers' compact summary (the daily summary's Telegram text, or per-session counts)."""
    if await refuse_unless_organiser(turn, "sammanfattning"):
        return
    async with turn.ctx.service.reading() as uow:
        report = await preview(uow, turn.config, turn.now)
    turn.say(render_telegram(report))
    await turn.commit(intent="command")


async def show_list(turn: Turn, args: Sequence[str]) -> None:
    """The participant list, per session (``/lista 3/5`` for one session)."""
    if await refuse_unless_organiser(turn, "lista"):
        return
    day = None
    if args:
        day = _session_named(turn, " ".join(args))
        if day is None:
            sessions = ", ".join(short_date(s.date, turn.lang) for s in turn.config.event.sessions)
            turn.say(say(turn.lang, "unknown_session", sessions=sessions))
            await turn.commit(intent="command")
            return
    async with turn.ctx.service.reading() as uow:
        rows = await uow.registrations.rows(day)
    turn.say(_list_text(turn, rows, day) if rows else say(turn.lang, "list_empty"))
    await turn.commit(intent="command")


async def show_waitlist(turn: Turn) -> None:
    """Who waits for a place, per session, first in line first."""
    if await refuse_unless_organiser(turn, "vantelista"):
        return
    async with turn.ctx.service.reading() as uow:
        rows = [r for r in await uow.registrations.rows() if r.status == "waitlisted"]
    turn.say(_list_text(turn, rows, None) if rows else say(turn.lang, "waitlist_empty"))
    await turn.commit(intent="command")


async def send_export(turn: Turn) -> None:
    """The participant list as an XLSX file."""
    if await refuse_unless_organiser(turn, "export"):
        return
    async with turn.ctx.service.reading() as uow:
        rows = await uow.registrations.rows()
    filename, data = export_document(rows, turn.config, turn.now)
    turn.say(say(turn.lang, "export_caption", event=turn.config.event.name),
             document={"filename": filename, "base64": base64.b64encode(data).decode()})
    await turn.commit(intent="command")


# -- helpers -------------------------------------------------------------------------------------

async def aborted(turn: Turn) -> None:
    """Answer "no" under a question: the question gives way to "Avbrutet" and nothing is done."""
    turn.say(say(turn.lang, "aborted"), edit=True)
    await turn.commit(intent="command")


async def _people(turn: Turn) -> list[PersonRow]:
    """The people linked to the user."""
    async with turn.ctx.service.reading() as uow:
        return await uow.registrations.people_for_sender("telegram", str(turn.user_id))


async def _own(turn: Turn) -> tuple[list[PersonRow], list[tuple[Row, int | None]]]:
    """The people linked to the user, and their active registrations (with waiting-list places)."""
    async with turn.ctx.service.reading() as uow:
        people = await uow.registrations.people_for_sender("telegram", str(turn.user_id))
        rows = await uow.registrations.rows_of_people([p.id for p in people]) if people else []
    return people, rows


def _persons(people: list[PersonRow]) -> tuple[Person, ...]:
    return tuple(Person(p.name, p.email, None) for p in people if p.name or p.email)


def _session_day(text: str) -> dt.date | None:
    """The date a button names, or None."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _status_lines(turn: Turn, rows: list[tuple[Row, int | None]]) -> list[str]:
    several = len({r.person_id for r, _ in rows}) > 1
    lines = []
    for r, position in rows:
        session = turn.config.event.session_on(r.session)
        where = f" {session.start:%H.%M}–{session.end:%H.%M}, {session.place}" if session else ""
        if r.status == "waitlisted":
            state = say(turn.lang, "status_waitlisted", position=position)
        else:
            state = say(turn.lang, "status_confirmed")
        who = f"{r.name}: " if several else ""
        lines.append(f"• {who}{short_date(r.session, turn.lang)}{where} – {state}")
    return lines


def _list_text(turn: Turn, rows: list[Row], day: dt.date | None) -> str:
    out: list[str] = []
    for s in turn.config.event.sessions:
        if day is not None and s.date != day:
            continue
        here = [r for r in rows if r.session == s.date]
        if not here:
            continue
        confirmed = [r for r in here if r.status == "confirmed"]
        waiting = [r for r in here if r.status == "waitlisted"]
        out.append(f"{short_date(s.date, turn.lang)}, {s.place} – {len(confirmed)}/{s.capacity}"
                   + (f", väntelista {len(waiting)}" if waiting else ""))
        for i, r in enumerate(confirmed, 1):
            out.append(f"{i}. {_who(r)}")
        for i, r in enumerate(waiting, 1):
            out.append(f"V{i}. {_who(r)}")
        out.append("")
    return "\n".join(out).strip()


def _who(r: Row) -> str:
    parts = [person_name(r.name)]
    if r.organisation:
        parts.append(r.organisation)
    text = ", ".join(parts)
    return text + (f" ({r.diet})" if r.diet else "")


def _session_named(turn: Turn, text: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(text.strip())
        return day if turn.config.event.session_on(day) else None
    except ValueError:
        pass
    from assistant.parsing.sessions import find_mention
    dates = tuple(s.date for s in turn.config.event.sessions)
    mention = find_mention(text, dates, turn.now.astimezone(turn.config.event.tz).date())
    return min(mention.dates) if len(mention.dates) == 1 else None

