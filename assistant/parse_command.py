"""The ``assistant parse`` subcommand: messages in, one parse-contract JSON object per line out.

    assistant parse [--channel email|telegram] [--config FILE] [--at ISO8601]
                    [--sender-name N --sender-id I] PATH...

Every readable message gives a line (exit 0, however odd the message); a path that
cannot be read is named on stderr and makes the exit code 1, after the others are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.config import Config
from assistant.request import ParsedRequest, Sender


def _arrival(value: str | None, config: Config) -> dt.datetime:
    if not value:
        return dt.datetime.now(dt.UTC)
    at = dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    return at if at.tzinfo else at.replace(tzinfo=config.event.tz)


def _parse_path(path: Path, data: bytes, args: argparse.Namespace, config: Config,
                at: dt.datetime) -> ParsedRequest:
    from assistant.parsing.parser import parse_chat, parse_email, parse_telegram_update

    if args.channel != "telegram":
        return parse_email(data, config, at)
    text = data.decode("utf-8", errors="replace")
    if path.suffix.lower() == ".json":
        try:
            update = json.loads(text)
        except ValueError:
            update = None
        if isinstance(update, dict):
            return parse_telegram_update(update, config, at)
    sender = Sender("telegram", args.sender_id, args.sender_name)
    return parse_chat(text.removeprefix("\ufeff"), sender, config, at)


def run_parse(args: argparse.Namespace, config: Config) -> int:
    """Parse every PATH and print its contract JSON; 1 when a path could not be read, else 0."""
    try:
        at = _arrival(getattr(args, "at", None), config)
    except ValueError:
        print(f"assistant parse: --at {args.at!r} is not an ISO 8601 time", file=sys.stderr)
        return 2
    status = 0
    out = sys.stdout
    for path in args.paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            print(f"assistant parse: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        result = _parse_path(Path(path), data, args, config, at)
        out.write(json.dumps(result.contract(), ensure_ascii=False) + "\n")
    out.flush()
    return status
