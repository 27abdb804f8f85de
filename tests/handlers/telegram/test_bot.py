"""The bot wired over real HTTP long polling, and a second instance on the same token detected."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from handlers.telegram.bot import webhook_secret
from tests.fakes.telegram_api import FakeTelegram, user
from tests.fakes.telegram_harness import BotHarness, telegram_config

KALLE = user(1001, "Kalle", "Svensson")


async def test_signup_over_http_long_polling(tmp_path: Path, clock: FixedClock) -> None:
    h = await BotHarness(telegram_config(tmp_path), clock, http=True).start()
    try:
        assert [c[0] for c in h.fake.calls[:2]] == ["getMe", "deleteWebhook"]
        out = await h.send(KALLE, "Hej, jag vill anmäla mig till första träffen. Kalle Svensson, Borlänge",
                           expect=2)
        assert "Kalle Svensson, Borlänge kommun" in (out[0].text or "")
        assert "Anmäld till måndag 3 maj 2027" in (out[0].text or "")
        assert out[1].document is not None and b"BEGIN:VCALENDAR" in out[1].document[1]
        [status] = await h.send(KALLE, "/status")
        assert "3 maj 2027" in (status.text or "")
    finally:
        await h.stop()


async def test_a_second_instance_polling_the_same_token_is_reported(tmp_path: Path, clock: FixedClock,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="anmalan.telegram")
    fake = FakeTelegram()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = await BotHarness(telegram_config(tmp_path / "a"), clock, fake).start()
    second = await BotHarness(telegram_config(tmp_path / "b"), clock, fake).start()
    try:
        for _ in range(150):
            if first.bot.conflicts + second.bot.conflicts:
                break
            await asyncio.sleep(0.02)
        assert first.bot.conflicts + second.bot.conflicts >= 1
        message = next(r.getMessage() for r in caplog.records if "another instance" in r.getMessage())
        assert "only one instance may poll" in message.lower() and "Conflict" in message
    finally:
        await second.stop()
        await first.stop()


async def test_calendar_files_are_made_in_the_configured_mail_domain(tmp_path: Path, clock: FixedClock) -> None:
    config = telegram_config(tmp_path)
    smtp = config.channels.smtp.model_copy(update={"enabled": True, "from_address": "anmalan@regiondalarna.se"})
    config = config.model_copy(update={"channels": config.channels.model_copy(update={"smtp": smtp})})
    h = await BotHarness(config, clock).start()
    try:
        out = await h.send(KALLE, "anmäler mig till 3/5, Kalle Svensson, Borlänge", expect=2)
        assert out[1].document is not None
        uids = [line for line in out[1].document[1].decode().splitlines() if line.startswith("UID:")]
        assert uids and all(uid.endswith("@regiondalarna.se") for uid in uids)   # SMTP's, not the demo mailbox's
    finally:
        await h.stop()


def test_webhook_secret_is_stable_and_not_the_token() -> None:
    assert webhook_secret("123:abc") == webhook_secret("123:abc")
    assert "123:abc" not in webhook_secret("123:abc") and webhook_secret("123:abc") != webhook_secret("123:abd")


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_mode_answers_updates_posted_with_the_secret(tmp_path: Path, clock: FixedClock) -> None:
    import json

    import aiohttp

    from tests.fakes.telegram_api import TOKEN

    port = _free_port()
    config = telegram_config(tmp_path)
    tg = config.channels.telegram.model_copy(update={
        "mode": "webhook", "webhook_url": "https://anmalan.example/telegram", "webhook_listen": "127.0.0.1",
        "webhook_port": port})
    config = config.model_copy(update={"channels": config.channels.model_copy(update={"telegram": tg})})
    h = await BotHarness(config, clock).start()
    try:
        assert "setWebhook" in [c[0] for c in h.fake.calls], "Telegram is told where to post"
        update = {"update_id": 777, "message": {"message_id": 1, "date": int(clock.now().timestamp()),
                                                "from": KALLE, "chat": {"id": KALLE["id"], "type": "private"},
                                                "text": "/status"}}
        url = f"http://127.0.0.1:{port}/telegram"
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=json.dumps(update),
                                 headers={"Content-Type": "application/json"}) as refused:
                assert refused.status == 403, "an update without the secret is refused"
            async with http.post(url, data=json.dumps(update), headers={
                    "Content-Type": "application/json",
                    "X-Telegram-Bot-Api-Secret-Token": webhook_secret(TOKEN)}) as accepted:
                assert accepted.status == 200
        [reply] = await h.fake.wait_sent(KALLE["id"], 1)
        assert reply.text
    finally:
        await h.stop()
