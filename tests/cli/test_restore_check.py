"""`beacon restore` refuses bad files in one line and changes nothing; `beacon check` names drift
and a cut audit tail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.backups import BackupService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from models.connection import close, connect
from models.database import DatabaseTarget
from tests.cli.test_cli import beacon
from tests.services.test_restore import BAD_FILES


@pytest.fixture
def office_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    live = tmp_path / "office.db"
    connect(DatabaseTarget("sqlite", str(live)))
    try:
        PicklistService(Session.cli()).add_zone("North")
        backup = BackupService(Session.cli()).backup_now(tmp_path / "backups")
        PicklistService(Session.cli()).add_zone("South")
    finally:
        close()
    con = sqlite3.connect(str(live))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return live, backup


@pytest.mark.parametrize("make", BAD_FILES, ids=lambda f: f.__name__)
def test_restore_of_a_bad_file_is_one_line_and_changes_nothing(office_and_backup, tmp_path, make):
    live, backup = office_and_backup
    bad = make(backup, tmp_path)
    before = live.read_bytes()
    done = beacon("restore", str(bad), "--yes", db=live)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("beacon: "), done.stderr
    assert live.read_bytes() == before
    con = sqlite3.connect(str(live))
    assert [r[0] for r in con.execute("SELECT name FROM zone ORDER BY name")] == ["North", "South"]
    con.close()


def test_restore_of_a_good_backup_from_the_command_line(office_and_backup):
    live, backup = office_and_backup
    done = beacon("restore", str(backup), "--yes", db=live)
    assert done.returncode == 0, done.stderr
    check = beacon("check", db=live)
    assert check.returncode == 0, check.stdout
    assert "schema ok" in check.stdout and "audit anchor ok" in check.stdout


def test_check_fails_naming_a_dropped_guard(office_and_backup):
    live, _ = office_and_backup
    con = sqlite3.connect(str(live))
    con.execute("DROP TRIGGER audit_entry_no_update")
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1
    assert "database integrity ok" in done.stdout
    assert "missing guard audit_entry_no_update" in done.stdout


def test_check_fails_on_a_truncated_tail_with_the_guard_recreated(office_and_backup):
    live, _ = office_and_backup
    con = sqlite3.connect(str(live))
    guard = con.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_entry_no_delete'"
    ).fetchone()[0]
    con.executescript(
        "DROP TRIGGER audit_entry_no_delete;"
        "DELETE FROM audit_entry WHERE id > (SELECT MAX(id) - 2 FROM audit_entry);"
        f"{guard};"
    )
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1
    assert "audit chain ok" in done.stdout  # the chain alone looks whole
    assert "audit anchor" in done.stdout and "FAILED" in done.stdout
