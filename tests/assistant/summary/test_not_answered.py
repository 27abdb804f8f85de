"""The organisers' summary lists mail never answered on purpose (a thank-you, a newsletter, a scam) apart from what
needs a human: kept and shown once, not counted as a to-do."""

from __future__ import annotations

from pathlib import Path

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.request import Intent, ParsedRequest, Sender
from assistant.service import Inbound, Service
from assistant.summary.render import render_html, render_telegram, render_text
from storage.database import open_database
from tests.assistant.summary.test_summary_world import World, read_report, small_config
from tests.conftest import local


async def test_mail_never_answered_is_listed_apart_and_is_no_to_do(config: Config, tmp_path: Path) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 3, 1, 8, 0))
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        await world.signup("Anna Berg", "anna.berg@falun.se", "Falu kommun")
        await world.unknown("info@hedemora.se", "Re: Inbjudan DalaLab")
        scam = ParsedRequest(Intent.UNKNOWN, sender=Sender("email", "faktura@regiondalarna-se.com", None),
                             subject="Faktura registreringsavgift", never_answer=True,
                             problems=("never answer: a demand for payment to an account",))
        handled = await world.service.submit(Inbound("email", "<scam@test>", b"Subject: x\r\n\r\n(x)", clock.now()), scam)
        assert handled.state == "ignored"            # stored, never answered
        report = await read_report(Service(cfg, db, clock))
    finally:
        await db.dispose()
    text = render_text(report)
    needs_human, _, rest = text.partition("BEHÖVER EN MÄNNISKA")[2].partition("INTE BESVARADE")
    assert "info@hedemora.se" in needs_human and "faktura@regiondalarna-se.com" not in needs_human
    assert rest.startswith(" (1;") and "faktura@regiondalarna-se.com: Faktura registreringsavgift" in rest
    assert "1 meddelande som inte förstods" in render_telegram(report)     # the to-do count leaves it out
    assert "faktura" not in render_telegram(report)
    html = render_html(report)
    assert "Inte besvarade (1)" in html and "faktura@regiondalarna-se.com" in html.split("Inte besvarade (1)")[1]


async def test_a_day_with_only_mail_never_answered_is_quiet(config: Config, tmp_path: Path) -> None:
    cfg = small_config(config)
    clock = FixedClock(local(2027, 3, 1, 8, 0))
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    try:
        world = World(cfg, db, clock)
        await world.service.prepare()
        thanks = ParsedRequest(Intent.UNKNOWN, sender=Sender("email", "eva.lind@mora.se", None), subject="Re: DalaLab",
                               never_answer=True, problems=("never answer: a thank-you for a confirmation, asking nothing",))
        await world.service.submit(Inbound("email", "<thanks@test>", b"Subject: x\r\n\r\n(x)", clock.now()), thanks)
        quiet = (await read_report(Service(cfg, db, clock))).quiet
        await world.unknown("info@hedemora.se", "Re: Inbjudan DalaLab")
        assert quiet and not (await read_report(Service(cfg, db, clock))).quiet
    finally:
        await db.dispose()
