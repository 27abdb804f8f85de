"""What a channel's sender reports when a reply could not go out: try again later, or never."""

from __future__ import annotations

from typing import Protocol

from storage.models import OutboxMessage


class TemporaryFailure(Exception):
    """The reply may go out later (connection refused, 4xx, rate limit); ``retry_after`` in seconds if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentFailure(Exception):
    """The reply can never go out as it is (5xx, user blocked the bot); the server's answer is kept."""


class ChannelSender(Protocol):
    """Sends outbox rows of one channel."""

    channel: str

    async def send(self, row: OutboxMessage, original: bytes | None) -> None:
        """Send one row (``original``: the inbound message to attach, for forwards)."""
        ...
