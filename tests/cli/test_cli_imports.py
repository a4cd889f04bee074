"""What each command loads: a command's fixed cost is the modules it imports, so the ones that
need no Qt, ORM or reportlab never load them (checked in sys.modules, not timed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session

HEAVY = ("PySide6", "reportlab", "peewee")
# Runs `beacon ARGS` as the console script does, then prints which heavy packages were loaded.
WRAPPER = f"""
import json, runpy, sys
sys.argv = ["beacon", *sys.argv[1:]]
try:
    runpy.run_module("desktop_app", run_name="__main__")
except SystemExit as done:
    code = done.code
loaded = sorted({{m.split(".")[0] for m in sys.modules if m.startswith({HEAVY!r})}})
print("LOADED " + json.dumps(loaded), file=sys.stderr)
sys.exit(code)
"""


def loaded_by(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "BEACON_DB"}
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("LOADED "), done.stderr
    return done, json.loads(last.removeprefix("LOADED "))


def test_version_loads_no_orm_qt_or_reportlab():
    done, loaded = loaded_by("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("Beacon ")
    assert loaded == []


def test_help_loads_no_orm_qt_or_reportlab():
    done, loaded = loaded_by("--help")
    assert done.returncode == 0
    assert "export" in done.stdout and "settings" in done.stdout
    assert loaded == []


def test_settings_export_and_picklists_load_no_qt_or_reportlab(database, tmp_path: Path):
    PicklistService(Session.cli()).add_zone("North")
    db = str(tmp_path / "beacon.db")
    done, loaded = loaded_by("--db", db, "settings", "show")
    assert done.returncode == 0, done.stderr
    assert "office_name: " in done.stdout
    assert loaded == ["peewee"]
    out = tmp_path / "reports.csv"
    done, loaded = loaded_by("--db", db, "export", "reports", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("number,")
    assert loaded == ["peewee"]
    done, loaded = loaded_by("--db", db, "picklist", "list", "zone")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "North"
    assert loaded == ["peewee"]


def test_the_monthly_report_loads_reportlab_when_it_prints(database, tmp_path: Path):
    out = tmp_path / "october.pdf"
    done, loaded = loaded_by(
        "--db",
        str(tmp_path / "beacon.db"),
        "report",
        "monthly",
        "--month",
        "2026-10",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in loaded and "PySide6" not in loaded


def test_the_window_starts_without_reportlab():
    """The PDF builders load with the first document made, not with the window."""
    probe = (
        "import sys, ui.app, ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_window_starts_without_the_demo_generators():
    """The demo is offered in the File menu; its generators load when it is loaded."""
    probe = (
        "import sys, desktop_app.cli_commands, ui.app, ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('desktop_app.demo.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['desktop_app.demo.run', 'desktop_app.demo.scales']"
