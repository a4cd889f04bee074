"""Figures of whole processes, timed from launch: the desktop app's start-up to its first list
painted, and the fixed cost of any command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.cache import ROOT
from bench.harness import Elapsed, Figure, Pair, Workspace

PROBE = Path(__file__).with_name("startup_probe.py")
TIMEOUT_S = 120.0


def child_env(home: Path) -> dict[str, str]:
    """Offscreen, and the child's settings, logs and caches in a folder of the run's own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("BEACON_DB", None)
    return env


def launch_to_painted(which: str, db: Path, env: dict[str, str]) -> Elapsed:
    """Launch the probe and time it to its PAINTED line."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(PROBE), which, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""  # blocks until the mark
        elapsed = time.perf_counter() - start
        if line.strip() != "PAINTED":
            _, err = child.communicate(timeout=TIMEOUT_S)
            last = (err.strip().splitlines() or ["no output"])[-1]
            raise RuntimeError(f"{which} start-up painted no list: {last}")
        return Elapsed(elapsed)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=TIMEOUT_S)


def beacon_startup(db: Path, env: dict[str, str]) -> Elapsed:
    return launch_to_painted("beacon", db, env)


def floor_startup(db: Path, env: dict[str, str]) -> Elapsed:
    return launch_to_painted("bare", db, env)


def prepare_startup(ws: Workspace) -> Pair:
    db = ws.copy("startup")
    env = child_env(ws.folder / "startup-home")
    return Pair(
        lambda: beacon_startup(db, env),
        lambda: floor_startup(db, env),
        note="manager signs in (argon2 included); the landing tab's report list",
    )


# ---- any command's fixed cost -------------------------------------------------------------
def beacon_version(env: dict[str, str]) -> None:
    beacon = Path(sys.executable).with_name("beacon")
    subprocess.run([str(beacon), "--version"], check=True, env=env, stdout=subprocess.DEVNULL)


def floor_version(env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-c", "import sqlite3"], check=True, env=env)


def prepare_version(ws: Workspace) -> Pair:
    env = child_env(ws.folder / "cli-home")
    return Pair(lambda: beacon_version(env), lambda: floor_version(env))


FIGURES = [
    Figure(
        "startup",
        "start-up, launch → first list painted",
        "bare PySide6 window, 4 tabs + first page",
        prepare_startup,
    ),
    Figure(
        "cli",
        "any CLI command's fixed cost (`beacon --version`)",
        "python + sqlite3",
        prepare_version,
    ),
]
