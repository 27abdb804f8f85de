"""The ``assistant parse`` subcommand: messages in, one parse-contract JSON object per line out.

    assistant parse [--channel email|telegram] [--config FILE] [--at ISO8601]
                    [--sender-name N --sender-id I] PATH...

Every readable message gives a line (exit 0, however odd the message); a path that
cannot be read is named on stderr and makes the exit code 1, after the others are printed.
Messages are parsed in the parser's own process, within the service's limits
(``assistant/parse_worker.py``): a message refused as too complex gives a line with intent
``unknown`` and the reason in ``problems``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.config import Config
from assistant.parse_worker import ParserUnavailable, ParseWorker, refuse_out_of_memory
from assistant.parsing.complexity import TooComplex
from assistant.request import Intent, ParsedRequest, Sender


def _arrival(value: str | None, config: Config) -> dt.datetime:
    if not value:
        return dt.datetime.now(dt.UTC)
    at = dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    return at if at.tzinfo else at.replace(tzinfo=config.event.tz)


def parse_file(config: Config, channel: str, suffix: str, data: bytes, at: dt.datetime,
               sender: Sender) -> ParsedRequest:
    """One file's request (the worker's job): an e-mail, a Bot API update (``.json``) or a chat text."""
    from assistant.parsing.parser import parse_chat, parse_email, parse_telegram_update

    if channel != "telegram":
        return refuse_out_of_memory(parse_email(data, config, at))
    text = data.decode("utf-8", errors="replace")
    if suffix.lower() == ".json":
        try:
            update = json.loads(text)
        except ValueError:
            update = None
        if isinstance(update, dict):
            return refuse_out_of_memory(parse_telegram_update(update, config, at))
    return refuse_out_of_memory(parse_chat(text.removeprefix("\ufeff"), sender, config, at))


def run_parse(args: argparse.Namespace, config: Config) -> int:
    """Parse every PATH and print its contract JSON; 1 when a path could not be read, else 0."""
    try:
        at = _arrival(getattr(args, "at", None), config)
    except ValueError:
        print(f"assistant parse: --at {args.at!r} is not an ISO 8601 time", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_parse_all(args, config, at))
    except ParserUnavailable as exc:
        print(f"assistant parse: {exc}", file=sys.stderr)
        return 2


async def _parse_all(args: argparse.Namespace, config: Config, at: dt.datetime) -> int:
    status = 0
    out = sys.stdout
    sender = Sender("telegram", args.sender_id, args.sender_name) if args.channel == "telegram" else Sender("email")
    worker = ParseWorker(config)
    try:
        await worker.start()
        for path in args.paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                print(f"assistant parse: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
                status = 1
                continue
            try:
                result = await worker.run(parse_file, args.channel, Path(path).suffix, data, at, sender)
            except TooComplex as exc:
                result = ParsedRequest(Intent.UNKNOWN, sender=Sender(args.channel), problems=(str(exc),),
                                       never_answer=True)
            out.write(json.dumps(result.contract(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        await worker.close()
    return status
