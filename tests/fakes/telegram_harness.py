"""The real bot, service and dispatcher running against the fake Bot API, for tests and benchmarks.

``BotHarness`` starts the Application (long polling the fake, in-process or over HTTP), the
dispatcher with the TelegramSender and an e-mail outbox folder, on a real database. Any
handler exception is recorded and fails ``stop()``. ``telegram_config`` makes the example
config with the bot enabled and organiser ids set. The tests' ``harness`` fixture is in
``tests/handlers/telegram/conftest.py``.
"""

from __future__ import annotations

import asyncio
import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from telegram.ext import ContextTypes

from assistant.clock import Clock
from assistant.config import Config, parse_config
from assistant.dispatcher import Dispatcher
from assistant.service import Service
from handlers.maildir import MaildirOutbox
from handlers.telegram.bot import TelegramBot
from storage.database import Database, open_database
from storage.models import OutboxMessage, OutboxState
from tests.fakes.telegram_api import TOKEN, FakeRequest, FakeTelegram, FakeTelegramServer, Sent

ROOT = Path(__file__).resolve().parents[2]
ORGANISER_ID = 9001


def telegram_config(base_dir: Path, base_url: str = "http://127.0.0.1:9/bot", database_url: str | None = None,
                    **event: Any) -> Config:
    """The example config with the Telegram bot enabled (organiser: ``ORGANISER_ID``)."""
    data = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))
    data["channels"]["telegram"] = {"enabled": True, "token_env": "ANMALAN_TEST_TELEGRAM_TOKEN",
                                    "base_url": base_url, "mode": "polling"}
    data["channels"]["maildir"].update({"inbox": str(base_dir / "inbox"), "outbox": str(base_dir / "outbox")})
    data["organisers"]["telegram_ids"] = [ORGANISER_ID]
    data["database"]["url"] = database_url or f"sqlite+aiosqlite:///{base_dir / 'anmalan.db'}"
    for key, value in event.items():
        data["event"][key] = value
    return parse_config(data, base_dir)


class BotHarness:
    """The bot and its dispatcher, on the fake Bot API and a real database."""

    def __init__(self, config: Config, clock: Clock, fake: FakeTelegram | None = None, http: bool = False,
                 db: Database | None = None, messages_per_second: float = 30.0) -> None:
        self.config = config
        self.clock = clock
        self.fake = fake or FakeTelegram()
        self.http = http
        self.db = db or open_database(config.database.url)
        self.errors: list[BaseException] = []
        self.messages_per_second = messages_per_second
        self.server: FakeTelegramServer | None = None
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> BotHarness:
        """Migrate, start the dispatcher and the bot (polling)."""
        self.service = Service(self.config, self.db, self.clock)
        await self.service.prepare()
        self.dispatcher = Dispatcher(self.db, {}, self.clock, poll_seconds=0.05)
        kwargs: dict[str, Any] = {"token": TOKEN, "poll_timeout": 2,
                                  "messages_per_second": self.messages_per_second}
        if self.http:
            self.server = FakeTelegramServer(self.fake)
            await self.server.start()
            self.config = self.config.model_copy(update={"channels": self.config.channels.model_copy(update={
                "telegram": self.config.channels.telegram.model_copy(update={"base_url": self.server.base_url})})})
        else:
            kwargs["request"] = FakeRequest(self.fake)
            kwargs["updates_request"] = FakeRequest(self.fake)
        self.bot = TelegramBot(self.config, self.service, self.clock, self.dispatcher.wake.set, **kwargs)
        self.bot.add_error_handler(self._record_error)
        md = self.config.channels.maildir
        self.dispatcher.senders.update({"telegram": self.bot.sender,
                                        "email": MaildirOutbox(md.outbox, md.address, self.clock)})
        await self.bot.start()
        self._task = asyncio.create_task(self.dispatcher.run(self._stop))
        return self

    async def _record_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        self.errors.append(context.error)

    async def stop(self, dispose: bool = True) -> None:
        """Stop everything; raises when a handler failed."""
        self._stop.set()
        await self.fake.close()
        await self.bot.stop()
        if self._task is not None:
            await self._task
        if self.server is not None:
            await self.server.stop()
        if dispose:
            await self.db.dispose()
        if self.errors:
            raise AssertionError(f"a handler failed: {self.errors[0]!r}") from self.errors[0]

    async def send(self, user: dict[str, Any], text: str, expect: int = 1, waited: float = 0.0) -> list[Sent]:
        """The user writes ``text`` (``waited`` seconds ago); returns the ``expect`` things the bot then did."""
        before = len(self.fake.in_chat(user["id"]))
        self.fake.text(user, text, waited)
        return (await self.fake.wait_sent(user["id"], before + expect))[before:]

    async def press(self, user: dict[str, Any], sent: Sent, label: str, expect: int = 1) -> list[Sent]:
        """The user presses the button labelled (in part) ``label`` under ``sent``."""
        before = len(self.fake.in_chat(user["id"]))
        self.fake.press(user, sent, sent.button_data(label))
        return (await self.fake.wait_sent(user["id"], before + expect))[before:]

    async def drained(self, timeout: float = 5.0) -> None:
        """Wait until every reply queued so far has left (no outbox row pending); fails after ``timeout``.

        Once a turn's answer has arrived, whatever else that turn queued is in the outbox: after this,
        what was sent is all that will be (for asserting that nothing more happens).
        """
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            async with self.db.sessions() as session:
                pending = await session.scalar(select(func.count()).select_from(OutboxMessage)
                                               .where(OutboxMessage.state == OutboxState.PENDING))
            if not pending:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{pending} outbox rows still pending after {timeout} s")
            await asyncio.sleep(0.02)

    def emails(self) -> list[bytes]:
        """The e-mails the dispatcher wrote to the outbox folder."""
        folder = self.config.channels.maildir.outbox
        return [p.read_bytes() for p in sorted(folder.glob("*.eml"))] if folder.exists() else []

