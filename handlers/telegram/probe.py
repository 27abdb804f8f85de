"""``assistant check`` for the Telegram bot: ``getMe`` with the token, and the webhook Telegram holds.

Polling needs no webhook set (another instance may be receiving the updates by webhook); webhook
mode needs none or ours. Nothing is changed. Every call is bounded by ``timeout``.
"""

from __future__ import annotations

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from assistant.config import TelegramChannel
from assistant.probing import ProbeFailed


async def probe_telegram(settings: TelegramChannel, token: str, timeout: float) -> str:
    """What works (one line), or ProbeFailed with the reason in plain words (the token never in it)."""
    request = HTTPXRequest(connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout, pool_timeout=timeout)
    bot = Bot(token, base_url=settings.base_url, base_file_url=settings.base_file_url, request=request)
    where = settings.base_url
    try:
        async with bot:   # getMe
            name = bot.username
            hook = (await bot.get_webhook_info()).url
    except InvalidToken:
        raise ProbeFailed(f"{where} refused the bot token ({settings.token_env})") from None
    except TimedOut:
        raise ProbeFailed(f"no answer from {where} within {timeout:g} s") from None
    except NetworkError as exc:
        raise ProbeFailed(f"cannot reach {where} ({exc.message})".replace(token, "<token>")) from None
    except TelegramError as exc:
        raise ProbeFailed(f"{where} answered: {exc.message}".replace(token, "<token>")) from None
    return f"bot @{name} at {where}, " + _webhook_state(settings, hook)


def _webhook_state(settings: TelegramChannel, hook: str) -> str:
    """How the webhook Telegram holds fits the configured mode; ProbeFailed where it does not."""
    if settings.mode == "polling":
        if hook:
            raise ProbeFailed(f"a webhook is set ({hook}): another instance may receive this bot's updates "
                              "that way; polling would remove it (channels.telegram.mode)")
        return "polling (no webhook set)"
    if not hook:
        return f"webhook not set yet: the service sets {settings.webhook_url} at start"
    if hook != settings.webhook_url:
        raise ProbeFailed(f"Telegram sends this bot's updates to {hook}, not to {settings.webhook_url} "
                          "(channels.telegram.webhook_url): another instance?")
    return f"webhook {hook}"
