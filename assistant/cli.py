"""The ``assistant`` command line: run, check, parse, db upgrade, registrations, export, summary, retention.

The config is ``--config``, else ``$ANMALAN_CONFIG``, else the embedded example; every command names on
stderr, in one line, the config and the database it uses. What would stop a command half-way is refused
first, in one line and without a traceback: a bad config or a secret not set (status 2), a database
that cannot be written (2), or not there for a command that only reads it (1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from assistant.config import Config, ConfigError, find_config, load_config
from assistant.organiser_commands import COMMANDS as ORGANISER_COMMANDS
from assistant.organiser_commands import add_organiser_commands, run_organiser_command
from assistant.preflight import missing_database, missing_secrets, unwritable_database

#: Commands that only read the database: it must be there (a look never creates an empty one).
READING = ("registrations", "export", "backup")


def _add_config(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, default=None,
                   help="config file (default: $ANMALAN_CONFIG, else the embedded config.example.toml)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    top = argparse.ArgumentParser(prog="assistant", description="Anmälan registration assistant")
    sub = top.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the service")
    _add_config(run)
    run.add_argument("--demo", action="store_true", help="seed the inbox with example signups first")

    check = sub.add_parser("check", help="validate the config and try each enabled part (database, mail, bot)")
    _add_config(check)

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

    backup = sub.add_parser("backup", help="write a consistent copy of the database (also while the service runs)")
    _add_config(backup)
    backup.add_argument("file", type=Path, help="the backup file to write (replaced if it exists)")

    restore = sub.add_parser("restore", help="bring a backup back into an empty database")
    _add_config(restore)
    restore.add_argument("file", type=Path, help="a file written by 'assistant backup'")

    sessions = sub.add_parser(
        "sessions", help="the configured sessions against what is stored; 'notify' tells participants of changes",
        epilog="example: after moving a session in the config (keep its id), run 'assistant sessions' to check, "
               "then 'assistant sessions notify' to send its participants one notice each with the updated "
               "calendar entry")
    _add_config(sessions)
    sessions.add_argument("action", nargs="?", choices=["notify"],
                          help="send each participant of a changed or removed session one notice (once)")
    sessions.add_argument("--dry-run", action="store_true", help="with notify: print what would be sent")

    add_organiser_commands(sub, _add_config)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``assistant`` console script."""
    args = build_parser().parse_args(argv)
    path, found = find_config(args.config)
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"assistant: bad config {path}: {exc}", file=sys.stderr)
        return 2
    if args.command == "parse":
        print(f"assistant: config {path} ({found})", file=sys.stderr)
        from assistant.parse_command import run_parse
        return run_parse(args, config)
    print(f"assistant: config {path} ({found}); database {config.database.shown}", file=sys.stderr)
    if args.command == "check":
        from assistant.check import run_check
        return run_check(config, path)
    refusal = _refusal(args, config)
    if refusal is not None:
        status, reason = refusal
        print(f"assistant: {reason}" if status == 1 else f"assistant: cannot start: {reason}", file=sys.stderr)
        return status
    from assistant.commands import run_command
    try:
        if args.command in ORGANISER_COMMANDS:
            return run_organiser_command(args, config)
        if args.command == "sessions":
            from assistant.sessions_command import run_sessions
            return run_sessions(args, config)
        return run_command(args, config)
    except ConfigError as exc:
        print(f"assistant: bad config {path}: {exc}", file=sys.stderr)
        return 2
    except (DBAPIError, OSError) as exc:
        if args.command == "run":
            raise   # the service's own failure: the traceback is the evidence
        reason = f"database {config.database.shown}: {exc.orig}" if isinstance(exc, DBAPIError) else str(exc)
        print(f"assistant: {args.command} failed: {reason}", file=sys.stderr)
        return 1


def _refusal(args: argparse.Namespace, config: Config) -> tuple[int, str] | None:
    """Why the command must not start (exit status, one line), or None."""
    if args.command == "run":
        secrets = missing_secrets(config)
        if secrets:
            return 2, "; ".join(secrets)
    if args.command in READING or (args.command == "summary" and args.preview):
        missing = missing_database(config)
        return (1, missing) if missing else None
    unwritable = unwritable_database(config)
    return (2, unwritable) if unwritable else None


if __name__ == "__main__":
    sys.exit(main())
