"""The beacon command as a user runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def beacon(
    *args: str, stdin: str | None = None, db: Path | str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("BEACON_DB", None)
    command = [sys.executable, "-m", "desktop_app"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        command + list(args), input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    done = beacon("demo", "--seed", "3", "--until", "2026-10-31", db=path)
    assert done.returncode == 0, done.stderr
    assert "Demo office ready" in done.stdout
    assert "beacon-demo" in done.stdout
    return path


def test_check_passes_on_a_healthy_database(demo):
    done = beacon("check", db=demo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "database integrity ok" in done.stdout
    assert "audit chain ok" in done.stdout


def test_check_names_the_audit_entry_altered_by_raw_sql(demo):
    user = beacon(
        "user",
        "add",
        "sam",
        "--role",
        "officer",
        "--password-stdin",
        stdin="patrol-pass\n",
        db=demo,
    )
    assert user.returncode == 0, user.stderr
    con = sqlite3.connect(str(demo))
    # The audit table refuses UPDATE; someone with the file and a SQLite shell can drop the guard.
    con.execute("DROP TRIGGER audit_entry_no_update")
    entry_id = con.execute(
        "SELECT id FROM audit_entry WHERE record_type = 'user' AND action = 'create'"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    con.execute(
        "UPDATE audit_entry SET after = replace(after, 'officer', 'manager') WHERE id = ?",
        (entry_id,),
    )
    con.commit()
    con.close()
    done = beacon("check", db=demo)
    assert done.returncode == 1
    assert f"audit chain broken at entry {entry_id}" in done.stdout


def _new_office(path: Path) -> Path:
    done = beacon("init", db=path)
    assert done.returncode == 0, done.stderr
    return path


def test_check_reports_a_damaged_database_file(tmp_path):
    path = _new_office(tmp_path / "office.db")
    assert beacon("check", db=path).returncode == 0  # an empty, healthy database
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_entry'").fetchone()[
        0
    ]
    con.close()
    with open(path, "r+b") as fh:  # scribble over one table's root page
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 64)
    done = beacon("check", db=path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr


def test_user_add_reads_the_password_from_stdin_and_the_user_can_sign_in(tmp_path):
    path = _new_office(tmp_path / "office.db")
    done = beacon(
        "user",
        "add",
        "priya",
        "--role",
        "front_desk",
        "--display-name",
        "Priya Patel",
        "--password-stdin",
        stdin="desk-password\n",
        db=path,
    )
    assert done.returncode == 0, done.stderr
    assert "Created front desk account 'priya'" in done.stdout
    con = sqlite3.connect(str(path))
    row = con.execute("SELECT display_name, role FROM user WHERE username = 'priya'").fetchone()
    who = con.execute(
        "SELECT username FROM audit_entry WHERE action = 'create' AND record_type = 'user'"
    ).fetchone()[0]
    con.close()
    assert row == ("Priya Patel", "front_desk")
    assert who.startswith("cli:")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["user", "add", "x", "--role", "officer", "--password-stdin"], "short\n", "at least 8"),
        (
            ["user", "add", "x", "--role", "sheriff", "--password-stdin"],
            "long-enough\n",
            "invalid choice",
        ),
        (["demo", "--until", "31/10/2026"], None, "not a date"),
        (["demo", "--scale", "huge"], None, "invalid choice"),
    ],
)
def test_user_mistakes_get_one_line_and_a_non_zero_exit(tmp_path, args, stdin, message):
    done = beacon(*args, stdin=stdin, db=_new_office(tmp_path / "office.db"))
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_database_url_is_a_one_line_error(tmp_path):
    done = beacon("check", db="mysql://host/office")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("beacon: unsupported database URL scheme 'mysql'")
    assert "Traceback" not in done.stderr


def test_beacon_db_environment_variable_chooses_the_database(tmp_path):
    path = _new_office(tmp_path / "from-env.db")
    env = dict(os.environ, BEACON_DB=str(path))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert str(path) in done.stdout
    assert path.exists()


def test_demo_refuses_a_database_with_records(demo):
    done = beacon("demo", db=demo)
    assert done.returncode == 2
    assert "already holds records" in done.stderr


def test_the_gui_without_a_screen_says_so_instead_of_crashing(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no screen to open the window on" in done.stderr


def test_import_prints_each_bad_line_and_exits_non_zero(demo, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text(
        "occurred_at,category,location,narrative\n"
        "2026-10-01 10:00,Theft,Market Square,Purse taken from a stall while paying.\n"
        "2026-10-01 11:00,Arson,Market Square,Bin set alight behind the market hall.\n",
        encoding="utf-8",
    )
    con = sqlite3.connect(str(demo))
    before = con.execute("SELECT COUNT(*) FROM report").fetchone()[0]
    con.close()
    done = beacon("import", "reports", str(path), db=demo)
    assert done.returncode == 1
    assert "line 3: category: unknown category 'Arson'" in done.stderr
    assert "nothing was imported" in done.stderr
    con = sqlite3.connect(str(demo))
    assert con.execute("SELECT COUNT(*) FROM report").fetchone()[0] == before
    con.close()
    done = beacon("import", "reports", str(path), "--create-missing", db=demo)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 reports" in done.stdout and "category Arson" in done.stdout


def test_import_with_thousands_of_bad_lines_prints_the_first_ones_and_a_count(demo, tmp_path):
    path = tmp_path / "reports.csv"
    bad = "2026-10-01 11:00,Arson,Market Square,Bin set alight behind the market hall.\n"
    path.write_text("occurred_at,category,location,narrative\n" + bad * 1200, encoding="utf-8")
    done = beacon("import", "reports", str(path), db=demo)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert sum(line.startswith("line ") for line in lines) == 50
    assert "... and 1,150 more problems" in lines
