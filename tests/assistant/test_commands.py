"""The organisers' commands on hostile stored names: the terminal gets no escape sequence, the exports and the
summary never crash and never carry a formula (issue 11, items 4 and 5).

The names are stored straight through the service (as by a channel before names were checked): the
commands must be safe whatever is in the database.
"""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assistant.cli import main
from assistant.clock import FixedClock
from assistant.config import load_config
from storage.database import open_database
from tests.assistant.summary.test_summary_cli import AT, _config_file, _summary_rows
from tests.assistant.summary.test_summary_world import World
from tests.conftest import local

ESCAPES = "Eve \x1b]0;pwned\x07\x1b[2J\x9bEvil"
FORMULA = '=HYPERLINK("http://evil.example";"x")'


async def _hostile_signups(path: Path) -> None:
    config = load_config(path, base_dir=path.parent)
    db = open_database(config.database.url)
    try:
        world = World(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
        await world.service.prepare()
        await world.signup(ESCAPES, "eve@falun.se", "Falu kommun", diet="vegetarisk\x1b[31m")
        await world.signup(FORMULA, "eve2@falun.se", "Falu kommun")
        await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun")
    finally:
        await db.dispose()


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config file whose database holds a name with terminal escapes, one that is a formula, and an ordinary one."""
    monkeypatch.chdir(tmp_path)
    path = _config_file(tmp_path)
    asyncio.run(_hostile_signups(path))
    return path


def _no_control_characters(text: str) -> None:
    assert not any(ord(c) < 0x20 and c not in "\n" or 0x7f <= ord(c) < 0xa0 for c in text), repr(text[:2000])


def test_registrations_show_escapes_as_text(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["registrations", "--config", str(hostile)]) == 0
    out = capsys.readouterr().out
    _no_control_characters(out)
    assert "Eve \\x1b]0;pwned\\x07\\x1b[2J\\x9bEvil" in out and "Anna Berg" in out


def test_summary_preview_shows_escapes_as_text(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--preview", "--config", str(hostile), "--at", AT]) == 0
    out = capsys.readouterr().out
    _no_control_characters(out)
    assert "Eve \\x1b]0;pwned" in out and "Anna Berg" in out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_is_safe_to_open(hostile: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = hostile.parent / f"list.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out), "--config", str(hostile)]) == 0
    if fmt == "xlsx":
        sheet = load_workbook(out)["2027-05-03"]
        cells = {row[2].value: row[2] for row in sheet.iter_rows(min_row=2)}
        assert set(cells) == {"Eve ]0;pwned[2JEvil", FORMULA, "Anna Berg"}
        assert cells[FORMULA].data_type == "s"
    else:
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
        assert {r[2] for r in rows[1:]} == {"Eve ]0;pwned[2JEvil", "'" + FORMULA, "Anna Berg"}
        _no_control_characters(out.read_text("utf-8-sig"))


def test_summary_send_queues_the_attachments(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # openpyxl refused the name: the summary crashed, and the scheduler retried it forever
    assert main(["summary", "--send", "--config", str(hostile), "--at", AT]) == 0
    [row] = asyncio.run(_summary_rows(hostile))
    assert row.recipient == "linnea.hassis@regiondalarna.se"
