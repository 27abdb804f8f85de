"""The Telegram tests' fixture: the bot, its service and dispatcher, running against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from tests.fakes.telegram_harness import BotHarness, telegram_config


@pytest.fixture
async def harness(tmp_path: Path, clock: FixedClock) -> AsyncIterator[BotHarness]:
    """The bot running in-process against the fake, on a fresh SQLite database (fails on handler errors)."""
    h = await BotHarness(telegram_config(tmp_path), clock).start()
    yield h
    await h.stop()
