"""The organisers' CLI commands: add, cancel, move, replace, update, promote, hold, release, resend, erase,
handled. Each builds an ``Action`` and hands it to the service (``Service.act``, one unit of work); a dry run
prints what would happen and stores nothing. What they print shows control characters as escapes.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections.abc import Callable

from sqlalchemy import select

from assistant.clock import Clock, FixedClock, SystemClock
from assistant.config import Config
from assistant.control_chars import escape_controls
from assistant.effects import UpdateDetails
from assistant.logs import configure_logging
from assistant.organiser_actions import Act, Action, ActionError
from assistant.organiser_mail import session_named
from assistant.request import Person, Sender
from storage.database import open_database
from storage.models import InboundMessage, InboundState
from storage.unit_of_work import reading

_PERSON = "PERSON: an address, #id or a name"
_EXAMPLES = {
    "add": 'assistant add "Karl Dahl" --email karl.dahl@mora.se --organisation "Mora kommun" '
           "--session 2027-11-29 --diet vegetarisk",
    "cancel": 'assistant cancel "Per Holm" --session 2027-09-21     (no --session: every session)',
    "move": "assistant move anna.berg@falun.se --from 2027-05-03 --to 2027-09-21",
    "replace": 'assistant replace per.holm@falun.se --by "Eva Lind" --email eva.lind@falun.se',
    "update": "assistant update per.holm@falun.se --diet glutenfri   (or --name, --email)",
    "promote": "assistant promote lisa.ek@borlange.se --session 2027-05-03 --override capacity --why \"talare\"",
    "hold": "assistant hold                 (lists held messages)\n  assistant hold 42 --refuse      "
            "(answers #42's sender with a refusal)",
    "release": "assistant release 42             (#42 goes through the rules now, as its sender's request)",
    "resend": "assistant resend per.holm@falun.se",
    "erase": "assistant erase per.holm@falun.se",
    "handled": "assistant handled 17             (the question in message #17 needs nobody any more)",
}
_HELP = {
    "add": "register a person (name, address, organisation, sessions, diet)",
    "cancel": "cancel a person's registration (all sessions or one)",
    "move": "move a person from one session to another",
    "replace": "give a person's places to someone else",
    "update": "change a person's name, address or diet",
    "promote": "give a person on a waiting list a place",
    "hold": "list held messages, or refuse one (--refuse)",
    "release": "process a held message now, through the rules",
    "resend": "send a person their confirmation again",
    "erase": "erase a person's data",
    "handled": "mark a message (a question) handled",
}
COMMANDS = tuple(_HELP)


def add_organiser_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                           add_config: Callable[[argparse.ArgumentParser], None]) -> None:
    """The organisers' subcommands, each with an example in its ``--help``."""
    for name, text in _HELP.items():
        p = sub.add_parser(name, help=text, description=text, epilog="example:\n  " + _EXAMPLES[name],
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        add_config(p)
        p.add_argument("--as", dest="organiser", default=None,
                       help="the organiser acting, for the record (default: the first in organisers.emails)")
        p.add_argument("--dry-run", action="store_true", help="print what would happen; store and send nothing")
        if name in ("hold", "release", "handled"):
            p.add_argument("message", type=int, nargs="?" if name == "hold" else None, help="the message's id")
        else:
            p.add_argument("person", help=_PERSON if name != "add" else "the person's name")
        if name in ("add", "cancel", "replace", "promote"):
            p.add_argument("--session", action="append", default=[], help="a session (YYYY-MM-DD or '21 september')")
        if name in ("add", "replace", "update"):
            p.add_argument("--email", default=None)
            p.add_argument("--organisation", default=None)
        if name in ("add", "update"):
            p.add_argument("--diet", default=None)
        if name == "update":
            p.add_argument("--name", default=None)
        if name == "replace":
            p.add_argument("--by", required=True, help="the name of the one taking the places")
        if name == "move":
            p.add_argument("--from", dest="source", required=True)
            p.add_argument("--to", dest="target", required=True)
        if name == "hold":
            p.add_argument("--refuse", action="store_true", help="answer the sender with a refusal")
        if name in ("add", "move", "replace", "promote", "release"):
            p.add_argument("--override", default="", help="deadline,quota,capacity: pass over these rules")
        p.add_argument("--why", default=None, help="why (recorded in the history; needed with --override)")
        p.add_argument("--at", default=None, help="take now to be this moment (ISO 8601), default now")


def run_organiser_command(args: argparse.Namespace, config: Config) -> int:
    """Carry out (or, with ``--dry-run``, describe) one organiser action; 0 when done, 1 when not."""
    configure_logging(config)
    if args.command == "hold" and args.message is None:
        print(escape_controls(asyncio.run(_held(config)), keep="\n"))
        return 0
    try:
        action = _action(args, config)
    except ActionError as exc:
        print(f"assistant {args.command}: {exc}", file=sys.stderr)
        return 1
    return asyncio.run(_act(config, action, args.dry_run, _clock(args, config)))


def _clock(args: argparse.Namespace, config: Config) -> Clock:
    at = dt.datetime.fromisoformat(args.at) if args.at else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=config.event.tz)
    return FixedClock(at) if at is not None else SystemClock()


