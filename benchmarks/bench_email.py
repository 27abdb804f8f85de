"""E-mail channel speed: a backlog through the running service, and IDLE latency, on real Dovecot + aiosmtpd.

Run by hand: ``.venv/bin/python benchmarks/bench_email.py [--backlog 1000] [--big 10000] [--idle 100]``.

1. Backlog: N signup mails wait in the mailbox (put there with IMAP APPEND, which is faster
   to set up than LMTP), then ``assistant run`` starts as a subprocess; measured: the time
   until every message is stored and every reply received by aiosmtpd, and the service's
   peak RSS (VmHWM). Baseline in the same run: the bare floor of the same work — fetch all
   N messages with imap-tools in bulk and send N ready-made replies over one aiosmtplib
   connection, no parsing, no database.
2. ``--big``: the same with a larger backlog, for peak RSS (memory must not grow with it).
3. IDLE latency: with the service idle in IDLE, one message at a time is delivered over
   LMTP; measured: delivery → reply received, p50/p95. Baseline: delivery → a bare
   imap-tools client's IDLE wakes up (Dovecot's own notification delay).

Goals (2-core machine): backlog of 1,000 ≤ 20 s, IDLE p95 ≤ 1 s, peak RSS ≤ 150 MB with
10,000 messages waiting.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiosmtplib
import trustme
from imap_tools import MailBoxUnencrypted

from tests.servers.dovecot import PASSWORD, Dovecot, start_dovecot
from tests.servers.mail_world import PASSWORD_ENV, mail_config_data, move_event_to_future, toml_text
from tests.servers.mails import region_signup
from tests.servers.smtp import SmtpServer


def start_servers() -> tuple[Dovecot, SmtpServer]:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    pem = Path(tempfile.mkdtemp(prefix="bench-ca-")) / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    dovecot = start_dovecot(pem, b"".join(b.bytes() for b in cert.cert_chain_pems), cert.private_key_pem.bytes())
    smtp = SmtpServer()
    smtp.start()
    return dovecot, smtp


def write_config(dovecot: Dovecot, smtp: SmtpServer, user: str, tmp: Path, capacity: int) -> Path:
    """The example config on the test servers, the event moved into the future (the service uses the real clock)."""
    data = mail_config_data(dovecot, smtp, user, tmp / "anmalan.db", capacity=capacity, idle_timeout=300)
    move_event_to_future(data)
    data["limits"]["max_replies_per_address_per_day"] = 10
    # the backlog measures throughput: the hourly pacing (300 an hour by default) would spread it over hours
    data["limits"]["max_replies_per_hour"] = 1_000_000
    path = tmp / "config.toml"
    path.write_text(toml_text(data), "utf-8")
    return path


def append_all(dovecot: Dovecot, user: str, messages: list[bytes]) -> float:
    start = time.perf_counter()
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
        for raw in messages:
            box.client.append("INBOX", None, None, raw)
    return time.perf_counter() - start


def start_service(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    with log.open("ab") as err:
        profile = os.environ.get("BENCH_PYTHON_ARGS", "").split()   # e.g. "-m cProfile -o service.prof"
        return subprocess.Popen([sys.executable, *profile, "-m", "assistant.cli", "run", "--config", str(config)],
                                cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=err)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("select count(*) from inbound_messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def wait_until(check: object, timeout: float, poll: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not check():   # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not met in time")
        time.sleep(poll)


def baseline_floor(dovecot: Dovecot, smtp: SmtpServer, user: str, n: int) -> float:
    """Fetch all N messages in bulk with imap-tools and send N replies over one SMTP connection."""
    start = time.perf_counter()
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
        fetched = list(box.fetch(mark_seen=False, bulk=100))

    async def send_all() -> None:
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=smtp.port) as client:
            for i, m in enumerate(fetched):
                reply = EmailMessage()
                reply["From"], reply["To"], reply["Subject"] = "anmalan@dalalab.example", m.from_, f"Re: {m.subject}"
                reply.set_content(f"Tack! ({i})")
                await client.send_message(reply)

    asyncio.run(send_all())
    assert len(fetched) == n
    return time.perf_counter() - start


def backlog(dovecot: Dovecot, smtp: SmtpServer, n: int, tag: str, limit: float | None = None,
            ) -> tuple[float, int, float, float, subprocess.Popen[bytes]]:
    """Fill a fresh mailbox with n signups, start the service, wait until all are answered (or ``limit`` s).

    Returns (seconds, replies received, peak RSS MB, APPEND seconds, the running service).
    """
    tmp = Path(tempfile.mkdtemp(prefix="bench-email-"))
    user = dovecot.new_user()
    config = write_config(dovecot, smtp, user, tmp, capacity=n + 1000)
    messages = [region_signup(i, tag)[1] for i in range(n)]
    put = append_all(dovecot, user, messages)
    del messages
    before = len(smtp.messages)
    start = time.perf_counter()
    proc = start_service(config, tmp / "service.log")
    try:
        wait_until(lambda: len(smtp.messages) - before >= n, timeout=limit or max(300.0, n / 2), poll=0.05)
    except TimeoutError:
        if limit is None:
            raise
    took = time.perf_counter() - start
    cpu = cpu_seconds(proc.pid)
    print(f"  [backlog {n}: the service used {cpu:.1f} s of CPU in {took:.1f} s ({cpu / took:.0%} of one core)]")
    return took, len(smtp.messages) - before, peak_rss_mb(proc.pid), put, proc


def fresh_service(dovecot: Dovecot, smtp: SmtpServer) -> tuple[str, subprocess.Popen[bytes]]:
    """A service on an empty mailbox and database, connected and idle."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-idle-"))
    user = dovecot.new_user()
    log = tmp / "service.log"
    proc = start_service(write_config(dovecot, smtp, user, tmp, capacity=1000), log)
    wait_until(lambda: log.exists() and b"connected" in log.read_bytes(), timeout=30)
    return user, proc


