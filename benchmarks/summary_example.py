"""Write an example of the organisers' daily summary for a realistic state to /tmp/summary_example.txt.

    .venv/bin/python benchmarks/summary_example.py [OUTPUT_DIR]

The state (40 registrations over the four sessions with capacity 10, a waiting list, cancellations,
a promotion, a diet change, a question, a message not understood, a change waiting for confirmation,
a reply refused by the SMTP server) is built by ``tests/assistant/summary/test_summary_world.py`` through
Service.submit, with a real aiosmtpd server on loopback. Besides the text, the HTML part, the
Telegram text and the XLSX attachment are written next to it.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.clock import FixedClock
from assistant.config import load_config
from assistant.exporting import export_document
from assistant.summary.queueing import preview
from assistant.summary.render import render_html, render_telegram, render_text
from storage.database import open_database
from storage.unit_of_work import reading
from tests.assistant.summary.test_summary_world import realistic_state, small_config
from tests.conftest import local
from tests.servers.smtp import SmtpServer


async def main(out: Path) -> None:
    config = small_config(load_config(ROOT / "config.example.toml", base_dir=ROOT))
    clock = FixedClock(local(2027, 3, 1, 8, 0))
    smtp = SmtpServer()
    smtp.start()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite+aiosqlite:///{tmp}/example.db")
        try:
            started = time.perf_counter()
            await realistic_state(config, db, clock, smtp)
            built = time.perf_counter()
            async with reading(db) as uow:
                report = await preview(uow, config, clock.now())
                name, xlsx = export_document(await uow.registrations.rows(), config, clock.now())
            rendered = time.perf_counter()
        finally:
            await db.dispose()
            smtp.stop()
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary_example.txt").write_text(render_text(report), encoding="utf-8")
    (out / "summary_example.html").write_text(render_html(report), encoding="utf-8")
    (out / "summary_example_telegram.txt").write_text(render_telegram(report), encoding="utf-8")
    (out / f"summary_example_{name}").write_bytes(xlsx)
    print(render_text(report))
    print(f"state built in {built - started:.2f} s; report + XLSX in {(rendered - built) * 1000:.0f} ms; "
          f"written to {out}/summary_example.txt (+ .html, _telegram.txt, _{name})", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")))
