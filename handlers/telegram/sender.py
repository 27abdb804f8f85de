"""Sends Telegram outbox rows through the Bot API, and tells temporary failures from permanent ones.

An outbox row of channel ``telegram`` has the chat id as recipient and the text as body.
Its payload may ask for more (all plain JSON, so the row survives a restart):

- ``buttons``: rows of ``[label, callback_data]`` → an inline keyboard;
- ``yes_no``: a language → the buttons that answer our question about an unsure reading ("Ja, stämmer" /
  "Nej, ändra", ``answers.py``); with ``choices`` (ISO dates), the question which session is meant: a button
  for each of them instead of the yes;
- ``edit_message_id``: edit that message instead of sending a new one (a conversation
  step updating its own prompt);
- ``document``: ``{"filename", "base64"}`` → sent as a file after the text;
- ``calendar``: confirmation entries → an ``.ics`` file after the text, as e-mail gets.

Texts over Telegram's 4,096-character limit are split at line breaks.
Failures map onto the dispatcher's vocabulary: ``RetryAfter`` → ``TemporaryFailure`` with
its ``retry_after``; network errors, timeouts and 5xx → ``TemporaryFailure``; 403 (the user
blocked the bot) and other 4xx → ``PermanentFailure``, never retried.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from assistant.clock import Clock
from assistant.ports import Outgoing, PermanentFailure, TemporaryFailure
from assistant.replies import short_date
from handlers.calendar_file import build_ics
from handlers.telegram.callback_data import DAY, Keyboard, Kind, button, yes_or_no
from handlers.telegram.texts import say

log = logging.getLogger("anmalan.telegram")

MAX_TEXT = 4096


def retry_seconds(exc: RetryAfter) -> float:
    """How long Telegram asked to wait, in seconds (PTB gives a timedelta once opted in, see ``bot.py``; else an int)."""
    wait: dt.timedelta | float = exc.retry_after
    return wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at line breaks where possible."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:].lstrip("\n")
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def keyboard(buttons: list[list[list[str]]] | None) -> InlineKeyboardMarkup | None:
    """The inline keyboard of a payload's ``buttons`` (rows of [label, callback data])."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                 for row in buttons])


def yes_no_buttons(lang: str) -> Keyboard:
    """The answers to our question about an unsure reading: yes (it goes ahead), no (write what to change)."""
    lang = "en" if lang == "en" else "sv"
    return yes_or_no(say(lang, "button_yes_right"), say(lang, "button_no_change"), Kind.ANSWER, lang, "yes")


def choice_buttons(lang: str, days: list[str]) -> Keyboard:
    """The answers to our question which session is meant: one button a session (pressed, it is the answer, as
    the date typed would be), then "no, change" (write what to change)."""
    lang = "en" if lang == "en" else "sv"
    picks = [button(short_date(dt.date.fromisoformat(day), lang), Kind.ANSWER, lang, DAY, day) for day in days]
    return [picks[i:i + 2] for i in range(0, len(picks), 2)] + [[button(say(lang, "button_no_change"), Kind.ANSWER,
                                                                         lang, "no")]]


class TelegramSender:
    """The dispatcher's sender for channel ``telegram``."""

    channel = "telegram"

    def __init__(self, bot: Bot, clock: Clock, calendar_domain: str = "anmalan.local") -> None:
        """``calendar_domain``: the domain of the calendar files' UIDs (``config.channels.mail_domain``)."""
        self.bot = bot
        self.clock = clock
        self.calendar_domain = calendar_domain

    async def send(self, row: Outgoing, original: bytes | None) -> None:
        """Send one row; raises TemporaryFailure or PermanentFailure when it did not go out."""
        try:
            await self._send(row)
        except RetryAfter as exc:
            seconds = retry_seconds(exc)
            raise TemporaryFailure(f"rate limited by Telegram: retry after {seconds:.0f} s", seconds) from exc
        except Forbidden as exc:
            raise PermanentFailure(f"forbidden: {exc.message}") from exc
        except BadRequest as exc:
            if "message is not modified" in exc.message.lower():
                return  # the prompt already shows this; nothing to do
            raise PermanentFailure(f"bad request: {exc.message}") from exc
        except (TimedOut, NetworkError) as exc:
            raise TemporaryFailure(f"network: {exc.message}") from exc
        except TelegramError as exc:
            raise TemporaryFailure(f"telegram: {exc.message}") from exc

    async def _send(self, row: Outgoing) -> None:
        payload: dict[str, Any] = row.payload or {}
        chat_id = int(row.recipient)
        yes_no = payload.get("yes_no")
        picks = payload.get("choices")
        markup = keyboard(payload.get("buttons") or (choice_buttons(str(yes_no), list(picks)) if yes_no and picks
                                                     else yes_no_buttons(str(yes_no)) if yes_no else None))
        edit = payload.get("edit_message_id")
        if edit is not None:
            await self.bot.edit_message_text(row.body_text[:MAX_TEXT], chat_id=chat_id, message_id=int(edit),
                                             reply_markup=markup)
        else:
            pieces = split_text(row.body_text)
            for i, piece in enumerate(pieces):
                last = i == len(pieces) - 1
                await self.bot.send_message(chat_id, piece, reply_markup=markup if last else None)
        document = payload.get("document")
        if document:
            await self.bot.send_document(chat_id, base64.b64decode(document["base64"]),
                                         filename=document["filename"], caption=document.get("caption"))
        calendar = payload.get("calendar")
        if calendar:
            ics = build_ics(calendar, self.calendar_domain, self.clock.now(), row.created_at)
            await self.bot.send_document(chat_id, ics, filename="traffar.ics")
        log.info("telegram %s (%s) sent to chat %s", row.id, row.kind, chat_id)
