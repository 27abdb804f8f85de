"""One Telegram update's unit of work: its inbound record, the chat's conversation state and the bot's
answers are written in ONE transaction — the service's — so each update is processed once and every
answer is sent by the dispatcher even after a crash.

A step collects what it wants to say with ``say``/``email`` and ends with ``commit`` (the chat's
own business: prompts, command answers) or ``submit`` (a request for the registration service,
which then writes the inbound record, the registrations and its reply in the same commit). Both
hand the service a ``ChatTurn`` with a typed conversation change (``KEEP``, ``END`` or
``SaveConversation``). Reads go through ``service.reading()``; nothing here opens a transaction.
A second delivery of the same update finds its record and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application

from assistant.chat import END, KEEP, ChatTurn, ConversationChange, TurnAction
from assistant.clock import Clock, arrival
from assistant.config import Config
from assistant.outgoing import Reply
from assistant.request import ParsedRequest, Sender
from assistant.service import Handled, Inbound, Service
from handlers.telegram.callback_data import Keyboard, Press, read

CHANNEL = "telegram"
CHAT_KIND = "chat"        # outbox kind of the bot's own texts (not counted by the reply limit)


@dataclass(frozen=True)
class BotContext:
    """What every Telegram callback needs, kept in ``application.bot_data``."""

    config: Config
    service: Service
    clock: Clock
    wake: Callable[[], None] = lambda: None


def bot_context(application: Application[Any, Any, Any, Any, Any, Any]) -> BotContext:
    """The application's BotContext."""
    ctx = application.bot_data["anmalan"]
    assert isinstance(ctx, BotContext)
    return ctx


def language_of(code: str | None, default: str) -> str:
    """The bot's language for a Telegram ``language_code``: English for English, else the event's."""
    return "en" if (code or "").lower().startswith("en") else default


@dataclass(frozen=True)
class Stored:
    """The chat's conversation as stored: its state and its data (JSON)."""

    state: str
    data: dict[str, Any]

    def __repr__(self) -> str:
        return f"Stored({self.state!r})"


class Turn:
    """An update being handled: who wrote, what, the chat's conversation, and what to answer."""

    def __init__(self, ctx: BotContext, update: Update, lang: str | None = None) -> None:
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        self.ctx = ctx
        self.update = update
        self.update_id = update.update_id
        self.user_id = user.id
        self.chat_id = chat.id
        self.chat_key = str(chat.id)
        self.profile_name = user.full_name.strip() or None
        self.sender = Sender(CHANNEL, str(user.id), self.profile_name)
        query = update.callback_query
        self.text = update.message.text if update.message and update.message.text else None
        self.press: Press | None = read(query.data) if query is not None else None
        self.prompt_id = query.message.message_id if query is not None and query.message else None
        self.now = ctx.clock.now()
        # when the message reached Telegram: updates wait there while the bot is down
        self.arrived = arrival(ctx.clock, update.message.date if update.message else None)
        self.lang = lang or language_of(user.language_code, ctx.config.event.language)
        self.stored: Stored | None = None
        self.outgoing: list[Reply] = []
        self.toast: str | None = None     # a short notice on the pressed button (answerCallbackQuery)
        self.finished = False             # committed or submitted: nothing more is written

    @property
    def config(self) -> Config:
        """The configuration."""
        return self.ctx.config

    def raw(self) -> bytes:
        """The update as the Bot API sent it (JSON), stored as the inbound record's raw message."""
        return json.dumps(self.update.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    def inbound(self, answers_question: bool = False, answer: str | None = None) -> Inbound:
        """The update as the service's Inbound (``answer``: the word of a pressed answer button, "ja" / "nej")."""
        ref: dict[str, Any] = {"chat_id": self.chat_id}
        if answers_question:
            ref["answers_question"] = True
        if answer is not None:
            ref["answer"] = answer
        return Inbound(CHANNEL, str(self.update_id), self.raw(), self.arrived, ref)

    async def load(self) -> Stored | None:
        """Read the chat's conversation (None when there is none under way)."""
        async with self.ctx.service.reading() as uow:
            row = await uow.conversations.get(self.chat_key)
        self.stored = Stored(row.state, dict(row.data)) if row is not None and row.state is not None else None
        return self.stored

    def say(self, text: str, buttons: Keyboard | None = None, edit: bool = False, **payload: Any) -> None:
        """Answer in the chat (``edit``: replace the prompt whose button was pressed)."""
        data: dict[str, Any] = dict(payload)
        if buttons:
            data["buttons"] = buttons
        if edit and self.prompt_id is not None:
            data["edit_message_id"] = self.prompt_id
        self.outgoing.append(Reply(CHANNEL, CHAT_KIND, self.chat_key, None, text, payload=data))

    def answer(self, text: str) -> Reply:
        """An answer in the chat, made by work inside the service's transaction."""
        return Reply(CHANNEL, CHAT_KIND, self.chat_key, None, text)

    def email(self, to: str, subject: str, text: str, kind: str) -> None:
        """Send an e-mail (e.g. a link code to a registered address)."""
        self.outgoing.append(Reply("email", kind, to, subject, text))

    async def commit(self, *, intent: str | None = None, conversation: ConversationChange = KEEP,
                     action: TurnAction | None = None) -> bool:
        """Hand the update, the conversation's change and the answers to the service (one transaction).

        ``action`` runs in that transaction (it may add answers). False when the update was processed before.
        """
        done = await self.ctx.service.record_turn(self.inbound(), self._turn(intent, conversation, action),
                                                  sender=self.sender.address)
        self._finish()
        return done

    async def submit(self, request: ParsedRequest, *, conversation: ConversationChange = END,
                     answers_question: bool = False, answer: str | None = None) -> Handled:
        """Hand a request to the registration service, with the conversation's change and the answers."""
        handled = await self.ctx.service.submit(self.inbound(answers_question, answer), request,
                                                turn=self._turn(None, conversation, None))
        self._finish()
        return handled

    def _turn(self, intent: str | None, conversation: ConversationChange, action: TurnAction | None) -> ChatTurn:
        return ChatTurn(self.chat_key, intent, conversation, tuple(self.outgoing), action)

    def _finish(self) -> None:
        self.finished = True
        self.ctx.wake()

    def __repr__(self) -> str:
        state = self.stored.state if self.stored else None
        return f"Turn(update={self.update_id}, chat={self.chat_id}, state={state!r})"