def idle_latency(dovecot: Dovecot, smtp: SmtpServer, user: str, n: int) -> list[float]:
    out = []
    for i in range(n):
        raw = region_signup(i, "idle")[1]
        before = len(smtp.messages)
        time.sleep(0.05)   # one message at a time, the service back in IDLE
        start = time.perf_counter()
        dovecot.deliver(user, raw)
        wait_until(lambda before=before: len(smtp.messages) > before, timeout=10, poll=0.002)
        out.append(time.perf_counter() - start)
    return out


def idle_floor(dovecot: Dovecot, n: int) -> list[float]:
    """Delivery → a bare imap-tools client wakes from IDLE (no service at all)."""
    user = dovecot.new_user()
    out: list[float] = []
    with MailBoxUnencrypted("127.0.0.1", dovecot.imap_port).login(user, PASSWORD) as box:
        for i in range(n):
            start = [0.0]

            def deliver(i: int = i, start: list[float] = start) -> None:
                time.sleep(0.05)
                start[0] = time.perf_counter()
                dovecot.deliver(user, region_signup(i, "floor")[1])

            t = threading.Thread(target=deliver)
            t.start()
            responses = box.idle.wait(timeout=10)
            out.append(time.perf_counter() - start[0])
            t.join()
            assert responses
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backlog", type=int, default=1000)
    parser.add_argument("--big", type=int, default=10000, help="0 to skip")
    parser.add_argument("--big-seconds", type=float, default=120.0,
                        help="stop the big backlog after this long and report what was done")
    parser.add_argument("--idle", type=int, default=100)
    args = parser.parse_args()
    dovecot, smtp = start_servers()
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}  {os.cpu_count()} CPUs  Dovecot on 127.0.0.1:{dovecot.imap_port}")
    try:
        user, proc = fresh_service(dovecot, smtp)
        lat = idle_latency(dovecot, smtp, user, args.idle)
        stop(proc)
        base = idle_floor(dovecot, min(args.idle, 30))
        print(f"IDLE latency, delivery → reply received, n={len(lat)}: p50 {pct(lat, 50) * 1000:.0f} ms, "
              f"p95 {pct(lat, 95) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms (goal p95 ≤ 1000 ms)")
        print(f"  baseline (delivery → bare IDLE wake-up), n={len(base)}: p50 {pct(base, 50) * 1000:.0f} ms, "
              f"p95 {pct(base, 95) * 1000:.0f} ms; service p50 − baseline p50 = "
              f"{(statistics.median(lat) - statistics.median(base)) * 1000:.0f} ms")
        took, got, rss, put, proc = backlog(dovecot, smtp, args.backlog, "b")
        stop(proc)
        floor_user = dovecot.new_user()
        append_all(dovecot, floor_user, [region_signup(i, "f")[1] for i in range(args.backlog)])
        floor = baseline_floor(dovecot, smtp, floor_user, args.backlog)
        print(f"backlog {args.backlog}: all stored and answered in {took:.2f} s "
              f"({args.backlog / took:.0f} messages/s; goal ≤ 20 s), peak RSS {rss:.0f} MB "
              f"[setup: APPEND took {put:.1f} s]")
        print(f"  baseline (bulk fetch + bare SMTP sends, no service): {floor:.2f} s; "
              f"service/baseline = {took / floor:.1f}×")
        if args.big:
            took, got, rss, put, proc = backlog(dovecot, smtp, args.big, "g", limit=args.big_seconds)
            stop(proc)
            done = "all" if got >= args.big else f"stopped after {took:.0f} s with {got}"
            print(f"backlog {args.big}: {done} answered ({got / took:.0f} messages/s), "
                  f"peak RSS {rss:.0f} MB (goal ≤ 150 MB) [setup: APPEND took {put:.1f} s]")
    finally:
        smtp.stop()
        dovecot.stop()


if __name__ == "__main__":
    main()
