"""The interfaces the core calls and the channels implement: a sender of outbox rows and its failures.

The core (dispatcher, service) depends on these; the channels in ``handlers/`` implement them. The
clock, the third port, is in ``assistant/clock.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol


class TemporaryFailure(Exception):
    """The reply may go out later (connection refused, 4xx, rate limit); ``retry_after`` in seconds if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentFailure(Exception):
    """The reply can never go out as it is (5xx, user blocked the bot); the server's answer is kept."""


class Outgoing(Protocol):
    """One outbox row as a sender reads it (the stored row satisfies this)."""

    @property
    def id(self) -> int: ...
    @property
    def channel(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def recipient(self) -> str: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def body_text(self) -> str: ...
    @property
    def body_html(self) -> str | None: ...
    @property
    def headers(self) -> dict[str, Any]: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def created_at(self) -> dt.datetime: ...


class ChannelSender(Protocol):
    """Sends outbox rows of one channel."""

    channel: str

    async def send(self, row: Outgoing, original: bytes | None) -> None:
        """Send one row (``original``: the inbound message to attach, for forwards)."""
        ...
