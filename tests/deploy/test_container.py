"""``deploy/Dockerfile``: the image builds, runs as a non-root user, and starts ``assistant`` (where Docker runs)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT

IMAGE = "anmalan-test:latest"


def _docker() -> str:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("Docker is not installed here: the image is not built")
    info = subprocess.run([docker, "info"], capture_output=True, text=True, timeout=60, check=False)
    if info.returncode != 0:
        pytest.skip(f"the Docker daemon is not reachable here ({info.stderr.strip().splitlines()[-1]}): "
                    "the image is not built")
    return docker


def test_the_image_builds_and_runs_as_a_user_without_privileges() -> None:
    docker = _docker()
    subprocess.run([docker, "build", "-f", "deploy/Dockerfile", "-t", IMAGE, "."], cwd=ROOT, check=True,
                   timeout=900, capture_output=True)
    try:
        uid = subprocess.run([docker, "run", "--rm", "--entrypoint", "id", IMAGE, "-u"], capture_output=True,
                             text=True, timeout=120, check=True).stdout.strip()
        assert uid != "0"
        helped = subprocess.run([docker, "run", "--rm", IMAGE, "--help"], capture_output=True, text=True,
                                timeout=120, check=True).stdout
        assert "backup" in helped and "restore" in helped
        dump = subprocess.run([docker, "run", "--rm", "--entrypoint", "pg_dump", IMAGE, "--version"],
                              capture_output=True, text=True, timeout=120, check=True).stdout
        assert dump.startswith("pg_dump (PostgreSQL)")
    finally:
        subprocess.run([docker, "rmi", "-f", IMAGE], capture_output=True, timeout=120, check=False)
