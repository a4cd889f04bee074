"""Backups: consistent copies, rotation, restore with a safety copy, refusal of bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.backups import (
    BackupService,
    automatic_backup,
    check_backup_file,
    list_backups,
    rotate,
)
from desktop_app.services.check import run_check
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from models.org import Zone


def test_a_backup_restores_what_was_there(cli_session, tmp_path):
    picklists = PicklistService(cli_session)
    picklists.add_zone("North")
    backup = BackupService(cli_session).backup_now(tmp_path / "backups")
    picklists.add_zone("South")  # made after the backup: gone after the restore
    safety = BackupService(cli_session).restore(backup)
    assert [z.name for z in Zone.select()] == ["North"]
    assert safety.exists() and "pre-restore" in safety.name
    con = sqlite3.connect(str(safety))
    assert con.execute("SELECT COUNT(*) FROM zone").fetchone()[0] == 2  # the replaced database
    con.close()
    assert run_check().ok


def test_only_administrators_and_the_command_line_take_backups(office, tmp_path):
    with pytest.raises(PermissionDenied):
        BackupService(office.officer).backup_now(tmp_path)
    from desktop_app.services.users import UserService

    admin = UserService(Session.cli()).create_user("sam", "Sam Fraser", "admin", "admin-pass")
    session = Session(admin.id, admin.username, admin.display_name, admin.role, "pc")
    assert BackupService(session).backup_now(tmp_path).exists()


def test_rotation_keeps_seven_days_four_weeks_and_twelve_months(tmp_path):
    start = datetime(2026, 11, 27, 3, 0)
    for day in range(0, 400):
        for hour in (3, 15):
            at = start - timedelta(days=day, hours=15 - hour)
            (tmp_path / f"beacon-{at:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    (tmp_path / "beacon-20200101-000000-pre-restore.db").write_bytes(b"x")
    rotate(tmp_path)
    kept = list_backups(tmp_path)
    days = {b.taken_at.date() for b in kept}
    assert len(kept) == len(days)  # one per kept day
    assert all((start - timedelta(days=d)).date() in days for d in range(7))
    assert len(kept) <= 7 + 4 + 12
    assert (tmp_path / "beacon-20200101-000000-pre-restore.db").exists()


def test_the_automatic_backup_is_taken_once_a_day(cli_session, tmp_path):
    first = automatic_backup(tmp_path)
    assert first is not None and first.exists()
    assert automatic_backup(tmp_path) is None  # not due again yet


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_file_that_is_not_a_beacon_backup_is_refused(cli_session, tmp_path, content):
    bad = tmp_path / "beacon-20260101-000000.db"
    bad.write_bytes(content)
    with pytest.raises(ValidationError):
        check_backup_file(bad)
    with pytest.raises(ValidationError):
        BackupService(cli_session).restore(bad)


WRITER = """
import sys, time
from datetime import timedelta
from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from models.connection import connect
from models.database import DatabaseTarget
connect(DatabaseTarget("sqlite", sys.argv[1]))
service = ReportService(Session.cli())
while True:
    when = now_local().replace(tzinfo=None) - timedelta(hours=1)
    d = service.create(ReportInput(occurred_at=when,
        category="Theft", location="Market Square", anonymous=True,
        account="Written while a backup is taken."))
    print(d.row.number, flush=True)
"""


def test_a_backup_taken_while_another_process_writes_holds_everything_committed_before(
    office, db_path, tmp_path
):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, str(script), str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        seen = [writer.stdout.readline().strip() for _ in range(30)]  # 30 saves have returned
        backup = BackupService(Session.cli()).backup_now(tmp_path / "backups")
        time.sleep(0.2)
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
    con = sqlite3.connect(str(backup))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    numbers = {r[0] for r in con.execute("SELECT number FROM report")}
    con.close()
    assert set(seen) <= numbers


def test_the_start_up_check_finds_a_damaged_file(tmp_path):
    from desktop_app.services.backups import quick_check
    from models.connection import close, connect
    from models.database import DatabaseTarget

    path = tmp_path / "office.db"
    connect(DatabaseTarget("sqlite", str(path)))
    PicklistService(Session.cli()).add_zone("North")
    assert quick_check() == (True, "ok")
    close()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'zone'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\x0d" + b"\xff" * 200)
    connect(DatabaseTarget("sqlite", str(path)))
    ok, detail = quick_check()
    close()
    assert not ok and detail


def _backup_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_backup_that_cannot_be_audited_leaves_no_file(cli_session, db_path, tmp_path):
    from desktop_app.services.backups import BackupError
    from models.database import db

    folder = tmp_path / "backups"
    db.execute_sql("PRAGMA busy_timeout = 200")  # the other writer will not let go
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BackupError) as refused:
            BackupService(cli_session).backup_now(folder)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "\n" not in str(refused.value)
    assert _backup_files(folder) == []
    path = BackupService(cli_session).backup_now(folder)
    assert _backup_files(folder) == [path.name]
    row = db.execute_sql(
        "SELECT after FROM audit_entry WHERE action = 'backup' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row is not None and path.name in row[0]
