"""Issue 15: the config's mistakes are refused at start with the key and the reason, status 2, no traceback —
each of them silently did harm before (sessions already held confirmed, a quota off, forwards to nobody,
replies with no way out) or stopped the service with a traceback (a secret not set, webhook mode without
its URL, a database that cannot be written). And ``run --demo`` seeds only an empty database."""

from __future__ import annotations

import asyncio
import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from assistant.clock import FixedClock
from assistant.config import CONFIG_ENV, ConfigError, load_config
from storage.database import open_database
from tests.assistant.summary.test_summary_world import World
from tests.conftest import ROOT, local
from tests.servers.mail_world import toml_text

Change = Callable[[dict[str, Any]], None]


def _example() -> dict[str, Any]:
    return tomllib.loads((ROOT / "config.example.toml").read_text("utf-8"))


def _write(folder: Path, change: Change) -> Path:
    data = _example()
    change(data)
    path = folder / "config.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (CONFIG_ENV, "ANMALAN_IMAP_PASSWORD", "ANMALAN_SMTP_PASSWORD", "ANMALAN_TELEGRAM_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def _set(*keys: str, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        *path, last = keys
        for key in path:
            data = data[key]
        data[last] = value
    return change


def _imap_only(data: dict[str, Any]) -> None:
    data["channels"]["imap"]["enabled"] = True
    data["channels"]["maildir"]["enabled"] = False


def _second_falun(data: dict[str, Any]) -> None:
    data["organisations"].append({"name": "Falu Energi", "kind": "company", "domains": ["falun.se"]})


def _telegram(mode: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data["channels"]["telegram"].update({"enabled": True, "mode": mode})
    return change


MISTAKES: list[tuple[str, Change, str]] = [
    ("deadline after the first session", _set("event", "registration_deadline", value=dt.date(2027, 5, 4)),
     "event.registration_deadline: 2027-05-04 is not before the first session (2027-05-03)"),
    ("organiser without a domain", _set("organisers", "emails", value=["linnea.hassis"]),
     "organisers.emails[0]: 'linnea.hassis' is not an e-mail address with a domain"),
    ("no organiser address", _set("organisers", "emails", value=[]),
     "organisers.emails: empty, but questions and held messages are forwarded to the organisers by e-mail"),
    ("two organisations, one domain", _second_falun,
     "organisations[17].domains: falun.se is also Falu kommun's"),
    ("misspelt quota kind", _set("quota", value={"municipalty": 3}),
     "quota.municipalty: no organisation is of kind 'municipalty' (kinds in use: county_board, municipality, region)"),
    ("templates_dir not there", _set("templates_dir", value="mallar"), "templates_dir: "),
    ("IMAP with SMTP and Maildir off", _imap_only,
     "channels.imap.enabled: mail is read but replies have no way out"),
    ("webhook mode without its URL", _telegram("webhook"), "channels.telegram.webhook_url: must be set in webhook mode"),
    ("a misspelt key", _set("channels", "imap", "pasword_env", value="X"), "channels.imap.pasword_env: unknown key"),
]


@pytest.mark.parametrize(("change", "said"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_a_mistake_is_refused_at_start_with_the_key_and_the_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Change, said: str) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert said in str(refused.value)
    assert main(["run", "--config", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"assistant: bad config {path}: ") and said in line
    assert not (tmp_path / "var").exists(), "nothing was started"


def test_the_folder_named_by_templates_dir_is_taken_from_the_config_folder(tmp_path: Path) -> None:
    path = _write(tmp_path, _set("templates_dir", value="mallar"))
    with pytest.raises(ConfigError, match=f"templates_dir: {tmp_path / 'mallar'} is not a folder"):
        load_config(path)
    (tmp_path / "mallar").mkdir()
    assert load_config(path).templates_dir == tmp_path / "mallar"


@pytest.mark.parametrize(("change", "said"), [
    (_set("channels", "imap", value={"enabled": True, "user": "anmalan@example.org"}),
     "channels.imap.password_env: environment variable ANMALAN_IMAP_PASSWORD is not set"),
    (_telegram("polling"), "channels.telegram.token_env: environment variable ANMALAN_TELEGRAM_TOKEN is not set"),
    (_set("channels", "smtp", value={"enabled": True, "user": "anmalan@example.org"}),
     "channels.smtp.password_env: environment variable ANMALAN_SMTP_PASSWORD is not set"),
], ids=["imap", "telegram", "smtp"])
def test_a_secret_not_set_stops_the_start_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      change: Change, said: str) -> None:
    path = _write(tmp_path, change)
    assert main(["run", "--config", str(path)]) == 2   # before: a traceback from inside the running service
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"assistant: cannot start: {said}"
    assert main(["db", "upgrade", "--config", str(path)]) == 0, "a command that uses no channel needs no secret"


def test_a_database_that_cannot_be_written_stops_the_start_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "data").write_text("a file, not a folder")
    path = _write(tmp_path, _set("database", "url", value="sqlite+aiosqlite:///data/anmalan.db"))
    for command in (["run"], ["db", "upgrade"], ["retention"]):
        assert main([*command, "--config", str(path)]) == 2, command
        err = capsys.readouterr().err.splitlines()
        assert err[-1] == f"assistant: cannot start: database.url: cannot write {tmp_path / 'data' / 'anmalan.db'} " \
                          f"({tmp_path / 'data'} is not a folder)"


def test_run_demo_refuses_a_database_with_registrations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, lambda data: None)
    config = load_config(path)

    async def one_signup() -> None:
        db = open_database(config.database.url)
        try:
            world = World(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
            await world.service.prepare()
            await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun")
        finally:
            await db.dispose()

    asyncio.run(one_signup())
    assert main(["run", "--demo", "--config", str(path)]) == 1   # before: five example mails into it
    err = capsys.readouterr().err
    assert f"run --demo: the database {tmp_path / 'var' / 'anmalan.db'} already holds" in err
    assert not (tmp_path / "var" / "inbox").exists(), "no example mail was put into the inbox"
