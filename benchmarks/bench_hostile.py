"""Pathological mail through the parser, before and after the bounded parser (run by hand, prints a table).

    .venv/bin/python benchmarks/bench_hostile.py [--before REV] [--cases PATTERN] [--cap-seconds 60] [--cap-mb 4096]

Each case is one e-mail built to hurt: never-closed nesting 1,000 / 10,000 / 25,000 levels deep of
blockquote, div, table (table-tr-td) and list (ul-li), 5,000 MIME parts, 20,000 distinct date
expressions, a 1 MB single line, 10,000 recipients in Cc. Each is read by ``parse_inbound`` (what the
parser's process runs for the service) in a fresh Python process, after a warm-up: the table gives the
parse's CPU time, the peak memory it added (``ru_maxrss``) and the outcome (the intent read, "refused"
as too complex, or what stopped it), for the code of ``--before`` (default: the commit before the bounded
parser, extracted with ``git archive``; it needs BeautifulSoup installed) and for this working tree, in
the same run. The old code runs under caps (``--cap-seconds`` of CPU, ``--cap-mb`` of extra address
space): past them it is reported as "killed" or "MemoryError". Goal: every case within 1 s and 100 MB,
or refused as too complex.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import gc
import json
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "8ab58f2"   # the last commit before the bounded parser (issue 11)
AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.UTC)
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def _mail(body: bytes, content_type: str = "text/plain; charset=utf-8", extra: str = "") -> bytes:
    head = (f"From: Eve Evil <eve@attack.example>\r\nTo: anmalan@dalalab.example\r\n{extra}"
            f"Subject: =?utf-8?q?Anm=C3=A4lan?=\r\nMessage-ID: <bench@attack.example>\r\n"
            f"Content-Type: {content_type}\r\n\r\n")
    return head.encode() + body


def _nested(opening: str, levels: int) -> bytes:
    html = "<html><body>" + opening * levels + "Jag anmäler mig till 3 maj. /Eve Evil</body></html>"
    return _mail(html.encode(), "text/html; charset=utf-8")


def _parts(count: int) -> bytes:
    parts = "".join(f"--b\r\nContent-Type: text/html\r\n\r\n<p>del {i}: anmäl mig till 3 maj</p>\r\n"
                    for i in range(count))
    return _mail((parts + "--b--\r\n").encode(), "multipart/mixed; boundary=b")


def _dates(count: int) -> bytes:
    exprs = ", ".join(f"{i % 28 + 1} {_MONTHS[i // 28 % 12]} {2030 + i // 336}" for i in range(count))
    return _mail(f"Hej! Jag kan komma {exprs}.\n\nMvh\nEve Evil\n".encode())


def _line(size: int) -> bytes:
    unit = "Jag anmäler mig till 3 maj och 21/9. "
    return _mail((unit * (size // len(unit.encode()) + 1)).encode()[:size])


def _recipients(count: int) -> bytes:
    cc = ",\r\n ".join(f"Person {i} <p{i}@example.org>" for i in range(count))
    return _mail("Jag anmäler mig till 3 maj.\n/Eve Evil\n".encode(), extra=f"Cc: {cc}\r\n")


CASES: dict[str, Callable[[], bytes]] = {}
for _levels in (1_000, 10_000, 25_000):
    for _name, _opening in (("blockquote", "<blockquote>"), ("div", "<div>"), ("table", "<table><tr><td>"),
                            ("list", "<ul><li>")):
        CASES[f"{_name} {_levels // 1000}k deep"] = (lambda o=_opening, n=_levels: _nested(o, n))
CASES["blockquote 990 deep (under the cap)"] = lambda: _nested("<blockquote>Inbjudan ", 990)
CASES["5k MIME parts"] = lambda: _parts(5_000)
CASES["20k date expressions"] = lambda: _dates(20_000)
CASES["1 MB single line"] = lambda: _line(1_000_000)
CASES["10k recipients in Cc"] = lambda: _recipients(10_000)


# -- one case in a fresh process ------------------------------------------------------------------------

def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _vm_size() -> int:
    with open("/proc/self/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmSize:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmSize")


def child(case: str, root: Path, cap_seconds: float, cap_mb: int) -> None:
    """Read one case with the code under ``root`` and print its figures as JSON."""
    sys.path.insert(0, str(root))
    from assistant.config import load_config
    from assistant.inbound import Inbound, parse_inbound
    from assistant.parsing.dates import warm_up

    config = load_config(root / "config.example.toml", base_dir=root)
    warm_up()
    parse_inbound(Inbound("email", "w", _nested("<p>", 3), AT), config)   # warm the code paths
    inbound = Inbound("email", "k", CASES[case](), AT)
    gc.collect()
    resource.setrlimit(resource.RLIMIT_AS, (_vm_size() + cap_mb * 2**20, resource.RLIM_INFINITY))
    resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(time.process_time() + cap_seconds),
                                             resource.RLIM_INFINITY))
    base = _maxrss_mb()
    start = time.process_time()
    try:
        request, _ = parse_inbound(inbound, config)
        outcome = request.intent.value if request is not None else "not parsed"
        if request is not None and any("MemoryError" in p for p in request.problems):
            outcome = "MemoryError (swallowed)"
    except BaseException as exc:  # noqa: BLE001 - TooComplex, MemoryError: the outcome
        outcome = "refused" if type(exc).__name__ == "TooComplex" else type(exc).__name__
    cpu = time.process_time() - start
    print(json.dumps({"cpu": cpu, "mb": _maxrss_mb() - base, "outcome": outcome, "size": len(inbound.raw)}))


def run_case(case: str, root: Path, cap_seconds: float, cap_mb: int) -> dict[str, object]:
    """One case in a fresh process; a process killed at its CPU cap is reported as such."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, __file__, "--child", case, "--root", str(root),
                           "--cap-seconds", str(cap_seconds), "--cap-mb", str(cap_mb)],
                          capture_output=True, text=True, timeout=cap_seconds * 3 + 120, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        killed = done.returncode == -signal.SIGXCPU
        return {"cpu": cap_seconds if killed else time.monotonic() - started, "mb": float("nan"),
                "outcome": f"killed at {cap_seconds:g} s" if killed else f"exit {done.returncode}",
                "error": done.stderr[-400:]}
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def extract(rev: str) -> Path | None:
    """The tree of ``rev`` in a temporary folder (``git archive``), or None when git cannot give it."""
    folder = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    archive = folder / "tree.tar"
    with archive.open("wb") as out:
        if subprocess.run(["git", "-C", str(ROOT), "archive", rev], stdout=out, check=False).returncode != 0:
            return None
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "tree", filter="data")
    return folder / "tree"


