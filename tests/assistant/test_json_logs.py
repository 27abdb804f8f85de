"""``[logging] format = "json"``: one JSON object a line, with the text format's guarantees (secrets redacted,
personal data masked, control characters escaped), and the level from the config."""

from __future__ import annotations

import datetime as dt
import json
import logging
import mailbox
import os
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Config, Logging
from assistant.logs import JsonFormatter, Redactor, configure_logging
from tests.conftest import ROOT
from tests.fakes.telegram_api import TOKEN
from tests.servers.mail_world import move_event_to_future, toml_text
from tests.servers.mails import mail

EVIL = "Eve \x1b]0;pwned\x07\x1b[2J\x9b31m\u202eEvil"


@contextmanager
def bare_root() -> Iterator[None]:
    """The root logger as the command line finds it (no handler yet), restored after the block."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.handlers.clear()
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_json_lines_carry_the_text_formats_guarantees(
        config: Config, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.channels.telegram.token_env, TOKEN)
    log = logging.getLogger("anmalan.test-json")
    with bare_root():
        configure_logging(config.model_copy(update={"logging": Logging(format="json", level="INFO")}))
        log.info("signup from %s <%s>", EVIL, "anna.andersson@falun.se")
        log.info("polling https://api.telegram.org/bot%s/getUpdates for user 123456789", TOKEN)
        try:
            raise RuntimeError(f"forged\n2027-01-01 INFO anmalan: all is well {TOKEN}")
        except RuntimeError:
            log.exception("the poll failed")
        log.debug("not at INFO")
    err = capsys.readouterr().err
    signup, polling, failed = _lines(err)
    assert set(signup) == {"time", "level", "logger", "message"}
    assert signup["level"] == "INFO" and signup["logger"] == "anmalan.test-json"
    assert dt.datetime.fromisoformat(signup["time"]).utcoffset() == dt.timedelta(0)
    assert signup["message"] == "signup from Eve \\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eEvil <a***@falun.se>"
    assert polling["message"] == "polling https://api.telegram.org/bot<redacted>/getUpdates for user 1***"
    assert failed["level"] == "ERROR" and failed["message"] == "the poll failed"
    assert failed["exc"].startswith("Traceback") and "\n" in failed["exc"], "a traceback keeps its lines"
    assert "RuntimeError: forged\n2027-01-01 INFO anmalan: all is well <redacted>" in failed["exc"]
    assert len(err.splitlines()) == 3, "each record is one line, whatever its text holds: none can be forged"
    assert TOKEN not in err and TOKEN.split(":")[1] not in err and "anna.andersson" not in err
    assert "\x1b" not in err and "\x9b" not in err and "\u202e" not in err


def test_the_level_comes_from_the_config(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    log = logging.getLogger("anmalan.test-json")
    with bare_root():
        configure_logging(config.model_copy(update={"logging": Logging(level="WARNING")}))
        log.info("hidden")
        log.warning("shown")
    err = capsys.readouterr().err
    assert "hidden" not in err and err.endswith("WARNING anmalan.test-json: shown\n")


def test_the_formatter_writes_one_object_a_line() -> None:
    record = logging.LogRecord("anmalan", logging.INFO, __file__, 1, "a\nb\u2028c %s", ("Åsa",), None)
    Redactor().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line and "\u2028" not in line
    assert json.loads(line)["message"] == "a\\nb\\u2028c Åsa"


def test_assistant_run_logs_json_lines(tmp_path: Path) -> None:
    data = tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))
    move_event_to_future(data)
    data["database"]["url"] = f"sqlite+aiosqlite:///{tmp_path / 'anmalan.db'}"
    data["channels"]["maildir"].update(inbox=str(tmp_path / "inbox"), outbox=str(tmp_path / "outbox"))
    data["logging"] = {"format": "json", "level": "INFO"}
    (tmp_path / "config.toml").write_text(toml_text(data), encoding="utf-8")
    mailbox.Maildir(str(tmp_path / "inbox"), create=True).add(
        mail("sofia.hedlund@leksand.se", "Anmälan", "Jag anmäler mig till alla träffar.\n\nSofia Hedlund\n"
             "Leksands kommun\n", name=EVIL))
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "run", "--config", str(tmp_path / "config.toml")],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 30
        while not list((tmp_path / "outbox").glob("*.eml")) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    # the command line's own first line (which config and database) comes before logging is set up
    said = [line for line in err.splitlines() if not line.startswith("{")]
    assert len(said) <= 1 and all(line.startswith("assistant: config ") for line in said), said
    lines = _lines("\n".join(line for line in err.splitlines() if line.startswith("{")))
    messages = [line["message"] for line in lines]
    assert any(m.startswith("Anmälan is running for") for m in messages)
    assert any("s***@leksand.se" in m for m in messages), "the reply is logged, its address masked"
    assert messages[-1] == "stopped"
    assert "sofia.hedlund" not in err and "\x1b" not in err
