"""The CLI's database commands: db upgrade, registrations (a table), export (CSV/XLSX), and run."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys

from tabulate import tabulate

from assistant.clock import SystemClock
from assistant.config import Config
from assistant.exporting import write_export
from storage.database import open_database
from storage.migrate import upgrade
from storage.registrations import RegistrationRepository, Row

_STATUS_SV = {"confirmed": "bekräftad", "waitlisted": "väntelista", "cancelled": "avanmäld"}


def run_command(args: argparse.Namespace, config: Config) -> int:
    """Dispatch a CLI subcommand other than ``parse``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    if args.command == "run":
        from assistant.runner import serve
        if args.demo:
            from assistant.demo.seed import seed_inbox
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
    raise AssertionError(args.command)


async def _upgrade(config: Config) -> None:
    db = open_database(config.database.url)
    try:
        await upgrade(db.engine)
    finally:
        await db.dispose()


async def _rows(config: Config, day: dt.date | None) -> list[Row]:
    db = open_database(config.database.url)
    try:
        await upgrade(db.engine)
        async with db.sessions() as session:
            return await RegistrationRepository(session).rows(day)
    finally:
        await db.dispose()


def render_table(rows: list[Row]) -> str:
    """Registrations as a terminal table, by session."""
    if not rows:
        return "Inga anmälningar."
    table = [(r.session.isoformat(), _STATUS_SV.get(r.status, r.status), r.name or "(raderad)", r.email or "",
              r.organisation or "", r.diet or "") for r in rows]
    return tabulate(table, headers=["Träff", "Status", "Namn", "E-post", "Organisation", "Kost"])
