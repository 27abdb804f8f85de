"""What a chat channel hands the service for one turn: the conversation's next state, the bot's answers,
and the chat's own business to do in the same transaction (typed; the service runs it and commits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.outgoing import Reply

if TYPE_CHECKING:
    from storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class KeepConversation:
    """Leave the chat's conversation as it is."""


@dataclass(frozen=True)
class EndConversation:
    """The chat's conversation is over (finished, cancelled or erased)."""


@dataclass(frozen=True)
class SaveConversation:
    """The chat's conversation goes on in ``state`` with ``data`` (JSON)."""

    state: str
    data: dict[str, Any] = field(default_factory=dict)


ConversationChange = KeepConversation | EndConversation | SaveConversation
KEEP = KeepConversation()
END = EndConversation()

#: Work a turn needs inside the service's transaction (e.g. mail a link code); returns more answers.
TurnAction = Callable[["UnitOfWork", dt.datetime], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class ChatTurn:
    """One chat update's outcome besides any registration request: what to store and to answer."""

    chat_key: str
    intent: str | None = None
    conversation: ConversationChange = KEEP
    replies: tuple[Reply, ...] = ()
    action: TurnAction | None = None

    def __repr__(self) -> str:
        return f"ChatTurn(chat={self.chat_key}, intent={self.intent}, {self.conversation}, {len(self.replies)} replies)"
