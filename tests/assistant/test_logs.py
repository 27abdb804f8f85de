"""The service's log: secrets redacted, control characters escaped, chatty libraries quiet (issue 11, items 5 and 6)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from assistant.logs import QUIET_LIBRARIES, Redactor, SafeFormatter, configure_logging, secrets_of
from tests.fakes.telegram_api import TOKEN

URL = f"POST https://api.telegram.org/bot{TOKEN}/getUpdates"


@pytest.fixture
def output() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger writing through the service's formatter and redactor into a string."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor([TOKEN, "imap-secret"]))
    logger = logging.getLogger("anmalan.test-logs")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def test_the_token_is_redacted_from_messages_arguments_and_tracebacks(
        output: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = output
    logger.info("HTTP Request: %s", URL)
    logger.info(f"plain {URL}")
    logger.info("another bot's token: https://x/bot123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ/sendMessage")
    logger.info("a bare token 987654321:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ and the IMAP password imap-secret")
    logger.info("database postgresql+asyncpg://anmalan:s3cret@db.example/anmalan")
    try:
        raise RuntimeError(f"failed: {URL}")
    except RuntimeError:
        logger.exception("the poll failed")
    text = stream.getvalue()
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert "AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ" not in text and "imap-secret" not in text and "s3cret" not in text
    assert text.count("bot<redacted>") == 4, text      # three lines, and the last line of the traceback
    assert "Traceback" in text and "RuntimeError: failed" in text


def test_control_characters_are_shown_escaped_and_cannot_forge_lines(
        output: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = output
    logger.info("signup from %s", "Eve \x1b]0;pwned\x07\x1b[2J\x9b31m\u202eEvil")
    logger.info("subject %r", "x")
    logger.warning("forged?\n2027-01-01 INFO anmalan: all is well")
    lines = stream.getvalue().splitlines()
    assert lines[0] == "INFO anmalan.test-logs: signup from Eve \\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eEvil"
    assert lines[2] == "WARNING anmalan.test-logs: forged?\\n2027-01-01 INFO anmalan: all is well"
    assert len(lines) == 3


def test_the_oauth_client_secret_and_refresh_token_are_secrets_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.config import load_config
    config = load_config()
    monkeypatch.setenv(config.channels.imap.oauth2.client_secret_env, "client-secret-value")
    monkeypatch.setenv(config.channels.smtp.oauth2.refresh_token_env, "1//refresh-token-value")
    redactor = Redactor(secrets_of(config))
    line = redactor.redact("token request with client-secret-value and 1//refresh-token-value refused")
    assert "client-secret-value" not in line and "refresh-token-value" not in line


def test_configure_quiets_the_libraries_that_log_urls_and_reads_the_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.config import load_config
    config = load_config()
    monkeypatch.setenv(config.channels.telegram.token_env, TOKEN)
    monkeypatch.setenv(config.channels.smtp.password_env, "smtp-secret")
    monkeypatch.setenv(config.channels.imap.password_env, "")
    assert set(secrets_of(config)) == {TOKEN, "smtp-secret"}
    levels = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    try:
        configure_logging(config)
        assert all(logging.getLogger(name).getEffectiveLevel() >= logging.WARNING for name in QUIET_LIBRARIES)
        assert "httpx" in QUIET_LIBRARIES and "httpcore" in QUIET_LIBRARIES
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        for handler in logging.getLogger().handlers:
            for f in [f for f in handler.filters if isinstance(f, Redactor)]:
                handler.removeFilter(f)