async def _act(config: Config, action: Action, dry_run: bool, clock: Clock) -> int:
    from assistant.service import Service
    db = open_database(config.database.url)
    try:
        from storage.migrate import upgrade
        await upgrade(db.engine)
        acted = await Service(config, db, clock).act(action, dry_run)
    except ActionError as exc:
        print(f"assistant {action.act.value}: {exc}", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    head = "Torrkörning, inget sparat eller skickat:" if dry_run else None
    print("\n".join(escape_controls(line) for line in ([head] if head else []) + acted.lines()))
    return 0 if acted.done else 1


async def _held(config: Config) -> str:
    """The messages held for an organiser, one line each."""
    db = open_database(config.database.url)
    try:
        async with reading(db) as uow:
            rows = (await uow.session.scalars(select(InboundMessage).where(
                InboundMessage.state == InboundState.HELD).order_by(InboundMessage.id))).all()
    finally:
        await db.dispose()
    if not rows:
        return "Inga meddelanden väntar på en arrangör."
    return "\n".join(f"#{r.id} {r.received_at:%Y-%m-%d %H:%M} {r.channel} {r.sender or '?'}: "
                     f"{r.subject or ''} [{(r.decision or {}).get('reason') or r.intent or '?'}]" for r in rows)


def _action(args: argparse.Namespace, config: Config) -> Action:
    """The action the arguments ask for."""
    organiser = args.organiser or (config.organisers.emails[0] if config.organisers.emails else "cli")
    sender = Sender("email", organiser)
    overrides = frozenset(o.strip() for o in getattr(args, "override", "").split(",") if o.strip())
    common = {"overrides": overrides, "why": args.why}
    if args.command in ("hold", "release", "handled"):
        act = Act.REFUSE if args.command == "hold" else Act(args.command)
        if args.command == "hold" and not args.refuse:
            raise ActionError("hold ID behöver --refuse (utan ID: listan över vilande meddelanden)")
        return Action(act, sender, message=args.message, **common)
    today = _clock(args, config).now().astimezone(config.event.tz).date()
    days = tuple(_day(config, text, today) for text in getattr(args, "session", []))
    if args.command == "add":
        person = Person(args.person, args.email, _organisation(config, args.organisation), diet=args.diet)
        return Action(Act.ADD, sender, person, sessions=days, **common)
    person, person_id = _person(args.person)
    if args.command == "move":
        days = (_day(config, args.source, today), _day(config, args.target, today))
    joining = Person(args.by, args.email, _organisation(config, args.organisation)) \
        if args.command == "replace" else None
    details = UpdateDetails(args.name, args.email, args.diet) if args.command == "update" else None
    return Action(Act(args.command), sender, person, person_id, joining, days, details, **common)


def _person(text: str) -> tuple[Person, int | None]:
    text = text.strip()
    if text.startswith("#") and text[1:].isdigit():
        return Person(None), int(text[1:])
    return (Person(None, text.lower()) if "@" in text else Person(text)), None


def _day(config: Config, text: str, today: dt.date) -> dt.date:
    day = session_named(config, text, today)
    if day is None:
        raise ActionError(f"ingen träff {text!r} (träffarna: "
                          f"{', '.join(s.date.isoformat() for s in config.event.sessions)})")
    return day


def _organisation(config: Config, name: str | None) -> str | None:
    if name is None:
        return None
    folded = name.strip().casefold()
    for org in config.organisations:
        if folded in {org.name.casefold(), *(a.casefold() for a in org.aliases)}:
            return org.name
    return name.strip()
