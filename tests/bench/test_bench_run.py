"""`python -m bench` end to end on a small demo office, one repetition (no timings asserted)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import FIGURES

ROOT = Path(__file__).resolve().parents[2]


def bench(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "small", "--reps", "1", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_the_benchmark_runs_every_figure_and_writes_json_leaving_the_cache_as_built(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    first = bench("--cache-dir", str(cache), "--only", "cli", "--json", str(tmp_path / "a.json"))
    assert first.returncode == 0, first.stderr
    (cached,) = cache.glob("small-v*.db")
    built = digest(cached)

    run = bench("--cache-dir", str(cache), "--json", str(tmp_path / "b.json"))

    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert report["reps"] == 1 and report["machine"]["cpus"]
    assert [f["name"] for f in report["figures"]] == [f.name for f in FIGURES]
    for figure in report["figures"]:
        assert figure["error"] == "", figure
        assert figure["beacon_s"] > 0 and figure["floor_s"] > 0 and figure["ratio"] > 0
        assert len(figure["beacon_samples_s"]) == len(figure["floor_samples_s"]) == 1
    assert "| figure | Beacon | floor | ratio | reps |" in run.stdout
    assert digest(cached) == built  # every run worked on a copy: nothing grows
    assert list(cache.glob("runs-*")) == []  # and the copies are gone
