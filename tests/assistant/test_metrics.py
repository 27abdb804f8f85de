"""The Prometheus metrics, scraped over HTTP from the running service (Maildir in, replies paced out)."""

from __future__ import annotations

import asyncio
import logging
import mailbox
import socket
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from assistant.clock import FixedClock
from assistant.config import Config, Metrics
from assistant.runner import serve
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.mail_world import PASSWORD_ENV, make_world
from tests.servers.mails import mail, region_signup
from tests.servers.smtp import SmtpServer


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(config: Config, tmp_path: Path, port: int) -> Config:
    md = config.channels.maildir.model_copy(update={"inbox": tmp_path / "inbox", "outbox": tmp_path / "outbox",
                                                    "poll_seconds": 0.02})
    return config.model_copy(update={
        "channels": config.channels.model_copy(update={"maildir": md}),
        "database": config.database.model_copy(update={"url": f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"}),
        # one automatic reply an hour: the rest of the hour's replies wait in the outbox (the clock stands still)
        "limits": config.limits.model_copy(update={"max_replies_per_hour": 1}),
        "metrics": Metrics(enabled=True, port=port)})


async def _scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample the endpoint serves, by name and labels (fetched off the event loop, as Prometheus would)."""
    def fetch() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
            return str(response.read().decode())
    text = await asyncio.to_thread(fetch)
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _automatic(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float]) -> list[float]:
    """The counts of automatic mail (stored, never answered), whatever its intent."""
    return [v for (name, labels), v in samples.items()
            if name == "anmalan_messages_total" and ("state", "ignored") in labels]


async def test_the_endpoint_counts_messages_by_outcome_and_reads_the_outbox(
        config: Config, clock: FixedClock, tmp_path: Path) -> None:
    port = _free_port()
    cfg = _config(config, tmp_path, port)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(cfg, clock, stop))
    try:
        box = mailbox.Maildir(str(tmp_path / "inbox"), create=True)
        for i in range(3):
            box.add(region_signup(i, "m")[1])
        box.add(mail("noreply@mora.se", "Automatiskt svar", "Jag är på semester.",
                     headers={"Auto-Submitted": "auto-replied"}))
        registered = ("anmalan_messages_total", (("channel", "email"), ("intent", "register"), ("state", "processed")))
        pending = ("anmalan_outbox_messages", (("state", "pending"),))
        samples: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
        for _ in range(200):   # until all four are handled and the first reply went out
            await asyncio.sleep(0.05)
            try:
                samples = await _scrape(port)
            except OSError:   # not listening yet: the service is still starting
                continue
            if samples.get(registered) == 3 and samples.get(pending) == 2 and len(_automatic(samples)) == 1:
                break
        assert samples[registered] == 3 and _automatic(samples) == [1]
        assert samples[pending] == 2, "paced: one reply an hour, the other two wait"
        assert samples[("anmalan_outbox_messages", (("state", "failed"),))] == 0
        assert 0 <= samples[("anmalan_mailbox_seconds_since_contact", (("mailbox", "maildir"),))] < 5
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
    with pytest.raises(OSError):   # stopped with the service
        await _scrape(port)


async def test_a_taken_port_is_logged_and_the_service_goes_on(
        config: Config, clock: FixedClock, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        cfg = _config(config, tmp_path, port)
        stop = asyncio.Event()
        task = asyncio.create_task(serve(cfg, clock, stop))
        try:
            mailbox.Maildir(str(tmp_path / "inbox"), create=True).add(region_signup(0, "t")[1])
            for _ in range(200):
                await asyncio.sleep(0.05)
                if list((tmp_path / "outbox").glob("*.eml")):
                    break
            assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1, "the signup was answered all the same"
        finally:
            stop.set()
            await asyncio.wait_for(task, 15)
    assert any(r.levelno == logging.ERROR and f"cannot listen on 127.0.0.1:{port}" in r.getMessage()
               for r in caplog.records)


@pytest.mark.dovecot
async def test_the_imap_inbox_reports_its_last_contact(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    world = make_world(dovecot, smtp_server, tmp_path)
    port = _free_port()
    world.config = world.config.model_copy(update={"metrics": Metrics(enabled=True, port=port)})
    await world.start()
    try:
        world.send(region_signup(0, "i")[1])
        await world.replies(1)
        samples = await _scrape(port)
    finally:
        await world.shutdown()
    assert 0 <= samples[("anmalan_mailbox_seconds_since_contact", (("mailbox", "imap"),))] < 5
    assert ("anmalan_mailbox_seconds_since_contact", (("mailbox", "maildir"),)) not in samples, "Maildir is off"
    registered = ("anmalan_messages_total", (("channel", "email"), ("intent", "register"), ("state", "processed")))
    assert samples[registered] == 1
