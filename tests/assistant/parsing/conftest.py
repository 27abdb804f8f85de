"""Fixtures of the parser tests: the reference config and message builders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from assistant.config import Config, load_config

STOCKHOLM = dt.timezone(dt.timedelta(hours=1))
ARRIVAL = dt.datetime(2027, 3, 1, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture(scope="session")
def config() -> Config:
    """The reference event's config (config.example.toml)."""
    return load_config()


@pytest.fixture
def arrival() -> dt.datetime:
    """A fixed arrival time: Monday 1 March 2027, 10:00."""
    return ARRIVAL


def build_mail(body: str, *, sender: str = "Anna Berg <anna.berg@mora.se>", subject: str = "DalaLab",
               html: str | None = None, charset: str = "utf-8", headers: dict[str, str] | None = None,
               ) -> bytes:
    """A synthetic e-mail as bytes."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Linnea Hassis <linnea.hassis@regiondalarna.se>"
    msg["Subject"] = subject
    msg["Message-ID"] = "<test@example.org>"
    for name, value in (headers or {}).items():
        msg[name] = value
    if body:
        msg.set_content(body, charset=charset)
    if html is not None:
        if body:
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    return bytes(msg)


@pytest.fixture
def mail() -> Callable[..., bytes]:
    """The mail builder."""
    return build_mail
