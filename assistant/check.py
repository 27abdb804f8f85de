"""``assistant check``: the config is valid, then each enabled part is tried for real, one line each.

The database (reachable, its migrations those of this version), the Maildir folders (writable),
IMAP (login, folders, IDLE), SMTP (EHLO, STARTTLS, AUTH; nothing sent), Telegram (``getMe``, the
webhook). Parts are tried at once, each within a few seconds; nothing is changed anywhere (a
database that is not there is not created). The channels' probes live with the channels
(``handlers/*probe.py``): this module wires them in, as the runner does the channels.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import NullPool
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

from assistant.config import Config, ConfigError, MaildirChannel
from assistant.logs import configure_logging
from assistant.preflight import nearest_existing, writable_folder
from assistant.probing import ProbeFailed, plain_reason
from storage.migrate import migrations

#: Seconds each network step of a part may take (connect, a command's answer).
STEP_SECONDS = 5.0


@dataclass(frozen=True)
class Result:
    """One part's outcome: works (✓) or not (✗), and what was seen or why not."""

    part: str
    ok: bool
    said: str

    def __str__(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.part}: {self.said}"


async def check(config: Config, source: Path, timeout: float = STEP_SECONDS) -> list[Result]:
    """The config (already valid when this runs) and every enabled part, in this order."""
    channels = config.channels
    parts: list[tuple[str, Callable[[], Awaitable[str]]]] = [("database", lambda: _database(config, timeout))]
    if channels.maildir.enabled:
        parts.append(("Maildir", lambda: asyncio.to_thread(_maildir, channels.maildir)))
    if channels.imap.enabled:
        parts.append(("IMAP", lambda: _imap(config, timeout)))
    if channels.smtp.enabled:
        parts.append(("SMTP", lambda: _smtp(config, timeout)))
    if channels.telegram.enabled:
        parts.append(("Telegram", lambda: _telegram(config, timeout)))
    tried = await asyncio.gather(*(_try(name, probe, timeout) for name, probe in parts))
    return [Result("config", True, f"{source} is valid"), *tried]


async def _try(part: str, probe: Callable[[], Awaitable[str]], timeout: float) -> Result:
    limit = 2 * timeout + 1   # a part takes a few steps; each is bounded too
    try:
        return Result(part, True, await asyncio.wait_for(probe(), limit))
    except (ProbeFailed, ConfigError) as exc:   # ConfigError: a secret not set
        return Result(part, False, str(exc))
    except TimeoutError:
        return Result(part, False, f"no answer within {limit:g} s")


# -- the parts ---------------------------------------------------------------------------------------


async def _database(config: Config, timeout: float) -> str:
    file = config.database.sqlite_file
    if file is not None and not file.exists():
        folder = nearest_existing(file.parent)
        try:
            writable_folder(folder)
        except OSError as exc:
            raise ProbeFailed(f"{file} does not exist and cannot be created ({folder}: {exc.strerror})") from None
        return f"{file} does not exist yet: the service creates it at start"
    url = config.database.url if file is None else f"sqlite+aiosqlite:///file:{file}?mode=ro&uri=true"
    engine = create_async_engine(url, poolclass=NullPool,
                                 connect_args={"timeout": timeout, "command_timeout": timeout} if file is None else {})
    try:
        async with engine.connect() as conn:
            state = await conn.run_sync(migrations)
    except (DBAPIError, OSError) as exc:
        reason = exc.orig if isinstance(exc, DBAPIError) else plain_reason(exc, config.database.shown, timeout)
        raise ProbeFailed(f"cannot open {config.database.shown} ({reason})") from None
    finally:
        await engine.dispose()
    shown, current, heads = config.database.shown, ", ".join(sorted(state.current)), ", ".join(sorted(state.heads))
    if state.up_to_date:
        return f"{shown}, migrations current ({heads})"
    if not state.current:
        return f"{shown} has no tables yet: the service creates them at start (or assistant db upgrade)"
    if not state.from_newer_version:
        return f"{shown} at migration {current}: the service brings it to {heads} at start (or assistant db upgrade)"
    raise ProbeFailed(f"{shown} is at migration {current}, which this version does not know "
                      "(written by a newer version?)")


def _maildir(settings: MaildirChannel) -> str:
    for role, folder in (("inbox", settings.inbox), ("outbox", settings.outbox)):
        there = nearest_existing(folder)
        try:
            writable_folder(there)
        except OSError as exc:
            raise ProbeFailed(f"cannot write in the {role} {there} ({exc.strerror})") from None
    return f"inbox {settings.inbox} and outbox {settings.outbox} writable"


async def _imap(config: Config, timeout: float) -> str:
    from handlers.imap_probe import probe_imap
    from handlers.oauth_tokens import channel_tokens
    settings = config.channels.imap
    settings.check_secrets()
    login = channel_tokens(settings, "channels.imap") or settings.password()
    return await asyncio.to_thread(probe_imap, settings, login, timeout)


async def _smtp(config: Config, timeout: float) -> str:
    from handlers.oauth_tokens import channel_tokens
    from handlers.smtp_probe import probe_smtp
    settings = config.channels.smtp
    settings.check_secrets()
    return await probe_smtp(settings, channel_tokens(settings, "channels.smtp") or settings.password(), timeout)


async def _telegram(config: Config, timeout: float) -> str:
    from handlers.telegram.probe import probe_telegram
    settings = config.channels.telegram
    return await probe_telegram(settings, settings.token(), timeout)


def run_check(config: Config, source: Path) -> int:
    """``assistant check``: print one line per part; 0 when every part works, else 1."""
    configure_logging(config)   # the libraries' own lines pass the redactor (a token in a URL)
    logging.getLogger("alembic").setLevel(logging.WARNING)   # not its "Context impl SQLiteImpl."
    results = asyncio.run(check(config, source))
    for result in results:
        print(result, flush=True)
    return 0 if all(r.ok for r in results) else 1
