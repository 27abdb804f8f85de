"""Issue 15: ``assistant check`` tries each enabled part for real — Dovecot, aiosmtpd, the fake Bot API, the
database — and prints one line per part, ✓ or ✗ with the reason, within a few seconds; status 1 if any fails.

Before, a wrong IMAP host or password showed only as a warning of the running service, retried forever."""

from __future__ import annotations

import logging
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.check import check
from assistant.cli import main
from assistant.config import CONFIG_ENV, load_config
from tests.conftest import ROOT
from tests.fakes.telegram_api import TOKEN, FakeTelegram, FakeTelegramServer
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, mail_config_data, toml_text
from tests.servers.smtp import PASSWORD as SMTP_PASSWORD
from tests.servers.smtp import USER as SMTP_USER
from tests.servers.smtp import SmtpServer

SMTP_PASSWORD_ENV = "ANMALAN_TEST_SMTP_PASSWORD"
TOKEN_ENV = "ANMALAN_TEST_TELEGRAM_TOKEN"


@pytest.fixture(autouse=True)
def _log_undone() -> Iterator[None]:
    """``main`` sets the log up (a redactor of this test's secrets on the root handlers, alembic quiet):
    undone after, so that no later test's log is redacted by it."""
    root, alembic = logging.getLogger(), logging.getLogger("alembic")
    filters, level = {h: list(h.filters) for h in root.handlers}, alembic.level
    yield
    for handler in root.handlers:
        handler.filters[:] = filters.get(handler, [])
    alembic.setLevel(level)


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(SMTP_PASSWORD_ENV, SMTP_PASSWORD)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    monkeypatch.delenv(CONFIG_ENV, raising=False)


def _mail_config(tmp: Path, dovecot: Dovecot, smtp: SmtpServer,
                 change: Callable[[dict[str, Any]], None] | None = None) -> Path:
    """IMAP (Dovecot, plain on loopback) and SMTP (aiosmtpd) as the e-mail tests have them, after ``change``."""
    data = mail_config_data(dovecot, smtp, dovecot.new_user(), tmp / "anmalan.db")
    if change is not None:
        change(data)
    path = tmp / "config.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    return path


