"""One message as a channel hands it to the service, what became of it, and reading it (pure)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from assistant.config import Config
from assistant.mail_headers import MailFacts, read_mail_facts
from assistant.request import ParsedRequest


@dataclass(frozen=True)
class Inbound:
    """One message as a channel hands it in."""

    channel: str                      # "email" | "telegram"
    external_key: str                 # Message-ID, or Telegram update id
    raw: bytes                        # the .eml bytes, or the Update JSON
    received_at: dt.datetime
    source_ref: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Inbound({self.channel}:{self.external_key}, {len(self.raw)} bytes)"


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
