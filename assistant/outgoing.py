"""A message to send, as the core queues it in the outbox (channel, kind, recipient, text, payload)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reply:
    """A message to send: what the service puts into the outbox."""

    channel: str
    kind: str                 # confirmation, rejection, clarification, acknowledgement, forward, ...
    recipient: str
    subject: str | None
    text: str
    html: str | None = None
    headers: dict[str, Any] = field(default_factory=dict)
    payload: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Reply({self.channel}:{self.kind} to {self.recipient!r}, subject={self.subject!r})"
