"""Tests of the ``assistant parse`` command."""

import json
from pathlib import Path

import pytest

from assistant.cli import main


def test_prints_one_line_per_readable_path_and_fails_on_unreadable(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "a.eml"
    good.write_bytes(b"From: Ola Berg <ola.berg@mora.se>\nSubject: x\n\nAnmal mig till 3/5 tack\n")
    odd = tmp_path / "b.eml"
    odd.write_bytes(b"\x00\xff not mail at all")
    code = main(["parse", "--at", "2027-03-01T10:00:00+01:00", str(good), str(tmp_path / "missing.eml"), str(odd)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "missing.eml" in err
    assert len(lines) == 2 and lines[0]["sessions"] == ["2027-05-03"] and lines[1]["intent"] == "unknown"
    assert set(lines[0]) >= {"intent", "people", "sessions", "diet"}


def test_telegram_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    txt = tmp_path / "m.txt"
    txt.write_text("alla tillfällen tack", encoding="utf-8")
    upd = tmp_path / "u.json"
    upd.write_text(json.dumps({"update_id": 1, "message": {"date": 1_800_000_000, "text": "blir det lunch?",
                                                           "from": {"id": 7, "first_name": "Bo"}}}))
    code = main(["parse", "--channel", "telegram", "--sender-name", "Olle Ek", "--sender-id", "5",
                 str(txt), str(upd)])
    out, _ = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0
    assert first["intent"] == "register" and first["people"][0]["name"] == "Olle Ek"
    assert len(first["sessions"]) == 4 and second["intent"] == "question"
