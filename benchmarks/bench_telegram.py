"""Telegram latency: update injected at the fake Bot API → reply observed there, over real HTTP long polling.

Run by hand: ``.venv/bin/python benchmarks/bench_telegram.py [--n 200]``. Prints p50/p95 for

- baseline: one ``sendMessage`` round trip from PTB to the fake over HTTP (the floor);
- one user, a command (``/status``) after each answer, N times;
- one user at a time, a free-text signup each (parser + rules + transaction + outbox + .ics);
- a burst: N users write a signup at once — every one answered exactly once, none lost.

The bot runs with Telegram's real flood limits (30 messages/s overall), so the burst's total
time is bounded by them, not by the service. Goal: p95 ≤ 50 ms for a single user.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.clock import FixedClock
from assistant.runtime import tune_gc
from tests.conftest import local
from tests.fakes.telegram_api import FakeTelegram, user
from tests.fakes.telegram_harness import BotHarness, telegram_config


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def _line(name: str, values: list[float], baseline: float | None = None) -> str:
    p50, p95 = _pct(values, 50), _pct(values, 95)
    ratio = f"  ({p50 / baseline:.1f}× baseline p50)" if baseline else ""
    return f"{name:<38} n={len(values):<4} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  max {max(values) * 1000:7.2f} ms{ratio}"


async def _one(h: BotHarness, sender: dict[str, object], text: str, expect: int = 1) -> float:
    uid = int(sender["id"])  # type: ignore[call-overload]
    before = len(h.fake.in_chat(uid))
    start = time.perf_counter()
    h.fake.text(sender, text)
    sent = await h.fake.wait_sent(uid, before + expect, timeout=30)
    return sent[before].at - start


async def main(n: int, rate: float, pause: float) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-telegram-"))
    clock = FixedClock(local(2027, 2, 1, 9, 0))
    config = telegram_config(tmp)
    h = await BotHarness(config, clock, FakeTelegram(), http=True, messages_per_second=rate).start()
    tune_gc()   # as `assistant run` does once started
    print(f"flood limit {rate:g} messages/s; {pause * 1000:.0f} ms pause between one user's messages")
    try:
        bot = h.bot.application.bot
        await _one(h, user(1, "Warm", "Up"), "anmäler mig till 3/5, Warm Up, Region Dalarna", 2)  # parser warm-up

        base = []
        for _ in range(n):
            start = time.perf_counter()
            await bot.send_message(2, "ping")
            base.append(time.perf_counter() - start)
            await asyncio.sleep(pause)
        baseline = _pct(base, 50)
        print(_line("baseline sendMessage round trip", base))

        me = user(3, "Kalle", "Svensson")
        status = []
        for _ in range(n):
            status.append(await _one(h, me, "/status"))
            await asyncio.sleep(pause)
        print(_line("one user: /status", status, baseline))

        signups = []
        for i in range(n):
            who = user(10_000 + i, "Person", f"Nummer{i}")
            signups.append(await _one(h, who, f"anmäler mig till 21/9, Person Nummer{i}, Region Dalarna"))
            await asyncio.sleep(pause)
        print(_line("one user at a time: free-text signup", signups, baseline))

        crowd = [user(20_000 + i, "Burst", f"Deltagare{i}") for i in range(n)]
        start = time.perf_counter()
        injected = {}
        for i, who in enumerate(crowd):
            injected[who["id"]] = time.perf_counter()
            h.fake.text(who, f"anmäler mig till 29/11, Burst Deltagare{i}, Region Dalarna")
        waits = [h.fake.wait_sent(int(who["id"]), 1, timeout=120) for who in crowd]  # type: ignore[call-overload]
        await asyncio.gather(*waits)
        total = time.perf_counter() - start
        await h.drained()   # every reply queued is out: anything answered twice would show up now
        texts = Counter(s.chat_id for s in h.fake.sent if s.chat_id >= 20_000 and s.method == "sendMessage")
        latencies = [next(s.at for s in h.fake.in_chat(int(who["id"]))) - injected[who["id"]]  # type: ignore[call-overload]
                     for who in crowd]
        print(_line(f"burst: {n} users at once, first reply", latencies, baseline))
        print(f"burst: all {n} answered in {total:.2f} s; answered once: {sum(1 for c in texts.values() if c == 1)}, "
              f"twice or more: {sum(1 for c in texts.values() if c > 1)}, lost: {n - len(texts)}")
        print(f"goal p95 ≤ 50 ms for a single user: /status {_pct(status, 95):.1f} ms, "
              f"signup {_pct(signups, 95):.1f} ms")
    finally:
        await h.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--rate", type=float, default=30.0, help="flood limit, messages/s (Telegram: 30)")
    parser.add_argument("--pause", type=float, default=0.1, help="seconds between one user's messages")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.rate, args.pause))
