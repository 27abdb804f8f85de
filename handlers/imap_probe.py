"""``assistant check`` for IMAP: connect, log in, look for the folders and IDLE, log out; change nothing.

Blocking (imap-tools): run it in a worker thread. Every socket operation is bounded by ``timeout``.
"""

from __future__ import annotations

import contextlib
import imaplib

from imap_tools import BaseMailBox
from imap_tools.errors import ImapToolsError, MailboxLoginError

from assistant.config import ImapChannel
from assistant.probing import ProbeFailed, plain_reason
from handlers.imap_connection import log_in, open_mailbox
from handlers.oauth_tokens import AccessTokens, TokenError


def probe_imap(settings: ImapChannel, login: str | AccessTokens, timeout: float) -> str:
    """What works (one line), or ProbeFailed with the reason in plain words. ``login``: the password, or
    the tokens of an OAuth login (XOAUTH2)."""
    where = f"{settings.host}:{settings.port}"
    try:
        box = open_mailbox(settings, timeout)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ProbeFailed(plain_reason(exc, where, timeout)) from None
    try:
        return _logged_in(box, settings, login, where)
    except (OSError, imaplib.IMAP4.error, ImapToolsError) as exc:
        raise ProbeFailed(plain_reason(exc, where, timeout)) from None
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error, ValueError):
            box.client.logout()


def _logged_in(box: BaseMailBox, settings: ImapChannel, login: str | AccessTokens, where: str) -> str:
    try:
        log_in(box, settings.user, login)
    except MailboxLoginError as exc:
        said = _said(exc.command_result)
        raise ProbeFailed(f"login as {settings.user!r} refused by {where}: {said}") from None
    except TokenError as exc:
        raise ProbeFailed(f"OAuth login ({settings.auth}) as {settings.user!r} at {where}: {exc}") from None
    typ, data = box.client.capability()
    capabilities = set(data[-1].decode("ascii", "replace").upper().split()) if typ == "OK" and data else set()
    if not box.folder.exists(settings.folder):
        raise ProbeFailed(f"logged in as {settings.user!r}, but there is no folder {settings.folder!r} "
                          "(channels.imap.folder)")
    folders = f"folder {settings.folder!r} there"
    processed = settings.processed_folder
    if processed and processed != settings.folder:
        folders = (f"folders {settings.folder!r} and {processed!r} there" if box.folder.exists(processed) else
                   f"folder {settings.folder!r} there, {processed!r} not yet (the service creates it)")
    idle = "IDLE" if "IDLE" in capabilities else "no IDLE (the service polls)"
    return f"logged in as {settings.user!r} at {where} ({settings.security}); {folders}; {idle}"


def _said(result: object) -> str:
    """The server's words from an imap-tools command result ``(typ, [b"text"])``."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list) and result[1]:
        text = result[1][0]
        return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return str(result)
