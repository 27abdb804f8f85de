"""Half-finished chat conversations, one per chat, so that a restart does not lose them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.traces import Traces
from storage.models import Conversation


class ConversationRepository:
    """Reads and writes a chat's conversation state; flushes, never commits."""

    def __init__(self, session: AsyncSession, channel: str = "telegram") -> None:
        self.session = session
        self.channel = channel

    async def get(self, chat_key: str) -> Conversation | None:
        """The chat's conversation, if one is under way."""
        row: Conversation | None = await self.session.scalar(select(Conversation).where(
            Conversation.channel == self.channel, Conversation.chat_key == chat_key))
        return row

    async def save(self, chat_key: str, state: str, data: dict[str, Any], now: dt.datetime) -> Conversation:
        """Store the chat's state and data (replacing what was there)."""
        row = await self.get(chat_key)
        if row is None:
            row = Conversation(channel=self.channel, chat_key=chat_key, state=state, data=dict(data),
                               updated_at=now)
            self.session.add(row)
        else:
            row.state = state
            row.data = dict(data)   # a new dict, so the JSON column sees the change
            row.updated_at = now
        await self.session.flush()
        return row

    async def end(self, chat_key: str) -> None:
        """Forget the chat's conversation (finished, cancelled, or erased)."""
        await self.session.execute(delete(Conversation).where(
            Conversation.channel == self.channel, Conversation.chat_key == chat_key))

    async def forget(self, traces: Traces) -> int:
        """Erasure: delete the conversations of the person's chats, and any whose data holds a trace of them
        (every channel)."""
        rows = (await self.session.execute(select(Conversation.id, Conversation.chat_key, Conversation.data))).all()
        gone = [i for i, key, data in rows if key in traces.chat_keys or traces.in_value(data)]
        if gone:
            await self.session.execute(delete(Conversation).where(Conversation.id.in_(gone)))
        return len(gone)

    async def forget_all(self) -> None:
        """Retention: delete every conversation (every channel)."""
        await self.session.execute(delete(Conversation))
