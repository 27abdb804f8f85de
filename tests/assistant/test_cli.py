"""The command line a newcomer uses: run --demo answers the examples; registrations and export show them."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import ROOT


def _config_file(tmp_path: Path) -> Path:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    text = text.replace('url = "sqlite+aiosqlite:///var/anmalan.db"', 'url = "sqlite+aiosqlite:///anmalan.db"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _assistant(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, check=False)


def test_run_demo_answers_every_example_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    config = _config_file(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "run", "--demo", "--config", str(config)],
                            cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    outbox = tmp_path / "var" / "outbox"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(list(outbox.glob("*.eml"))) < 8:
            time.sleep(0.1)
        names = sorted(p.name for p in outbox.glob("*.eml"))
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    kinds = [n.split("-", 1)[1] for n in names]
    # five examples: three confirmations (one names three Falun people, whose two colleagues with addresses
    # get their own notice), the fourth from Falun refused, a question forwarded to the organiser and acknowledged
    assert kinds.count("confirmation.eml") == 3
    assert kinds.count("notice.eml") == 2
    assert kinds.count("rejection.eml") == 1
    assert kinds.count("forward.eml") == 1 and kinds.count("acknowledgement.eml") == 1
    assert "organisation-quota" in err, "the log says what was decided and why"
    assert "stopped" in err

    table = _assistant("registrations", "--config", str(config), cwd=tmp_path)
    assert table.returncode == 0
    assert "Karin Dahl" in table.stdout and "Falu kommun" in table.stdout and "bekräftad" in table.stdout
    assert "Jonas Berg" not in table.stdout

    out = tmp_path / "list.csv"
    assert _assistant("export", "--format", "csv", "-o", str(out), "--config", str(config), cwd=tmp_path).returncode == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Träff", "Status", "Namn"]
    assert {r[2] for r in rows[1:]} >= {"Karin Dahl", "Per Holm", "Lena Ek", "Sofia Hedlund", "Erik Sandberg"}

    xlsx = tmp_path / "list.xlsx"
    assert _assistant("export", "--format", "xlsx", "-o", str(xlsx), "--config", str(config), cwd=tmp_path).returncode == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames[0] == "Översikt"
    assert {"2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"} <= set(wb.sheetnames)
    may = wb["2027-05-03"]
    names_may = {row[2] for row in may.iter_rows(min_row=2, values_only=True)}
    assert {"Karin Dahl", "Per Holm", "Lena Ek", "Erik Sandberg", "Sofia Hedlund"} <= names_may
