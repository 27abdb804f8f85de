"""Erasure through the embedded Maildir demo (issue 12, item 7): after Bo Berg erases himself neither the
database, nor the processed folder, nor the .eml replies (the summary's XLSX/CSV included), nor the log
hold his name, address or diet. The answer to his erasure is the one file naming him — the mail he
receives —; it goes at the daily job's next run (here: the restart)."""

from __future__ import annotations

import datetime as dt
import logging
import mailbox
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.logs import Redactor
from assistant.service import Service
from storage.database import open_database
from tests.assistant.test_erasure import BO, database_texts, texts_of, traces_in
from tests.handlers.test_maildir import Running, _config, mail, wait_for

NEEDLES = BO[:3]   # name, address, diet (no Telegram here)


def _files(root: Path) -> list[tuple[str, str]]:
    """(path, text) for every file under ``root``: mails decoded, attachments opened."""
    return [(str(p.relative_to(root)), t) for p in sorted(root.rglob("*")) if p.is_file()
            for t in texts_of(p.read_bytes())]


async def test_erasure_leaves_nothing_in_the_database_the_folders_or_the_log(
        config: Config, clock: FixedClock, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(Redactor())
    cfg = _config(config, tmp_path)
    outbox = cfg.channels.maildir.outbox

    def eml() -> list[Path]:
        return sorted(outbox.glob("*.eml"))

    async with Running(cfg, clock) as svc:
        svc.deliver(mail("Bo Berg <bo.berg@falun.se>", "Anmälan DalaLab",
                         "Hej!\n\nJag anmäler mig till träffen 3 maj. Jag är glutenfri.\n\nBo Berg\nFalu kommun\n",
                         "<bo1@falun.se>"))
        await wait_for(lambda: len(eml()) == 1)
        clock.advance(dt.timedelta(minutes=5))
        svc.deliver(mail("Karin Dahl <karin.dahl@falun.se>", "Anmälan",
                         "Hej!\n\nJag anmäler mig till 3 maj. Min kollega Bo Berg (bo.berg@falun.se) kommer "
                         "också.\n\nKarin Dahl\nFalu kommun\n", "<karin1@falun.se>"))
        await wait_for(lambda: len(eml()) == 2)
        clock.advance(dt.timedelta(hours=1))
        db = open_database(cfg.database.url)   # `assistant summary --send`, as an organiser would
        try:
            assert (await Service(cfg, db, clock).queue_summary(clock.now().date())).queued
        finally:
            await db.dispose()
        await wait_for(lambda: any("summary" in p.name for p in eml()))
        files = _files(tmp_path / "inbox") + _files(outbox)
        assert any(".processed" in f for f, _ in files) and traces_in(iter(files), NEEDLES)
        assert any("summary" in f for f in traces_in(iter(files), NEEDLES))   # its XLSX/CSV list him
        clock.advance(dt.timedelta(hours=1))
        svc.deliver(mail("Bo Berg <bo.berg@falun.se>", "Radera mina uppgifter",
                         "Hej!\n\nRadera alla mina personuppgifter.\n\nBo Berg\n", "<bo2@falun.se>"))
        await wait_for(lambda: any("erasure" in p.name for p in eml()))
    [answer] = [p for p in eml() if "erasure" in p.name]
    assert "Vi har raderat dina personuppgifter" in "".join(texts_of(answer.read_bytes()))
    left = traces_in(iter(_files(tmp_path / "inbox") + _files(outbox)), NEEDLES)
    assert {entry.split(":")[0] for entry in left} == {answer.name}, left   # his own mail, nothing else
    db = open_database(cfg.database.url)
    try:
        left = traces_in(iter(await database_texts(db)), NEEDLES)
    finally:
        await db.dispose()
    assert not left, "\n".join(left)
    logged = [(r.name, r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO]
    assert not traces_in(iter(logged), NEEDLES), logged
    assert len(mailbox.Maildir(str(cfg.channels.maildir.inbox)).get_folder("processed")) == 0
    async with Running(cfg, clock):   # the daily job runs at start: the answer's file goes too
        await wait_for(lambda: not answer.exists())
    assert not traces_in(iter(_files(tmp_path / "inbox") + _files(outbox)), NEEDLES)
