"""``assistant sessions [notify] [--dry-run]``: the configured sessions against what is stored, and the notice
to participants of sessions changed or removed in the config (``assistant/sessions_admin.py``)."""

from __future__ import annotations

import argparse
import asyncio

from assistant.clock import SystemClock
from assistant.config import Config
from assistant.control_chars import escape_controls
from assistant.sessions_admin import table, told_before
from storage.database import open_database
from storage.migrate import upgrade
from storage.unit_of_work import reading


def run_sessions(args: argparse.Namespace, config: Config) -> int:
    """Print the sessions' table, or send (``--dry-run``: print) the notices of changed sessions."""
    return asyncio.run(_notify(config, args.dry_run) if args.action == "notify" else _show(config))


async def _show(config: Config) -> int:
    db = open_database(config.database.url).for_event(config.event)
    try:
        await upgrade(db.engine)
        async with reading(db) as uow:
            counts = await uow.sessions.counts()
            announced = await told_before(uow)
    finally:
        await db.dispose()
    print(table(config, counts, announced), end="")
    return 0


async def _notify(config: Config, dry_run: bool) -> int:
    from assistant.service import Service
    db = open_database(config.database.url)
    try:
        await upgrade(db.engine)
        done = await Service(config, db, SystemClock()).notify_sessions(dry_run)
    finally:
        await db.dispose()
    if not done.changes:
        print("No session has changed since its participants were last told: nothing to send.")
        return 0
    for change in done.changes:
        now = change.now
        print(f"{change.key}: " + (f"moved from {change.before.date} {change.before.start}-{change.before.end} "
                                   f"to {now.date} {now.start}-{now.end}, {escape_controls(now.place)}" if now
                                   else "removed from the config: cancelled"))
    verb = "would send" if dry_run else "queued"
    print(f"{verb} {len(done.notices)} notice(s): " + ", ".join(escape_controls(n.recipient) for n in done.notices))
    if not dry_run:
        print("The running service (assistant run) sends them; a second 'notify' sends nothing new.")
    return 0
