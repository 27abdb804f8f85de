"""``assistant run`` as a subprocess with the Telegram bot: real HTTP to the fake Bot API, stopped by SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tomllib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.fakes.telegram_api import TOKEN, FakeTelegram, FakeTelegramServer, user

ROOT = Path(__file__).resolve().parents[2]


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_config(path: Path, base_url: str) -> None:
    """The example config with the bot on, pointing at the fake; the event far off (no date dependence): 56
    years on, the same weekdays, the deadline still before the first session."""
    data = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))
    event = data["event"]
    deadline = event["registration_deadline"]
    event["registration_deadline"] = deadline.replace(year=deadline.year + 56)
    lines = ['[event]', *(f"{k} = {_toml(v)}" for k, v in event.items() if k != "sessions")]
    for s in event["sessions"]:
        s["date"] = s["date"].replace(year=s["date"].year + 56)
        lines += ["[[event.sessions]]", *(f"{k} = {_toml(v)}" for k, v in s.items())]
    lines += ["[quota]", "municipality = 3"]
    for org in data["organisations"]:
        lines += ["[[organisations]]", *(f"{k} = {_toml(v)}" for k, v in org.items())]
    lines += ["[organisers]", f"emails = {_toml(data['organisers']['emails'])}"]
    lines += ["[database]", f'url = "sqlite+aiosqlite:///{path.parent / "run.db"}"',
              "[channels.maildir]", f'inbox = "{path.parent / "inbox"}"', f'outbox = "{path.parent / "outbox"}"',
              "[channels.telegram]", "enabled = true", f'base_url = "{base_url}"']
    path.write_text("\n".join(lines) + "\n", "utf-8")


class _Run:
    """What an ``assistant run`` started by ``_assistant_run`` left: its exit status and output."""

    returncode: int | None = None
    stdout: bytes = b""
    stderr: bytes = b""


@asynccontextmanager
async def _assistant_run(tmp_path: Path, fake: FakeTelegram) -> AsyncIterator[tuple[_Run, str]]:
    """``assistant run`` as a subprocess, the bot on ``fake`` (served over HTTP); the run and the fake's URL.

    When the block ends it is stopped by SIGTERM and its exit status and output are kept in the run."""
    server = FakeTelegramServer(fake)
    await server.start()
    config = tmp_path / "tmp.toml"
    _write_config(config, server.base_url)
    env = {**os.environ, "ANMALAN_TELEGRAM_TOKEN": TOKEN}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "assistant.cli", "run", "--config", str(config), cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    run = _Run()
    try:
        yield run, server.base_url
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        await fake.close()
        run.stdout, run.stderr = await asyncio.wait_for(proc.communicate(), 20)
        run.returncode = proc.returncode
        await server.stop()


async def test_assistant_run_answers_on_telegram_and_stops_on_sigterm(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with _assistant_run(tmp_path, fake) as (run, _):
        kalle = user(1001, "Kalle", "Svensson")
        fake.text(kalle, "anmäler mig till 21/9, Kalle Svensson, Mora kommun")
        sent = await fake.wait_sent(1001, 2, timeout=30)
        assert "Anmäld till tisdag 21 september 2083" in (sent[0].text or "")
        assert sent[1].document is not None
    log = run.stderr.decode()
    assert run.returncode == 0, log[-3000:]
    assert "polling for updates" in log and "stopped" in log


async def test_the_bot_token_never_reaches_the_log(tmp_path: Path) -> None:
    """Issue 11, item 6: httpx logged ``POST .../bot<TOKEN>/getUpdates`` at INFO on every call.

    ``assistant run`` at its INFO level, polling, answering, and failing: an error whose text holds
    the token (as a proxy's error page might) must be redacted too.
    """
    fake = FakeTelegram()
    async with _assistant_run(tmp_path, fake) as (run, base_url):
        fake.fail("sendMessage", 502, description=f"Bad Gateway: {base_url}{TOKEN}/sendMessage")
        fake.text(user(1001, "Kalle", "Svensson"), "anmäler mig till 21/9, Kalle Svensson, Mora kommun")
        sent = await fake.wait_sent(1001, 2, timeout=30)           # answered after the retry
        assert "Anmäld till" in (sent[0].text or "")
    output = (run.stdout + run.stderr).decode()
    assert run.returncode == 0, output[-3000:]
    assert "polling for updates" in output and "Bad Gateway" in output, output[-3000:]
    secret = TOKEN.split(":", 1)[1]
    assert TOKEN not in output and secret not in output, [line for line in output.splitlines() if secret in line]
