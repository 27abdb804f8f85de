"""The Telegram channel: a python-telegram-bot Application wired to the registration service.

Updates arrive by long polling (default) or a webhook (``channels.telegram.mode``). Every
update becomes a Turn (``turn.py``): free text goes through the same parser, rules,
transaction and outbox as e-mail; a signup lacking facts turns into the conversation of
``conversation.py``; commands live in ``commands.py``; a button press goes to the handler of
its kind (``callbacks.py``; the data is written and read in ``callback_data.py``). The bot
answers only through the outbox: ``TelegramSender`` (``sender.py``) is the dispatcher's sender.

Robustness: a 429's ``retry_after`` is waited out in place when short (``PatientRateLimiter``),
otherwise handed to the outbox's retry schedule; a second instance polling the same token is
reported (409 Conflict) clearly in the log. Only private chats are served.

The wiring — the command table and the handlers in PTB's order — is ``wire``, at the bottom.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import Conflict, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from assistant.clock import Clock
from assistant.config import Config
from assistant.parsing.complexity import TooComplex
from assistant.request import Intent, ParsedRequest
from assistant.rules.base import Asking
from assistant.rules.order import REQUEST_RULES
from assistant.service import Service
from assistant.tokens import LINK_CODE
from handlers.telegram import commands, organiser_commands
from handlers.telegram.answers import question_open
from handlers.telegram.callbacks import on_press
from handlers.telegram.conversation import (
    continue_conversation,
    on_stop,
    start_from_text,
    start_signup,
)
from handlers.telegram.sender import TelegramSender, retry_seconds
from handlers.telegram.turn import BotContext, Turn, bot_context

log = logging.getLogger("anmalan.telegram")

MAX_INLINE_WAIT = 2.0          # seconds of 429 waited out in place; longer waits go back to the outbox
POLL_TIMEOUT = 10              # seconds a getUpdates long poll may wait

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
Action = Callable[[Turn], Awaitable[None]]


class _LongWait(Exception):
    def __init__(self, original: RetryAfter) -> None:
        super().__init__(str(original))
        self.original = original


class PatientRateLimiter(AIORateLimiter):
    """Telegram's flood limits, with ``max_retries`` retries of a 429 — but only of short waits.

    A long ``retry_after`` is not slept through (the dispatcher would hold its transaction): it
    is raised at once, and the sender turns it into the outbox's TemporaryFailure(retry_after).
    """

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        async def guarded(*a: Any, **kw: Any) -> Any:
            try:
                return await callback(*a, **kw)
            except RetryAfter as exc:
                if retry_seconds(exc) > MAX_INLINE_WAIT:
                    raise _LongWait(exc) from exc
                raise
        try:
            return await super().process_request(guarded, args, kwargs, endpoint, data, rate_limit_args)
        except _LongWait as wait:
            raise wait.original from None


def use_timedeltas() -> None:
    """Have PTB give durations (``RetryAfter.retry_after``) as timedeltas, as PTB 23 will.

    PTB 22 opts in through the environment variable ``PTB_TIMEDELTA``; without it, it warns each
    time it makes a RetryAfter (a 429). Set for this process when the bot is built, unless set already.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def webhook_secret(token: str) -> str:
    """The secret Telegram sends with webhook calls (derived from the token: no extra setting)."""
    return hashlib.sha256(b"anmalan-webhook:" + token.encode()).hexdigest()[:48]


def missing_facts(config: Config, request: ParsedRequest) -> list[str]:
    """What the rules would ask for before registering this request."""
    asking = Asking(config, request, False)
    return [m for m in (rule.missing(asking) for rule in REQUEST_RULES) if m]


# -- updates -------------------------------------------------------------------------------------

async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take a message: a conversation's answer, a link code, or free text for the parser and rules."""
    turn = Turn(bot_context(context.application), update)
    if await turn.load() is not None and turn.text:
        await continue_conversation(turn)
    elif turn.text and LINK_CODE.search(turn.text):
        await commands.use_link_code(turn)
    else:
        await _free_text(turn)


async def _free_text(turn: Turn) -> None:
    """Parse the message like e-mail; a signup that lacks facts becomes a conversation."""
    ctx = turn.ctx
    try:   # in the parser's own process, within its limits, like e-mail
        request, _ = await ctx.service.parser.parse(turn.inbound())
    except (TooComplex, Exception) as exc:  # noqa: BLE001 - handle() stores it as failed, with its reason
        log.warning("parsing telegram update %s failed: %s", turn.update_id, exc)
        request = None
    if request is None:
        await ctx.service.handle(turn.inbound())   # stored as failed, for review
        ctx.wake()
        return
    missing = missing_facts(ctx.config, request)
    # a reading with doubt is asked about by the service, and an open question's answer goes to it
    if (request.intent is Intent.REGISTER and missing and turn.text and not request.unsure
            and not await question_open(turn)):
        await start_from_text(turn, request, missing)
    else:
        await ctx.service.submit(turn.inbound(), request)
        ctx.wake()


def _command(action: Action) -> Callback:
    """A command's callback: the turn speaks the language the command was typed in."""
    async def callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        ctx = bot_context(context.application)
        await action(Turn(ctx, update, _lang_of_command(update, ctx.config.event.language)))
    return callback


def _command_args(action: Callable[[Turn, list[str]], Awaitable[None]]) -> Callback:
    """A command's callback that also takes the words after the command."""
    async def callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        ctx = bot_context(context.application)
        await action(Turn(ctx, update, _lang_of_command(update, ctx.config.event.language)),
                     list(context.args or []))
    return callback


