"""The CLI's database commands: db upgrade, registrations (a table), export (CSV/XLSX), summary, and run.

What they print shows control characters as escapes (``\\x1b``): a stored name or diet cannot drive
the organiser's terminal. The log is set up here (``assistant/logs.py``: secrets redacted, escaped).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from pathlib import Path

from tabulate import tabulate

from assistant.clock import Clock, FixedClock, SystemClock
from assistant.config import Config
from assistant.control_chars import escape_controls
from assistant.exporting import write_export
from assistant.labels import person_name, status_label
from assistant.listing import Row
from assistant.logs import configure_logging
from storage.database import open_database
from storage.migrate import upgrade
from storage.unit_of_work import reading


def run_command(args: argparse.Namespace, config: Config) -> int:
    """Dispatch a CLI subcommand other than ``parse`` and ``check``."""
    configure_logging(config)
    if args.command == "run":
        from assistant.runner import serve
        if args.demo:
            from assistant.demo.seed import seed_inbox
            held = len(asyncio.run(_rows(config, None)))
            if held:   # the five example mails would go in among real people's registrations
                print(f"assistant: run --demo: the database {config.database.shown} already holds {held} "
                      "registrations; the demo seeds only an empty one (run without --demo to go on with it)",
                      file=sys.stderr)
                return 1
            n = seed_inbox(config.channels.maildir.inbox, SystemClock())
            logging.getLogger("anmalan").info("demo: %d example messages put into %s", n,
                                              config.channels.maildir.inbox)
        asyncio.run(serve(config))
        return 0
    if args.command == "db":
        asyncio.run(_upgrade(config))
        print("database is up to date")
        return 0
    if args.command == "registrations":
        day = dt.date.fromisoformat(args.session) if args.session else None
        rows = asyncio.run(_rows(config, day))
        print(render_table(rows))
        return 0
    if args.command == "export":
        rows = asyncio.run(_rows(config, None))
        out = write_export(rows, config, args.format, args.output)
        print(f"wrote {out}", file=sys.stderr)
        return 0
    if args.command == "summary":
        return asyncio.run(_summary(args, config))
    if args.command == "retention":
        return asyncio.run(_retention(args, config))
    if args.command in ("backup", "restore"):
        return asyncio.run(_backup_or_restore(args.command, args.file, config))
    raise AssertionError(args.command)


async def _upgrade(config: Config) -> None:
    db = open_database(config.database.url)
    try:
        await upgrade(db.engine)
    finally:
        await db.dispose()


async def _rows(config: Config, day: dt.date | None) -> list[Row]:
    db = open_database(config.database.url).for_event(config.event)   # rows on the dates sessions are held now
    try:
        await upgrade(db.engine)
        async with reading(db) as uow:
            return await uow.registrations.rows(day)
    finally:
        await db.dispose()


async def _summary(args: argparse.Namespace, config: Config) -> int:
    """``summary --preview`` prints it; ``summary --send`` queues it (recorded: the daily one is not sent again)."""
    from assistant.service import Service
    from assistant.summary.queueing import preview
    from assistant.summary.render import render_text
    from assistant.summary.schedule import recipients
    at = dt.datetime.fromisoformat(args.at) if args.at else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=config.event.tz)
    clock: Clock = FixedClock(at) if at is not None else SystemClock()   # --at: take now to be that moment
    now = clock.now()
    db = open_database(config.database.url).for_event(config.event)
    try:
        await upgrade(db.engine)
        if args.preview:
            async with reading(db) as uow:
                report = await preview(uow, config, now)
            print(escape_controls(render_text(report), keep="\n"), end="")
            return 0
        if not recipients(config):
            print("Inga arrangörer att skicka till (organisers.emails / telegram_ids, med kanalen påslagen).",
                  file=sys.stderr)
            return 1
        day = now.astimezone(config.event.tz).date()
        queued = await Service(config, db, clock).queue_summary(day, record=not args.force)
    finally:
        await db.dispose()
    if queued.queued:
        print(f"Sammanfattningen för {day} är köad till {', '.join(queued.queued)}; "
              "tjänsten (assistant run) skickar den inom någon sekund.")
    elif queued.already:
        print(f"Sammanfattningen för {day} är redan skickad till {', '.join(queued.already)} "
              "(--force köar en extra kopia).")
    else:
        print(f"Inget nytt för {day}: ingen sammanfattning skickas (summary.send_when_nothing_happened = false).")
    return 0


async def _retention(args: argparse.Namespace, config: Config) -> int:
    """``retention``: the daily job's purge, now (the running service removes the Maildir's files of it)."""
    from assistant.service import Service
    at = dt.datetime.fromisoformat(args.at) if args.at else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=config.event.tz)
    clock: Clock = FixedClock(at) if at is not None else SystemClock()
    db = open_database(config.database.url)
    try:
        await upgrade(db.engine)
        purged = await Service(config, db, clock).retain()
    finally:
        await db.dispose()
    if clock.now().astimezone(config.event.tz).date() < purged.due:
        print(f"Inget rensas förrän {purged.due} ({config.privacy.retention_days} dagar efter sista träffen).")
    else:
        print(f"Rensat: {purged.messages} meddelanden, {purged.replies} svar, {purged.people} personer "
              "anonymiserade.")
    return 0


async def _backup_or_restore(command: str, file: Path, config: Config) -> int:
    """``backup FILE`` (a consistent copy while the service runs) or ``restore FILE`` (into an empty database)."""
    from assistant.backup import BackupError, backup, restore
    try:
        if command == "backup":
            print(f"backup written: {(await backup(config.database.url, file)).describe()}")
        else:
            print(f"restored: {(await restore(config.database.url, file)).describe()}")
    except BackupError as exc:
        print(f"assistant: {command}: {exc}", file=sys.stderr)
        return 1
    return 0


def render_table(rows: list[Row]) -> str:
    """Registrations as a terminal table, by session (control characters shown as escapes)."""
    if not rows:
        return "Inga anmälningar."
    table = [tuple(escape_controls(cell) for cell in (r.session.isoformat() + (" (föräldralös: se assistant sessions)"
                                                                           if r.orphan else ""), status_label(r.status),
                                                     person_name(r.name), r.email or "", r.organisation or "",
                                                     r.diet or "")) for r in rows]
    return tabulate(table, headers=["Träff", "Status", "Namn", "E-post", "Organisation", "Kost"])
