"""The service's log on stderr: secrets and personal data redacted, text a stranger wrote shown escaped,
chatty libraries quiet.

``configure_logging`` is called once by the command line. Every record the handler writes passes
``Redactor`` first — the bot token and mail passwords (read from the environment variables the
config names), any Bot API token (``bot<id>:<secret>``), a password in a URL — and then
``SafeFormatter``, which shows control characters as escapes: a name or a subject can then neither
move the cursor, recolour or retitle the organiser's terminal nor forge a log line (a line break in
a message is written ``\\n``; a traceback keeps its lines). httpx and httpcore log every request's
URL at INFO, and the Bot API's URLs hold the token: they log warnings and errors only.

No personal data at any level: the service logs people by reference (``outline``: ``p:12``), never by
name, and addresses masked (``masked``: ``a***@falun.se``, a Telegram id ``5***``); the ``Redactor`` masks
any e-mail address and any Telegram user or chat id ("user 123456789") that still reaches a record.

``[logging] format = "json"`` writes one JSON object a line instead (``JsonFormatter``), after the same
``Redactor`` and with the same escapes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Iterable

from assistant.config import Config
from assistant.control_chars import escape_controls
from assistant.decision import Decision

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Libraries that log each request's URL (with the bot token in it) at INFO: warnings and errors only.
QUIET_LIBRARIES = ("httpx", "httpcore")
REDACTED = "<redacted>"
#: A Bot API token (bot id, colon, secret): after "bot" in a URL, or standing alone.
_BOT_TOKEN = re.compile(r"(?<=bot)\d+:[\w-]+|\b\d{5,}:[\w-]{20,}")
#: The password of a URL's user information (``scheme://user:password@host``).
_URL_PASSWORD = re.compile(r"(?<=://)([^:/@\s]+):[^@/\s]+@")
#: An e-mail address (its local part is masked) and a Telegram user or chat id after its word.
_ADDRESS = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_TELEGRAM_ID = re.compile(r"\b((?:user|chat|chat_id|telegram)[ :=]+)(-?\d)\d{3,}\b", re.IGNORECASE)
#: Secrets shorter than this are not looked for (they would take ordinary words out of the log).
_MIN_SECRET = 6


def secrets_of(config: Config) -> list[str]:
    """The secrets the config names by environment variable (the bot token, the mail passwords, the OAuth client
    secrets and refresh tokens) that are set."""
    channels = config.channels
    names = (channels.telegram.token_env, channels.imap.password_env, channels.smtp.password_env,
             *(name for mail in (channels.imap, channels.smtp)
               for name in (mail.oauth2.client_secret_env, mail.oauth2.refresh_token_env)))
    return [value for value in (os.environ.get(name, "") for name in names) if len(value) >= _MIN_SECRET]


class Redactor(logging.Filter):
    """Takes secrets out of each record: its message with the arguments filled in, its exception and stack text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """``text`` without the secrets."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        text = _URL_PASSWORD.sub(rf"\1:{REDACTED}@", _BOT_TOKEN.sub(REDACTED, text))
        return _TELEGRAM_ID.sub(r"\1\2***", _ADDRESS.sub(lambda m: masked(m.group(0)) or "", text))

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - arguments that do not fit the message: written as they are
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _PLAIN.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_PLAIN = logging.Formatter()


def masked(address: str | None) -> str | None:
    """An address as the log shows it: ``a***@falun.se``; a Telegram id ``5***``."""
    if not address:
        return address
    local, at, domain = address.rpartition("@")
    if at:
        return f"{local[:1]}***@{domain}"
    return f"{address[:1]}***"


def outline(decision: Decision) -> str:
    """A decision for the log, each person by reference (``p:12``, ``new:0``), never by name."""
    if decision.missing or not decision.verdicts:
        return decision.describe()
    return "; ".join(f"{v.holder.ref}{f' {v.session.isoformat()}' if v.session else ''}: {v.outcome.value} ({v.reason})"
                     for v in decision.verdicts)


class SafeFormatter(logging.Formatter):
    """The standard format with every control character of the line escaped (a traceback keeps its line breaks)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = escape_controls(self.formatMessage(record))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, self.formatStack(record.stack_info) if record.stack_info else None):
            if extra:
                text += "\n" + escape_controls(extra, keep="\n")
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object a line: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``, and ``exc`` when present.

    The message and the traceback are escaped as ``SafeFormatter`` escapes them, so a reader of the decoded
    value sees what the text format shows; JSON's own escaping keeps each record on one line.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name,
                 "message": escape_controls(record.getMessage())}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        stack = self.formatStack(record.stack_info) if record.stack_info else None
        extras = [text for text in (record.exc_text, stack) if text]
        if extras:
            entry["exc"] = escape_controls("\n".join(extras), keep="\n")
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(config: Config | None = None, level: int = logging.INFO) -> None:
    """Log to stderr (unless logging is set up already), redacted and escaped; quiet the chatty libraries.

    The config's ``[logging]`` gives the format (text or JSON) and the level; without a config, text at ``level``.
    """
    root = logging.getLogger()
    if not root.handlers:
        stderr = logging.StreamHandler(sys.stderr)
        json_lines = config is not None and config.logging.format == "json"
        stderr.setFormatter(JsonFormatter() if json_lines else SafeFormatter(FORMAT))
        root.addHandler(stderr)
        root.setLevel(config.logging.level if config is not None else level)
    redactor = Redactor(secrets_of(config) if config is not None else ())
    for handler in root.handlers:
        for old in [f for f in handler.filters if isinstance(f, Redactor)]:
            handler.removeFilter(old)
        handler.addFilter(redactor)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
