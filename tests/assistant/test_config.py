"""The config: the example loads; a bad one names the key and the reason."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import Config, ConfigError, load_config, parse_config
from tests.conftest import ROOT


def _example_text() -> str:
    return (ROOT / "config.example.toml").read_text(encoding="utf-8")


def test_example_config_is_the_dalalab_event(config: Config) -> None:
    assert [s.date for s in config.event.sessions] == [dt.date(2027, 5, 3), dt.date(2027, 9, 21),
                                                        dt.date(2027, 11, 29), dt.date(2028, 2, 22)]
    assert config.event.registration_deadline == dt.date(2027, 4, 14)
    assert config.quota_for("Falu kommun") == 3
    assert config.quota_for("Region Dalarna") is None
    assert config.quota_for("Länsstyrelsen Dalarna") is None
    assert config.organisation_for_domain("falun.se").name == "Falu kommun"
    assert config.organisation_for_domain("KOMMUN.Falun.se").name == "Falu kommun"
    assert config.organisation_for_domain("gmail.com") is None


def test_deadline_is_end_of_day_stockholm(config: Config) -> None:
    end = config.event.deadline_end
    assert end.isoformat() == "2027-04-15T00:00:00+02:00"


def test_bad_session_date_names_the_key(tmp_path: Path) -> None:
    text = _example_text().replace("date = 2027-11-29", 'date = "29 nov"')
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "event.sessions[2].date: not a date" in str(err.value)


def test_several_problems_are_all_reported() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config({"event": {"name": "x", "contact": "a@b", "registration_deadline": "soon",
                                "sessions": [{"date": dt.date(2027, 1, 1), "start": dt.time(10),
                                              "end": dt.time(9), "place": "p", "title": "t",
                                              "capacity": 0}]},
                      "bogus": 1})
    message = str(err.value)
    assert "event.registration_deadline: not a date" in message
    assert "event.sessions[0].capacity" in message
    assert "bogus: unknown key" in message


def test_unknown_time_zone_and_database_are_refused() -> None:
    base = {"name": "x", "contact": "a@b", "registration_deadline": dt.date(2027, 1, 1),
            "sessions": [{"date": dt.date(2027, 2, 1), "start": dt.time(10), "end": dt.time(11),
                          "place": "p", "title": "t", "capacity": 5}]}
    with pytest.raises(ConfigError, match="event.timezone: unknown time zone"):
        parse_config({"event": {**base, "timezone": "Europe/Falun"}})
    with pytest.raises(ConfigError, match="database.url: must start with"):
        parse_config({"event": base, "database": {"url": "mysql://x"}})


def test_not_toml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[event\nname=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_secrets_come_only_from_the_environment(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANMALAN_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="channels.imap.password_env: environment variable ANMALAN_IMAP_PASSWORD"):
        config.channels.imap.password()
    monkeypatch.setenv("ANMALAN_IMAP_PASSWORD", "s3cret")
    assert config.channels.imap.password() == "s3cret"


def test_cli_stops_on_bad_config_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(_example_text().replace("capacity = 60", "capacity = -1", 1), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "db", "upgrade", "--config", str(path)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False)
    assert proc.returncode == 2
    assert "event.sessions[0].capacity" in proc.stderr
    assert "Traceback" not in proc.stderr
