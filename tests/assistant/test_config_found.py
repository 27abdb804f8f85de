"""Issue 15: the config is found, not guessed — ``--config``, else ``$ANMALAN_CONFIG``, else the example —
and its relative paths are taken from its own folder, never from where the command is run; a command
that only reads never creates an empty database, and every command says which config and database it uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import CONFIG_ENV, load_config
from tests.conftest import ROOT


def _config_in(folder: Path, **replace: str) -> Path:
    """The example config in ``folder`` (its relative paths as written: var/anmalan.db, var/inbox, ...)."""
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for old, new in replace.items():
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current directory: a folder of its own, with no config in it; ANMALAN_CONFIG unset."""
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    return cwd


def test_relative_paths_are_taken_from_the_config_files_folder(tmp_path: Path, elsewhere: Path) -> None:
    (tmp_path / "event" / "mallar").mkdir(parents=True)
    path = _config_in(tmp_path / "event", **{"[event]\n": 'templates_dir = "mallar"\n[event]\n'})
    config = load_config(path)
    folder = tmp_path / "event"
    assert config.channels.maildir.inbox == folder / "var" / "inbox"
    assert config.channels.maildir.outbox == folder / "var" / "outbox"
    assert config.database.sqlite_file == folder / "var" / "anmalan.db"
    assert config.templates_dir == folder / "mallar"


def test_the_embedded_example_keeps_its_data_in_the_project_folder(elsewhere: Path) -> None:
    config = load_config()   # what `assistant run --demo` uses: the README's demo puts var/ beside the example
    assert config.channels.maildir.inbox == ROOT / "var" / "inbox"
    assert config.channels.maildir.outbox == ROOT / "var" / "outbox"
    assert config.database.sqlite_file == ROOT / "var" / "anmalan.db"


def test_a_look_from_another_folder_does_not_create_an_empty_database(
        tmp_path: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: `cd elsewhere && assistant registrations` made ./var/anmalan.db and printed "Inga anmälningar."
    path = _config_in(tmp_path / "event")
    for command in (["registrations"], ["export", "-o", str(tmp_path / "x.csv")], ["summary", "--preview"]):
        assert main([*command, "--config", str(path)]) == 1, command
        err = capsys.readouterr().err
        assert f"no database at {tmp_path / 'event' / 'var' / 'anmalan.db'}" in err, err
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "event" / "var").exists()
    assert not (tmp_path / "x.csv").exists()

    assert main(["db", "upgrade", "--config", str(path)]) == 0   # a writing command creates it, beside the config
    assert (tmp_path / "event" / "var" / "anmalan.db").is_file() and list(elsewhere.iterdir()) == []
    capsys.readouterr()
    assert main(["registrations", "--config", str(path)]) == 0
    assert "Inga anmälningar." in capsys.readouterr().out


def test_anmalan_config_names_the_config_and_config_wins_over_it(
        tmp_path: Path, elsewhere: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    by_env = _config_in(tmp_path / "by-env")
    given = _config_in(tmp_path / "given")
    monkeypatch.setenv(CONFIG_ENV, str(by_env))
    assert main(["db", "upgrade"]) == 0
    [line] = [x for x in capsys.readouterr().err.splitlines() if x.startswith("assistant:")]
    assert line == (f"assistant: config {by_env} (ANMALAN_CONFIG); "
                    f"database {tmp_path / 'by-env' / 'var' / 'anmalan.db'}")
    assert (tmp_path / "by-env" / "var" / "anmalan.db").is_file()

    assert main(["db", "upgrade", "--config", str(given)]) == 0
    [line] = [x for x in capsys.readouterr().err.splitlines() if x.startswith("assistant:")]
    assert line == f"assistant: config {given} (--config); database {tmp_path / 'given' / 'var' / 'anmalan.db'}"


def test_without_either_the_embedded_example_is_named(elsewhere: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = elsewhere / "m.eml"
    eml.write_bytes(b"From: Ola Berg <ola.berg@mora.se>\nSubject: x\n\nAnmal mig till 3/5 tack\n")
    assert main(["parse", "--at", "2027-03-01T10:00:00+01:00", str(eml)]) == 0
    err = capsys.readouterr().err
    assert f"assistant: config {ROOT / 'config.example.toml'} (the embedded example)" in err


def test_a_postgresql_password_is_not_shown(tmp_path: Path, elsewhere: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = _config_in(tmp_path, **{'url = "sqlite+aiosqlite:///var/anmalan.db"':
                                   'url = "postgresql+asyncpg://anmalan:hemligt@127.0.0.1:1/anmalan"'})
    assert main(["registrations", "--config", str(path)]) == 1   # nothing listens on port 1
    err = capsys.readouterr().err
    assert "database postgresql+asyncpg://anmalan:***@127.0.0.1:1/anmalan" in err
    assert "hemligt" not in err and "Traceback" not in err
