"""``deploy/anmalan.service``: systemd accepts it as written, and it keeps the hardening the README promises."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

UNIT = ROOT / "deploy" / "anmalan.service"
INSTALLED = "/opt/anmalan/.venv/bin/assistant"


def _settings() -> dict[str, list[str]]:
    """Each ``Key=value`` of the unit, by key (a key may repeat)."""
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text("utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_systemd_analyze_verify_finds_nothing(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here (Debian: systemd): the unit file is not verified")
    # verify checks that ExecStart's program exists: point it at this checkout's console script
    assistant = Path(sys.executable).parent / "assistant"
    assert assistant.exists(), "the project is installed into the virtualenv (pip install -e .)"
    unit = tmp_path / "anmalan.service"
    unit.write_text(UNIT.read_text("utf-8").replace(INSTALLED, str(assistant)), encoding="utf-8")
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_unit_is_hardened_and_reads_its_secrets_from_a_file() -> None:
    s = _settings()
    assert s["ExecStart"] == [f"{INSTALLED} run"]
    assert (s["User"], s["Group"]) == (["anmalan"], ["anmalan"])
    assert s["Environment"] == ["ANMALAN_CONFIG=/etc/anmalan/config.toml"]
    assert s["EnvironmentFile"] == ["/etc/anmalan/anmalan.env"], "no secret in the unit itself"
    assert (s["StateDirectory"], s["ReadWritePaths"]) == (["anmalan"], ["/var/lib/anmalan"])
    assert s["Restart"] == ["on-failure"] and s["KillSignal"] == ["SIGTERM"]
    for key, value in {"ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
                       "NoNewPrivileges": "yes", "CapabilityBoundingSet": "", "UMask": "0077"}.items():
        assert s[key] == [value], key