def _cell(figures: dict[str, object] | None) -> str:
    if figures is None:
        return "| – | – | – "
    cpu, mb = float(str(figures["cpu"])), float(str(figures["mb"]))
    mb_text = "–" if math.isnan(mb) else f"{mb:,.0f}"
    return f"| {cpu:.2f} | {mb_text} | {figures['outcome']} "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=BEFORE, help="the git revision to compare with ('' to skip)")
    parser.add_argument("--cases", default="*", help="a glob over the case names")
    parser.add_argument("--cap-seconds", type=float, default=60.0)
    parser.add_argument("--cap-mb", type=int, default=4096)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.root, args.cap_seconds, args.cap_mb)
        return
    before = extract(args.before) if args.before else None
    try:
        _table(args, before)
    finally:
        if before is not None:
            shutil.rmtree(before.parent, ignore_errors=True)


def _table(args: argparse.Namespace, before: Path | None) -> None:
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}  {os.cpu_count()} CPUs  before: {args.before or '-'}  "
          f"caps for each parse: {args.cap_seconds:g} s of CPU, {args.cap_mb} MB")
    print("| case | size | before: CPU s | +MB | outcome | after: CPU s | +MB | outcome |")
    print("|---|---:|---:|---:|---|---:|---:|---|")
    for case in CASES:
        if not fnmatch.fnmatch(case, args.cases):
            continue
        old = run_case(case, before, args.cap_seconds, args.cap_mb) if before is not None else None
        new = run_case(case, ROOT, args.cap_seconds, args.cap_mb)
        size = int(str(new.get("size", 0)))
        print(f"| {case} | {size / 1000:,.0f} KB {_cell(old)}{_cell(new)}|", flush=True)


if __name__ == "__main__":
    main()
