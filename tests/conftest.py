"""Shared test helpers: where the repository and the optional shared corpus are."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The tests load rule and locale files from temporary directories: their cache entries
# (compiled patterns, parsed YAML) go to a cache of this session, not the user's
# ~/.cache/copydesk. Set before any checker module runs; subprocesses inherit it.
_CACHE_HOME = tempfile.mkdtemp(prefix="copydesk-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME
# ... and the key that seals those caches (checker/_cache_auth.py) is this session's too.
os.environ["XDG_CONFIG_HOME"] = os.path.join(_CACHE_HOME, "config")
os.environ.pop("COPYDESK_CACHE_KEY", None)
atexit.register(shutil.rmtree, _CACHE_HOME, True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED_DIR = SHARED / "seed"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("needs the development corpus (a shared/corpus folder beside this clone); not part of the repository")
    return CORPUS


@pytest.fixture
def seed() -> Path:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("needs the seed article (a shared/seed folder beside this clone); not part of the repository")
    return files[0]


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m checker`` as a user would; returns the completed process (text output)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd or ROOT, env=env,
                             input=stdin, capture_output=True, timeout=120)
    process.stdout = process.stdout.decode("utf-8", "replace")
    process.stderr = process.stderr.decode("utf-8", "replace")
    return process


def run_json(*args: str, cwd: Path | None = None) -> dict:
    process = run_cli(*args, "--format", "json", cwd=cwd)
    assert process.returncode in (0, 1), process.stderr
    return json.loads(process.stdout)