def _lang_of_command(update: Update, default: str) -> str | None:
    """English for an English alias, the event's language for a Swedish name, else None (the user's)."""
    text = update.message.text if update.message and update.message.text else ""
    word = text.split()[0].lstrip("/").split("@")[0].lower() if text.split() else ""
    if word in _ENGLISH:
        return "en"
    return default if word in _SWEDISH else None


async def _log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("telegram update %s: handler failed", getattr(update, "update_id", "?"), exc_info=context.error)


# -- the bot -------------------------------------------------------------------------------------

class TelegramBot:
    """The running bot: its Application, its outbox sender, and start/stop for the runner."""

    def __init__(self, config: Config, service: Service, clock: Clock, wake: Callable[[], None] = lambda: None,
                 *, token: str | None = None, request: BaseRequest | None = None,
                 updates_request: BaseRequest | None = None, poll_timeout: int = POLL_TIMEOUT,
                 messages_per_second: float = 30.0) -> None:
        use_timedeltas()
        self.config = config
        self.settings = config.channels.telegram
        self.token = token or self.settings.token()
        self.poll_timeout = poll_timeout
        self.conflicts = 0
        builder = (ApplicationBuilder().token(self.token).base_url(self.settings.base_url)
                   .base_file_url(self.settings.base_file_url)
                   # Telegram's flood limit (30 messages/s overall); 2 retries of short 429 waits
                   .rate_limiter(PatientRateLimiter(overall_max_rate=messages_per_second, max_retries=2)))
        if request is not None:
            builder = builder.request(request).get_updates_request(updates_request or request)
        else:
            builder = builder.connect_timeout(10).read_timeout(15).write_timeout(30).pool_timeout(10) \
                .get_updates_read_timeout(poll_timeout + 10)
        self.application: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        self.application.bot_data["anmalan"] = BotContext(config, service, clock, wake)
        self.sender = TelegramSender(self.application.bot, clock, config.channels.mail_domain)
        wire(self.application)

    def add_error_handler(self, callback: Callable[[object, Any], Coroutine[Any, Any, None]]) -> None:
        """Also call ``callback`` when a handler raises (tests fail on it)."""
        self.application.add_error_handler(callback)

    def _polling_error(self, error: TelegramError) -> None:
        if isinstance(error, Conflict):
            self.conflicts += 1
            log.error("another instance is polling this bot's token (Telegram: %s). Only one instance may "
                      "poll: stop the other one, or run one instance in webhook mode.", error.message)
        else:
            log.warning("getUpdates failed (retrying with backoff): %s", error)

    async def start(self) -> None:
        """Connect (getMe), then poll or set the webhook."""
        app = self.application
        await app.initialize()
        await app.start()
        assert app.updater is not None
        allowed = ["message", "callback_query"]
        if self.settings.mode == "webhook":
            if not self.settings.webhook_url:
                raise RuntimeError("channels.telegram.webhook_url must be set in webhook mode")
            await app.updater.start_webhook(
                listen=self.settings.webhook_listen, port=self.settings.webhook_port,
                url_path="telegram", webhook_url=self.settings.webhook_url, allowed_updates=allowed,
                secret_token=webhook_secret(self.token))
            log.info("Telegram bot @%s receiving updates by webhook at %s", app.bot.username,
                     self.settings.webhook_url)
        else:
            await app.updater.start_polling(timeout=self.poll_timeout, allowed_updates=allowed,
                                            error_callback=self._polling_error)
            log.info("Telegram bot @%s polling for updates", app.bot.username)

    async def stop(self) -> None:
        """Stop receiving, finish the update in hand, and close the connections."""
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()


# -- wiring --------------------------------------------------------------------------------------

#: (Swedish name, English alias, callback): a command typed in English is answered in English; one
#: without an alias in the user's language.
COMMANDS: tuple[tuple[str, str | None, Callback], ...] = (
    ("start", None, _command(commands.show_start)),
    ("hjalp", "help", _command(commands.show_help)),
    ("anmal", "register", _command(start_signup)),
    ("status", None, _command(commands.show_status)),
    ("avanmal", "cancel", _command(commands.ask_cancel)),
    ("radera", "erase", _command(commands.ask_erase)),
    ("koppla", "link", _command_args(commands.ask_link)),
    ("avbryt", "stop", _command(on_stop)),
    ("sammanfattning", "summary", _command(commands.show_summary)),
    ("lista", "list", _command_args(commands.show_list)),
    ("export", None, _command(commands.send_export)),
    ("vantelista", "waitlist", _command(commands.show_waitlist)),
    *((name, None, _command_args(organiser_commands.command(name))) for name in organiser_commands.COMMANDS),
)

_ENGLISH = frozenset(english for _, english, _ in COMMANDS if english)
_SWEDISH = frozenset(swedish for swedish, english, _ in COMMANDS if english)   # those with an English alias


def wire(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Route private chats' commands, button presses and messages to their callbacks (in PTB's order)."""
    private = filters.ChatType.PRIVATE
    for swedish, english, callback in COMMANDS:
        application.add_handler(CommandHandler([swedish, english] if english else [swedish], callback,
                                               filters=private))
    application.add_handler(MessageHandler(private & filters.COMMAND, _command(commands.show_help)))  # unknown
    application.add_handler(CallbackQueryHandler(on_press))      # callbacks.BUTTONS routes a press
    application.add_handler(MessageHandler(private & ~filters.COMMAND, on_message))
    application.add_error_handler(_log_error)