def _lines(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The check's lines by part: {"IMAP": "✓ IMAP: ...", ...}."""
    out = capsys.readouterr().out.splitlines()
    return {line.split(":", 1)[0][2:]: line for line in out}


def _timed(argv: list[str]) -> tuple[int, float]:
    start = time.monotonic()
    status = main(argv)
    return status, time.monotonic() - start


def test_the_example_config_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    lines = _lines(capsys)
    assert list(lines) == ["config", "database", "Maildir"]
    assert lines["config"] == f"✓ config: {ROOT / 'config.example.toml'} is valid"
    assert all(line.startswith("✓") for line in lines.values()), lines
    assert list(tmp_path.iterdir()) == []


@pytest.mark.dovecot
def test_imap_and_smtp_that_work(tmp_path: Path, dovecot: Dovecot, smtp_server: SmtpServer,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = _mail_config(tmp_path, dovecot, smtp_server)
    assert main(["check", "--config", str(path)]) == 0
    lines = _lines(capsys)
    assert list(lines) == ["config", "database", "IMAP", "SMTP"]
    assert lines["IMAP"].startswith("✓ IMAP: logged in as 'anmalan-")
    assert lines["IMAP"].endswith(f"@example.org' at 127.0.0.1:{dovecot.imap_port} (plain); folder 'INBOX' there, "
                                  "'Processed' not yet (the service creates it); IDLE")
    assert lines["SMTP"] == f"✓ SMTP: 127.0.0.1:{smtp_server.port} (plain), EHLO; nothing sent"
    assert lines["database"] == f"✓ database: {tmp_path / 'anmalan.db'} does not exist yet: the service creates it at start"
    assert not smtp_server.messages and not (tmp_path / "anmalan.db").exists(), "nothing sent, nothing created"


@pytest.mark.dovecot
def test_imaps_and_starttls_with_auth(tmp_path: Path, dovecot: Dovecot, smtp_tls_server: SmtpServer,
                                      trust_test_ca: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def tls(data: dict[str, Any]) -> None:
        data["channels"]["imap"].update({"port": dovecot.imaps_port, "security": "tls"})
        data["channels"]["smtp"].update({"security": "starttls", "user": SMTP_USER, "password_env": SMTP_PASSWORD_ENV})

    assert main(["check", "--config", str(_mail_config(tmp_path, dovecot, smtp_tls_server, tls))]) == 0
    lines = _lines(capsys)
    assert f"127.0.0.1:{dovecot.imaps_port} (tls)" in lines["IMAP"]
    assert lines["SMTP"] == (f"✓ SMTP: 127.0.0.1:{smtp_tls_server.port} (starttls), EHLO, STARTTLS, "
                             f"AUTH as '{SMTP_USER}'; nothing sent")
    assert smtp_tls_server.logins == [SMTP_USER] and not smtp_tls_server.messages


@pytest.mark.dovecot
def test_a_wrong_imap_password_port_or_folder_is_named_within_seconds(
        tmp_path: Path, dovecot: Dovecot, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = _mail_config(tmp_path, dovecot, smtp_server)
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    status, took = _timed(["check", "--config", str(path)])
    lines = _lines(capsys)
    assert status == 1 and took < 5
    assert lines["IMAP"].startswith("✗ IMAP: login as 'anmalan-") and "refused by 127.0.0.1:" in lines["IMAP"]
    assert "Authentication failed" in lines["IMAP"] and lines["SMTP"].startswith("✓")

    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]   # nothing listens on it
    path = _mail_config(tmp_path, dovecot, smtp_server, lambda d: d["channels"]["imap"].update({"port": port}))
    status, took = _timed(["check", "--config", str(path)])
    assert status == 1 and took < 5
    assert _lines(capsys)["IMAP"] == f"✗ IMAP: connection refused at 127.0.0.1:{port}: nothing listens there"

    path = _mail_config(tmp_path, dovecot, smtp_server, lambda d: d["channels"]["imap"].update({"folder": "Anmälan"}))
    assert main(["check", "--config", str(path)]) == 1
    assert "there is no folder 'Anmälan' (channels.imap.folder)" in _lines(capsys)["IMAP"]


@pytest.mark.dovecot
def test_an_untrusted_certificate_and_a_refused_smtp_login(tmp_path: Path, dovecot: Dovecot,
                                                           smtp_tls_server: SmtpServer,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def tls(data: dict[str, Any]) -> None:   # the test CA is not trusted here
        data["channels"]["imap"].update({"port": dovecot.imaps_port, "security": "tls"})
        data["channels"]["smtp"].update({"security": "starttls", "user": SMTP_USER, "password_env": SMTP_PASSWORD_ENV})

    assert main(["check", "--config", str(_mail_config(tmp_path, dovecot, smtp_tls_server, tls))]) == 1
    lines = _lines(capsys)
    assert lines["IMAP"].startswith(f"✗ IMAP: the TLS certificate of 127.0.0.1:{dovecot.imaps_port} is not trusted")
    assert lines["SMTP"].startswith(f"✗ SMTP: the TLS certificate of 127.0.0.1:{smtp_tls_server.port} is not trusted")

    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_pem))
    monkeypatch.setenv(SMTP_PASSWORD_ENV, "wrong")
    assert main(["check", "--config", str(_mail_config(tmp_path, dovecot, smtp_tls_server, tls))]) == 1
    lines = _lines(capsys)
    assert lines["IMAP"].startswith("✓")
    assert lines["SMTP"].startswith(f"✗ SMTP: login as '{SMTP_USER}' refused by 127.0.0.1:{smtp_tls_server.port}: 535")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that takes connections and never says a word (a firewall's black hole, a wrong service)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock.getsockname()[1]


@pytest.mark.dovecot
async def test_a_server_that_never_answers_is_given_up_on_in_time(tmp_path: Path, dovecot: Dovecot,
                                                                  smtp_server: SmtpServer, silent_server: int) -> None:
    def silent(data: dict[str, Any]) -> None:
        data["channels"]["imap"]["port"] = silent_server
        data["channels"]["smtp"]["port"] = silent_server

    path = _mail_config(tmp_path, dovecot, smtp_server, silent)
    start = time.monotonic()
    results = {r.part: r for r in await check(load_config(path), path, timeout=1)}
    assert time.monotonic() - start < 3
    assert str(results["IMAP"]) == f"✗ IMAP: no answer from 127.0.0.1:{silent_server} within 1 s"
    assert str(results["SMTP"]) == f"✗ SMTP: no answer from 127.0.0.1:{silent_server} within 1 s"


def test_a_secret_not_set_is_a_failed_part_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "config.example.toml").read_text("utf-8").replace(
        'token_env = "ANMALAN_TELEGRAM_TOKEN"\nbase_url', 'token_env = "ANMALAN_TELEGRAM_TOKEN"\nenabled = true\nbase_url')
    text = text.replace("[channels.telegram]\nenabled = false\n", "[channels.telegram]\n")
    (tmp_path / "config.toml").write_text(text, "utf-8")
    monkeypatch.delenv("ANMALAN_TELEGRAM_TOKEN", raising=False)
    assert main(["check", "--config", str(tmp_path / "config.toml")]) == 1
    assert _lines(capsys)["Telegram"] == ("✗ Telegram: channels.telegram.token_env: environment variable "
                                          "ANMALAN_TELEGRAM_TOKEN is not set")


async def _telegram_check(tmp: Path, fake: FakeTelegram, **settings: Any) -> str:
    server = FakeTelegramServer(fake)
    await server.start()
    try:
        text = (ROOT / "config.example.toml").read_text("utf-8")
        (tmp / "config.toml").write_text(text, "utf-8")
        config = load_config(tmp / "config.toml")
        telegram = config.channels.telegram.model_copy(update={"enabled": True, "token_env": TOKEN_ENV,
                                                                "base_url": server.base_url, **settings})
        config = config.model_copy(update={"channels": config.channels.model_copy(update={"telegram": telegram})})
        results = {r.part: r for r in await check(config, tmp / "config.toml")}
    finally:
        await server.stop()
    return str(results["Telegram"])


async def test_telegram_get_me_and_the_webhook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTelegram()
    line = await _telegram_check(tmp_path, fake)
    assert line.startswith("✓ Telegram: bot @anmalan_test_bot at http://127.0.0.1:")
    assert line.endswith("polling (no webhook set)")
    assert [method for method, _ in fake.calls] == ["getMe", "getWebhookInfo"], "nothing changed"

    fake.webhook_url = "https://old.example/telegram"   # another instance receives the updates by webhook
    line = await _telegram_check(tmp_path, fake)
    assert line.startswith("✗ Telegram: a webhook is set (https://old.example/telegram)")
    line = await _telegram_check(tmp_path, fake, mode="webhook", webhook_url="https://anmalan.example/telegram")
    assert "sends this bot's updates to https://old.example/telegram, not to https://anmalan.example/telegram" in line
    fake.webhook_url = "https://anmalan.example/telegram"
    line = await _telegram_check(tmp_path, fake, mode="webhook", webhook_url="https://anmalan.example/telegram")
    assert line.endswith("webhook https://anmalan.example/telegram") and line.startswith("✓")

    monkeypatch.setenv(TOKEN_ENV, "7000001:a-wrong-token-somebody-pasted")
    line = await _telegram_check(tmp_path, fake)
    assert line.startswith("✗ Telegram: http://127.0.0.1:") and "refused the bot token (ANMALAN_TEST_TELEGRAM_TOKEN)" in line
    assert "wrong-token" not in line


def test_a_database_from_a_newer_version_or_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "config.example.toml").read_text("utf-8")
    (tmp_path / "config.toml").write_text(text, "utf-8")
    assert main(["db", "upgrade", "--config", str(tmp_path / "config.toml")]) == 0
    capsys.readouterr()
    db = tmp_path / "var" / "anmalan.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert main(["check", "--config", str(tmp_path / "config.toml")]) == 1
    assert _lines(capsys)["database"] == (f"✗ database: {db} is at migration 9999, which this version does not "
                                          "know (written by a newer version?)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"not a database at all" * 100)
    assert main(["check", "--config", str(tmp_path / "config.toml")]) == 1
    assert _lines(capsys)["database"].startswith(f"✗ database: cannot open {db} (file is not a database")


@pytest.mark.dovecot
def test_an_oauth_login_whose_token_endpoint_cannot_be_reached(
        tmp_path: Path, dovecot: Dovecot, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        token_uri = f"http://127.0.0.1:{unused.getsockname()[1]}/token"   # nothing listens there
    oauth = {"client_id": "anmalan", "token_uri": token_uri}
    monkeypatch.setenv("ANMALAN_OAUTH_CLIENT_SECRET", "client-secret")
    monkeypatch.setenv("ANMALAN_OAUTH_REFRESH_TOKEN", "refresh-token")

    def google(data: dict[str, Any]) -> None:
        data["channels"]["imap"].update({"auth": "oauth2-google", "oauth2": oauth})
        data["channels"]["smtp"].update({"auth": "oauth2-google", "oauth2": oauth, "user": "anmalan@example.org"})

    status, took = _timed(["check", "--config", str(_mail_config(tmp_path, dovecot, smtp_server, google))])
    lines = _lines(capsys)
    assert status == 1 and took < 5
    assert lines["IMAP"].startswith("✗ IMAP: OAuth login (oauth2-google) as 'anmalan-")
    assert "the token endpoint cannot be reached" in lines["IMAP"]
    # aiosmtpd offers no XOAUTH2 here: said before any token is asked for
    assert lines["SMTP"] == (f"✗ SMTP: 127.0.0.1:{smtp_server.port}: the server does not offer AUTH XOAUTH2 "
                             "(channels.smtp)")

    monkeypatch.delenv("ANMALAN_OAUTH_REFRESH_TOKEN")
    assert main(["check", "--config", str(_mail_config(tmp_path, dovecot, smtp_server, google))]) == 1
    assert _lines(capsys)["IMAP"] == ("✗ IMAP: channels.imap.oauth2.refresh_token_env: environment variable "
                                      "ANMALAN_OAUTH_REFRESH_TOKEN is not set")
