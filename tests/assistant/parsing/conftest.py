"""Fixtures of the parser tests: the reference config and message builders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from assistant.config import Config, load_config
from assistant.parsing import people_opinion, reading_doubt, second_opinion
from assistant.parsing.intent import IntentReading, classify
from assistant.parsing.sessions import find_mention
from assistant.parsing.text import fold, sentences
from assistant.request import ParsedRequest

#: The reference event's four sessions.
S1, S2, S3, S4 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
SESSIONS = (S1, S2, S3, S4)
ALL = SESSIONS
MARCH = dt.date(2027, 3, 1)
ANNA = "Anna Berg <anna.berg@mora.se>"
STOCKHOLM = dt.timezone(dt.timedelta(hours=1))
ARRIVAL = dt.datetime(2027, 3, 1, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture(scope="session")
def config() -> Config:
    """The reference event's config (config.example.toml)."""
    return load_config()


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' own reading: the intent and people models and the doubt about whole readings, which may state
    another intent or doubt the people or the reading and mark it unsure, are left out. Tests of the rules use it
    (``pytestmark = pytest.mark.usefixtures("rules_only")``); what the models do with a reading is tested in
    ``test_second_opinion.py``, ``test_people_opinion.py``, ``test_reading_doubt.py`` and end to end."""
    monkeypatch.setattr(second_opinion, "model", lambda: None)
    monkeypatch.setattr(people_opinion, "model", lambda: None)
    monkeypatch.setattr(reading_doubt, "model", lambda: None)


@pytest.fixture
def arrival() -> dt.datetime:
    """A fixed arrival time: Monday 1 March 2027, 10:00."""
    return ARRIVAL


def build_mail(body: str, *, sender: str = ANNA, subject: str = "DalaLab",
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


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    """Each person's name, address and organisation, in the order read."""
    return [(p.name, p.email, p.organisation) for p in r.people]


def names(r: ParsedRequest) -> list[str | None]:
    """The people's names, in the order read."""
    return [p.name for p in r.people]


def sorted_names(r: ParsedRequest) -> list[str | None]:
    """The people's names, sorted."""
    return sorted((p.name for p in r.people), key=str)


def dates(text: str, base: dt.date = MARCH) -> set[dt.date]:
    """The sessions a text names, seen from ``base``: every session for a whole or an "all but", less those left out."""
    m = find_mention(text, SESSIONS, base)
    chosen = set(SESSIONS) if m.whole or (m.minus and not m.dates) else set(m.dates)
    return chosen - m.minus


def read(text: str, *, sessions: bool = True, names: bool = False, held_elsewhere: bool = False) -> IntentReading:
    """The intent the classifier reads in a text of the writer's own (no subject, no diet)."""
    own = sentences(text)
    return classify(own, [fold(s) for s in own], "", sessions, False, lambda i: names, held_elsewhere=held_elsewhere)
