"""Tests of the ``assistant parse`` command."""

import json
import time
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


def _html_mail(html: str) -> bytes:
    return (b"From: Eve <eve@attack.example>\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + html.encode())


def test_deeply_nested_html_is_refused_in_bounded_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 3.7 s for 2,000 levels of blockquote and 16.8 s for 20,000 levels of div.
    quotes = tmp_path / "quotes.eml"
    quotes.write_bytes(_html_mail("<blockquote>" * 2_000 + "Anmäl mig till 3 maj"))
    divs = tmp_path / "divs.eml"
    divs.write_bytes(_html_mail("<div>" * 20_000 + "Anmäl mig till 3 maj"))
    fine = tmp_path / "fine.eml"
    fine.write_bytes(b"From: Ola Berg <ola.berg@mora.se>\nSubject: x\n\nAnmal mig till 3/5 tack\n")
    start = time.monotonic()
    code = main(["parse", "--at", "2027-03-01T10:00:00+01:00", str(quotes), str(divs), str(fine)])
    assert time.monotonic() - start < 3.0   # the parser's process started, three messages read
    out, _ = capsys.readouterr()
    first, second, third = (json.loads(line) for line in out.splitlines())
    assert code == 0
    for refused in (first, second):
        assert refused["intent"] == "unknown" and refused["never_answer"]
        assert refused["problems"] == ["too complex: HTML nested more than 1000 levels deep"]
    assert third["sessions"] == ["2027-05-03"]
