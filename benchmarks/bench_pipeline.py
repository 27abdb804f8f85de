"""Where a backlog message's time goes, in-process and without mail servers: the service and the dispatcher.

Run by hand: ``.venv/bin/python benchmarks/bench_pipeline.py [--n 1000]``.

N signup mails (the same ones as ``bench_email.py``) are handed to ``Service.handle`` one by
one on a fresh SQLite database, then the dispatcher sends every reply through a sender that
composes and flattens the MIME message (what the SMTP sender does before the network) and
throws it away. Printed: milliseconds per message for each stage, SQL statements per message,
and, as the baseline measured in the same run, the parser alone on the same mails.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiosmtplib.email import flatten_message
from sqlalchemy import event

from assistant.clock import FixedClock
from assistant.config import load_config
from assistant.dispatcher import Dispatcher
from assistant.inbound import mail_key
from assistant.parsing.parser import parse_email
from assistant.runtime import tune_gc
from assistant.service import Inbound, Service
from handlers.email_compose import compose
from storage.database import Database, open_database
from storage.models import OutboxMessage
from storage.outbox import OutboxRepository
from tests.conftest import local
from tests.servers.mails import region_signup


class FlattenOnly:
    """A sender that does everything the SMTP sender does before the network."""

    channel = "email"

    def __init__(self, clock: FixedClock) -> None:
        self.clock = clock
        self.sizes: list[int] = []

    async def send(self, row: OutboxMessage, original: bytes | None) -> None:
        self.sizes.append(len(compose_bytes(row, self.clock, original)))


def compose_bytes(row: OutboxMessage, clock: FixedClock, original: bytes | None = None) -> bytes:
    """The reply's MIME message flattened as aiosmtplib does before DATA."""
    return flatten_message(compose(row, "anmalan@dalalab.example", clock.now(), original))


async def run(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    config = load_config(ROOT / "config.example.toml", base_dir=ROOT)
    sessions = [s.model_copy(update={"capacity": n + 100}) for s in config.event.sessions]
    config = config.model_copy(update={"event": config.event.model_copy(update={"sessions": sessions})})
    clock = FixedClock(local(2027, 2, 1, 9, 0))
    mails = [region_signup(i, "p")[1] for i in range(n)]

    start = time.perf_counter()
    for raw in mails:
        parse_email(raw, config, clock.now())
    parse_only = (time.perf_counter() - start) / n

    db = open_database(f"sqlite+aiosqlite:///{tmp / 'anmalan.db'}")
    statements = [0]

    @event.listens_for(db.engine.sync_engine, "before_cursor_execute")
    def _count(*_args: object) -> None:
        statements[0] += 1

    service = Service(config, db, clock)
    await service.prepare()
    tune_gc()
    statements[0] = 0
    each = []
    start = time.perf_counter()
    for raw in mails:
        t = time.perf_counter()
        handled = await service.handle(Inbound("email", mail_key(raw), raw, clock.now(), {"uid": 1}))
        each.append(time.perf_counter() - t)
        assert handled.state == "processed", handled
    handle = (time.perf_counter() - start) / n
    handle_sql = statements[0] / n

    sender = FlattenOnly(clock)
    dispatcher = Dispatcher(db, {"email": sender}, clock)
    statements[0] = 0
    start = time.perf_counter()
    while await dispatcher.run_once() > 0:
        pass
    dispatch = (time.perf_counter() - start) / n
    dispatch_sql = statements[0] / n
    assert len(sender.sizes) == n, len(sender.sizes)

    rows = (await _rows(db))[:200]
    start = time.perf_counter()
    for row in rows:
        compose_bytes(row, clock)
    composing = (time.perf_counter() - start) / len(rows)
    await db.dispose()

    ms = 1000
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}  {n} signup mails, in-process, SQLite file")
    print(f"  baseline: parse_email alone            {parse_only * ms:6.2f} ms/message")
    print(f"  Service.handle (parse, decide, store)  {handle * ms:6.2f} ms/message "
          f"(median {statistics.median(each) * ms:.2f}, {handle_sql:.1f} SQL statements) "
          f"= {handle / parse_only:.1f}× the parse")
    print(f"  Dispatcher (claim, compose, mark sent) {dispatch * ms:6.2f} ms/message ({dispatch_sql:.1f} SQL statements)")
    print(f"    of which composing the MIME bytes    {composing * ms:6.2f} ms/message")
    print(f"  together                               {(handle + dispatch) * ms:6.2f} ms/message "
          f"→ {(handle + dispatch) * 1000:.1f} s for 1,000 before any IMAP or SMTP")


async def _rows(db: Database) -> list[OutboxMessage]:
    async with db.sessions() as session:
        return await OutboxRepository(session).all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(run(args.n))


if __name__ == "__main__":
    main()
