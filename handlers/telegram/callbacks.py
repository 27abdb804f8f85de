"""A button press, routed to its handler: the one table of callback-data prefixes (``BUTTONS``).

Every inline button's callback data starts with its kind's prefix (``callback_data.Kind``: ``c``
the signup conversation, ``av`` /avanmal, ``er`` /radera, ``vu`` our question about an unsure reading, ``ar`` an organiser's action); the table says which handler takes a
press of each kind, and the handler reads the rest of the data. A press of no kind this bot
makes is recorded and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers.telegram import answers, commands, conversation, organiser_commands
from handlers.telegram.callback_data import Kind
from handlers.telegram.turn import Turn, bot_context

log = logging.getLogger("anmalan.telegram")

Action = Callable[[Turn], Awaitable[None]]

#: The handler of each kind of button.
BUTTONS: dict[Kind, Action] = {
    Kind.CONVERSATION: conversation.on_button,
    Kind.CANCEL: commands.on_cancel_button,
    Kind.ERASE: commands.on_erase_button,
    Kind.ANSWER: answers.on_answer_button,
    Kind.ORGANISER: organiser_commands.on_button,
}


async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take an inline button press: its kind's handler acts (one turn); then the button's spinner stops."""
    turn = Turn(bot_context(context.application), update)
    handler = BUTTONS.get(turn.press.kind) if turn.press is not None else None
    if handler is None:
        await turn.commit(intent="stale-button")
    else:
        await handler(turn)
    query = update.callback_query
    assert query is not None
    try:
        await query.answer(turn.toast)
    except TelegramError as exc:   # only the spinner on the button is affected
        log.info("answering callback query of update %s failed: %s", turn.update_id, exc)
