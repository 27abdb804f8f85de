"""Benchmark of the free-text parser over the labelled corpus (run by hand, prints figures).

    .venv/bin/python benchmarks/bench_parse.py [--corpus DIR] [--rounds N]

Measures, in one process:
- the parser per message (median and p99), on the first pass (cold caches) and steady;
- the naive baseline, dateparser.search.search_dates over the whole body with language
  detection, per message, and the ratio of the medians;
- ``assistant parse`` over every corpus file in one process per channel, start-up included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import load_config
from assistant.parsing.dates import warm_up
from assistant.parsing.mime import read_mail
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people_opinion import model as people_model
from assistant.parsing.second_opinion import model
from assistant.request import Sender

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    config = load_config()
    items = [json.loads(line) for line in (args.corpus / "labels.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    messages = []
    for item in items:
        data = (args.corpus / item["file"]).read_bytes()
        at = dt.datetime.fromisoformat(item["received_at"])
        messages.append((item, data, at))

    def run_one(item: dict, data: bytes, at: dt.datetime) -> None:
        if item["channel"] == "email":
            parse_email(data, config, at)
        else:
            s = item.get("sender") or {}
            parse_chat(data.decode("utf-8"), Sender("telegram", str(s.get("id")), s.get("name")), config, at)

    t = time.perf_counter()
    warm_up()
    print(f"dateparser import + warm-up: {_ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    model()     # as the parser processes' fork server does (assistant/parsing/warm.py)
    print(f"intent model read: {_ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    people_model()
    print(f"people model read: {_ms(time.perf_counter() - t)}")

    first: list[float] = []
    for item, data, at in messages:
        t = time.perf_counter()
        run_one(item, data, at)
        first.append(time.perf_counter() - t)
    steady: list[float] = []
    for _ in range(args.rounds):
        for item, data, at in messages:
            t = time.perf_counter()
            run_one(item, data, at)
            steady.append(time.perf_counter() - t)

    from dateparser.search import search_dates

    baseline: list[float] = []
    for item, data, at in messages:
        text = read_mail(data).body if item["channel"] == "email" else data.decode("utf-8")
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search_dates(text, settings={"RELATIVE_BASE": at.replace(tzinfo=None)})
        baseline.append(time.perf_counter() - t)

    med_first, med_steady, med_base = (statistics.median(v) for v in (first, steady, baseline))
    print(f"parser, first pass : median {_ms(med_first)}  p99 {_ms(_percentile(first, 0.99))}  "
          f"({len(first)} messages)")
    print(f"parser, steady     : median {_ms(med_steady)}  p99 {_ms(_percentile(steady, 0.99))}  "
          f"({len(steady)} parses)")
    print(f"baseline search_dates: median {_ms(med_base)}  p99 {_ms(_percentile(baseline, 0.99))}")
    print(f"ratio baseline/parser (medians): first pass {med_base / med_first:.0f}x, "
          f"steady {med_base / med_steady:.0f}x")

    exe = ROOT / ".venv" / "bin" / "assistant"
    emails = [str(args.corpus / i["file"]) for i in items if i["channel"] == "email"]
    chats = [str(args.corpus / i["file"]) for i in items if i["channel"] != "email"]
    total = 0.0
    for channel, paths in (("email", emails), ("telegram", chats)):
        if not paths:
            continue
        t = time.perf_counter()
        proc = subprocess.run([str(exe), "parse", "--channel", channel, "--at", "2027-04-29T20:15:00+02:00",
                               *paths], capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t
        total += wall
        print(f"CLI {channel:8}: {len(paths)} files in {wall:.2f} s (exit {proc.returncode})")
    print(f"CLI total: {len(emails) + len(chats)} files in {total:.2f} s, start-up included")


if __name__ == "__main__":
    main()
