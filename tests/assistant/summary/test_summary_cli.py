"""``assistant summary --preview`` prints the summary as a table; ``--send`` queues it once a day."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.cli import main
from assistant.clock import FixedClock
from assistant.config import load_config
from storage.database import open_database
from storage.models import OutboxMessage
from tests.assistant.summary.test_summary_world import World
from tests.conftest import ROOT, local

AT = "2027-02-01T07:30:00+01:00"


def _config_file(tmp_path: Path) -> Path:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    text = text.replace('url = "sqlite+aiosqlite:///var/anmalan.db"',
                        f'url = "sqlite+aiosqlite:///{tmp_path / "anmalan.db"}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def _signups(path: Path) -> None:
    config = load_config(path, base_dir=path.parent)
    db = open_database(config.database.url)
    try:
        world = World(config, db, FixedClock(local(2027, 1, 31, 12, 0)))
        await world.service.prepare()
        await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun", diet="vegetarisk")
        await world.signup("Erik Lund", "erik.lund@falun.se", "Falu kommun")
    finally:
        await db.dispose()


async def _summary_rows(path: Path) -> list[OutboxMessage]:
    db = open_database(load_config(path, base_dir=path.parent).database.url)
    try:
        async with db.sessions() as session:
            return list((await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "summary"))).all())
    finally:
        await db.dispose()


def test_preview_prints_the_summary_with_a_session_table(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _config_file(tmp_path)
    asyncio.run(_signups(path))
    assert main(["summary", "--preview", "--config", str(path), "--at", AT]) == 0
    out = capsys.readouterr().out
    assert "Daglig sammanfattning måndag 1 februari 2027" in out
    assert "Träff" in out and "Bekräftade" in out and "3 maj 2027" in out and "2/60" in out
    assert "Falu kommun 2/3: Anna Berg, Erik Lund" in out
    assert "72 dagar kvar till sista anmälningsdag" in out
    assert asyncio.run(_summary_rows(path)) == []                 # a preview sends nothing


def test_send_queues_once_then_says_it_was_sent(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _config_file(tmp_path)
    asyncio.run(_signups(path))
    assert main(["summary", "--send", "--config", str(path), "--at", AT]) == 0
    assert "köad till email:linnea.hassis@regiondalarna.se" in capsys.readouterr().out
    assert main(["summary", "--send", "--config", str(path), "--at", AT]) == 0
    assert "redan skickad" in capsys.readouterr().out
    assert main(["summary", "--send", "--force", "--config", str(path), "--at", AT]) == 0
    rows = asyncio.run(_summary_rows(path))
    assert [r.recipient for r in rows] == ["linnea.hassis@regiondalarna.se"] * 2
