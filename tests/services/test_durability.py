"""Crash safety and concurrency: what a save returned survives kill -9; two writers never fail."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.audit import verify_chain
from models.connection import close, connect
from models.database import DatabaseTarget

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import timedelta
from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from models.connection import connect
from models.database import DatabaseTarget
connect(DatabaseTarget("sqlite", sys.argv[1]))
service = ReportService(Session.cli())
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
print("ready", flush=True)
for i in range(count):
    when = now_local().replace(tzinfo=None) - timedelta(hours=1)
    detail = service.create(ReportInput(occurred_at=when, category="Theft",
        location="Market Square", anonymous=True, account=f"Saved by a writer, number {i}."))
    print(detail.row.number, flush=True)  # printed only once the save has returned
"""


def _writer(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    return script


def _check(db_path: Path) -> tuple[str, set[str]]:
    con = sqlite3.connect(str(db_path))
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        numbers = {r[0] for r in con.execute("SELECT number FROM report")}
    finally:
        con.close()
    return integrity, numbers


@pytest.mark.slow
def test_killing_a_writer_twenty_times_loses_nothing_that_was_saved(office, db_path, tmp_path):
    close()  # the writers own the file now
    script = _writer(tmp_path)
    rng = random.Random(20261127)
    returned: set[str] = set()
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, str(script), str(db_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            line = writer.stdout.readline().strip()
            if line:
                returned.add(line)
        writer.kill()  # SIGKILL, at whatever moment the writer is in
        rest, _ = writer.communicate()
        returned.update(n for n in rest.split() if n.startswith("WR-"))
        integrity, numbers = _check(db_path)
        assert integrity == "ok"
        assert returned <= numbers, f"saved but lost: {sorted(returned - numbers)}"
    assert len(returned) > 20
    connect(DatabaseTarget("sqlite", str(db_path)))
    assert verify_chain().ok


@pytest.mark.slow
def test_two_processes_saving_500_reports_each_at_once(office, db_path, tmp_path):
    close()
    script = _writer(tmp_path)
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(db_path), "500"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err
    numbers = [n for out, _ in outputs for n in out.split() if n.startswith("WR-")]
    assert len(numbers) == 1000 and len(set(numbers)) == 1000
    integrity, stored = _check(db_path)
    assert integrity == "ok" and set(numbers) <= stored
    connect(DatabaseTarget("sqlite", str(db_path)))
    assert verify_chain().ok
