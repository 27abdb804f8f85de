"""One message as a channel hands it to the service, what became of it, and reading it (pure)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from assistant.bounded import hashed
from assistant.config import Config
from assistant.mail_headers import MailFacts, read_mail_facts
from assistant.request import ParsedRequest


@dataclass(frozen=True)
class Inbound:
    """One message as a channel hands it in."""

    channel: str                      # "email" | "telegram"
    external_key: str                 # mail: ``mail_key``; Telegram: the update id
    raw: bytes                        # the .eml bytes, or the Update JSON
    received_at: dt.datetime
    source_ref: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Inbound({self.channel}:{self.external_key}, {len(self.raw)} bytes)"


#: A Message-ID longer than this (or not storable as it is) is keyed by its SHA-256.
MESSAGE_ID_KEPT = 400
_END_OF_HEADERS = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_MESSAGE_ID = re.compile(rb"<[^<>\s]+>")
_DIGESTED = (b"from", b"reply-to", b"subject")


def mail_key(raw: bytes) -> str:
    """The key that tells one e-mail from every other: ``<Message-ID> <digest>``, the digest (32 hex
    digits of SHA-256) taken of the sender (From, Reply-To), the subject and the body as sent.

    The same mail fetched again (IMAP after a crash, the same Maildir file, a copy re-delivered with
    other Received headers) has the same key, so it is recognised as seen; a different mail that
    reuses a Message-ID (web forms and mail merges do) has another. A Message-ID of more than
    ``MESSAGE_ID_KEPT`` characters is replaced by its hash, so a key never outgrows its column. A mail
    without a Message-ID is keyed by the SHA-256 of all its bytes. Read from the raw bytes only (no
    header decoding), so the key of a stored message never changes when decoding does.
    """
    end = _END_OF_HEADERS.search(raw)
    head, body = (raw[:end.start()], raw[end.end():]) if end else (raw, b"")
    headers: dict[bytes, bytes] = {}
    for line in _FOLD.sub(b"", head).splitlines():
        name, colon, value = line.partition(b":")
        if colon:
            headers.setdefault(name.strip().lower(), b" ".join(value.split()))
    found = _MESSAGE_ID.search(headers.get(b"message-id", b""))
    if found is None:
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    digest = hashlib.sha256()
    for name in _DIGESTED:
        digest.update(name + b":" + headers.get(name, b"") + b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip(b"\n"))
    message_id = hashed(found.group(0).decode("utf-8", "surrogateescape"), MESSAGE_ID_KEPT)
    return f"{message_id} {digest.hexdigest()[:32]}"


@dataclass(frozen=True)
class Handled:
    """What became of a message."""

    inbound_id: int | None
    duplicate: bool
    state: str
    intent: str | None = None
    summary: str = ""


def parse_inbound(inbound: Inbound, config: Config) -> tuple[ParsedRequest | None, MailFacts | None]:
    """The request a message makes (None when it is too large to parse) and, for mail, its header facts."""
    if inbound.channel == "email":
        facts = read_mail_facts(inbound.raw)
        if len(inbound.raw) > config.limits.max_message_bytes:
            return None, facts
        from assistant.parsing.parser import parse_email
        return parse_email(inbound.raw, config, inbound.received_at), facts
    if inbound.channel == "telegram":
        from assistant.parsing.parser import parse_telegram_update
        update = json.loads(inbound.raw.decode("utf-8"))
        return parse_telegram_update(update, config, inbound.received_at), None
    raise ValueError(f"unknown channel {inbound.channel!r}")
