"""The ``assistant`` command line: run, parse, db upgrade, registrations, export, summary, retention."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.config import ConfigError, load_config


def _add_config(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, default=None,
                   help="config file (default: the embedded config.example.toml)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    top = argparse.ArgumentParser(prog="assistant", description="Anmälan registration assistant")
    sub = top.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the service")
    _add_config(run)
    run.add_argument("--demo", action="store_true", help="seed the inbox with example signups first")

    parse = sub.add_parser("parse", help="parse messages and print the parse contract's JSON")
    _add_config(parse)
    parse.add_argument("--channel", choices=["email", "telegram"], default="email")
    parse.add_argument("--at", default=None, help="arrival time (ISO 8601), default now")
    parse.add_argument("--sender-name", default=None)
    parse.add_argument("--sender-id", default=None)
    parse.add_argument("paths", nargs="+", type=Path)

    db = sub.add_parser("db", help="database maintenance")
    _add_config(db)
    db.add_argument("action", choices=["upgrade"])

    regs = sub.add_parser("registrations", help="list registrations as a table")
    _add_config(regs)
    regs.add_argument("--session", default=None, help="only this session (YYYY-MM-DD)")

    export = sub.add_parser("export", help="export registrations")
    _add_config(export)
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    export.add_argument("--output", "-o", type=Path, default=None)

    summary = sub.add_parser("summary", help="the organisers' daily summary: preview it, or send it now")
    _add_config(summary)
    action = summary.add_mutually_exclusive_group(required=True)
    action.add_argument("--preview", action="store_true", help="print the summary in the terminal")
    action.add_argument("--send", action="store_true",
                        help="queue today's summary for every organiser now (the running service sends it)")
    summary.add_argument("--force", action="store_true",
                         help="with --send: queue an extra copy even if today's was sent (not recorded)")
    summary.add_argument("--at", default=None, help="take now to be this moment (ISO 8601), default now")

    retention = sub.add_parser("retention", help="run the daily retention job now (purges once it is due)")
    _add_config(retention)
    retention.add_argument("--at", default=None, help="take now to be this moment (ISO 8601), default now")

    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``assistant`` console script."""
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"assistant: bad config: {exc}", file=sys.stderr)
        return 2
    if args.command == "parse":
        from assistant.parse_command import run_parse
        return run_parse(args, config)
    from assistant.commands import run_command
    return run_command(args, config)


if __name__ == "__main__":
    sys.exit(main())
