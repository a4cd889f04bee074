"""Restore that cannot hurt: a bad or malicious file leaves the live database byte for byte as it
was; a good backup, wherever it is and whatever its page size, comes back whole."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.services.backups import BackupError, BackupService
from desktop_app.services.check import run_check
from desktop_app.services.errors import ServiceError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from models.database import db
from models.org import Zone

V1_DUMP = Path(__file__).parents[1] / "models" / "data" / "beacon_v1.sql"


def _sql(path: Path, script: str) -> Path:
    con = sqlite3.connect(str(path))
    con.executescript(script)
    con.close()
    return path


def stray_tables_only(good: Path, tmp: Path) -> Path:
    return _sql(
        tmp / "u.db",
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at, note);"
        "INSERT INTO schema_version VALUES (3, '2026-01-01', 'x');"
        "CREATE TABLE stray (id INTEGER PRIMARY KEY);",
    )


def trigger_that_promotes(good: Path, tmp: Path) -> Path:
    return _sql(
        good,
        "CREATE TRIGGER report_promote AFTER INSERT ON report "
        "BEGIN UPDATE user SET role = 'manager'; END;",
    )


def guards_dropped_and_audit_wiped(good: Path, tmp: Path) -> Path:
    return _sql(
        good,
        "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;"
        "CREATE TRIGGER report_wipe AFTER INSERT ON report "
        "BEGIN DELETE FROM audit_entry; END;",
    )


def user_replaced_by_a_view(good: Path, tmp: Path) -> Path:
    return _sql(
        good,
        "PRAGMA foreign_keys=OFF; PRAGMA legacy_alter_table=ON;"
        'ALTER TABLE "user" RENAME TO user_real;'
        'CREATE VIEW "user" AS SELECT * FROM user_real;',
    )


def not_a_database(good: Path, tmp: Path) -> Path:
    path = tmp / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xab" * 8000)
    return path


def damaged_pages(good: Path, tmp: Path) -> Path:
    con = sqlite3.connect(str(good))
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'zone'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(good, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\x0d" + b"\xff" * 200)
    return good


def audit_chain_tampered(good: Path, tmp: Path) -> Path:
    return _sql(
        good,
        "DROP TRIGGER audit_entry_no_update;"
        "UPDATE audit_entry SET after = replace(after, 'North', 'Nowhere');"
        "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;",
    )


def _table_sql_edited(good: Path, table: str, old: str, new: str) -> Path:
    """The table's SQL text changed in place (writable_schema): a constraint no pragma lists."""
    con = sqlite3.connect(str(good))
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert old in sql, sql
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new, 1), table)
    )
    con.commit()
    con.close()
    return good


def user_role_check_constraint(good: Path, tmp: Path) -> Path:
    return _table_sql_edited(
        good,
        "user",
        '"role" VARCHAR(20) NOT NULL',
        "\"role\" VARCHAR(20) NOT NULL CHECK (role <> 'officer')",
    )


def username_collate_nocase(good: Path, tmp: Path) -> Path:
    return _table_sql_edited(
        good,
        "user",
        '"username" VARCHAR(64) NOT NULL',
        '"username" VARCHAR(64) NOT NULL COLLATE nocase',
    )


def audit_id_replaces_on_conflict(good: Path, tmp: Path) -> Path:
    return _table_sql_edited(
        good,
        "audit_entry",
        '"id" INTEGER NOT NULL PRIMARY KEY',
        '"id" INTEGER NOT NULL PRIMARY KEY ON CONFLICT REPLACE',
    )


def trigger_named_like_sqlites_own(good: Path, tmp: Path) -> Path:
    con = sqlite3.connect(str(good))
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
        "('trigger', 'sqlite_promote', 'report', 0, 'CREATE TRIGGER sqlite_promote AFTER INSERT "
        "ON report BEGIN UPDATE user SET role = ''manager''; END')"
    )
    con.commit()
    con.close()
    return good


BAD_FILES: list[Callable[[Path, Path], Path]] = [
    stray_tables_only,
    trigger_that_promotes,
    guards_dropped_and_audit_wiped,
    user_replaced_by_a_view,
    not_a_database,
    damaged_pages,
    audit_chain_tampered,
    user_role_check_constraint,
    username_collate_nocase,
    audit_id_replaces_on_conflict,
    trigger_named_like_sqlites_own,
]


def live_bytes(path: Path) -> bytes:
    """The live file's content with every committed page in it (no pending WAL frames)."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


@pytest.fixture
def good_backup(cli_session, tmp_path) -> Path:
    PicklistService(cli_session).add_zone("North")
    return BackupService(cli_session).backup_now(tmp_path / "backups")


@pytest.mark.parametrize("make", BAD_FILES, ids=lambda f: f.__name__)
def test_a_bad_or_malicious_file_leaves_the_live_database_untouched(
    cli_session, db_path, tmp_path, good_backup, make
):
    PicklistService(cli_session).add_zone("South")
    bad = make(good_backup, tmp_path)
    before = live_bytes(db_path)
    with pytest.raises(ServiceError) as refused:
        BackupService(cli_session).restore(bad)
    message = str(refused.value)
    assert "\n" not in message and bad.name in message
    assert live_bytes(db_path) == before
    assert sorted(z.name for z in Zone.select()) == ["North", "South"]
    assert run_check().ok
    # Nothing half-made is left beside the live database.
    assert not [p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + ".")]


def test_the_refusal_names_the_smuggled_trigger(cli_session, tmp_path, good_backup):
    bad = trigger_that_promotes(good_backup, tmp_path)
    with pytest.raises(ServiceError, match="unknown trigger report_promote"):
        BackupService(cli_session).restore(bad)


def test_a_refusal_after_the_safety_copy_says_where_it_is(cli_session, tmp_path, good_backup):
    bad = audit_chain_tampered(good_backup, tmp_path)
    with pytest.raises(BackupError, match="audit chain broken") as refused:
        BackupService(cli_session).restore(bad)
    assert "pre-restore" in str(refused.value)


def test_a_stray_table_file_is_refused_naming_what_is_missing(cli_session, tmp_path, good_backup):
    bad = stray_tables_only(good_backup, tmp_path)
    with pytest.raises(ServiceError, match="stray"):
        BackupService(cli_session).restore(bad)


def test_a_backup_at_a_path_with_hash_question_mark_and_percent_restores(
    cli_session, tmp_path, good_backup
):
    odd = tmp_path / "odd #1 ?x %20 folder"
    odd.mkdir()
    copy = odd / "beacon #2?%41.db"
    shutil.copy(good_backup, copy)
    PicklistService(cli_session).add_zone("South")
    BackupService(cli_session).restore(copy)
    assert [z.name for z in Zone.select()] == ["North"]
    assert sorted(p.name for p in odd.iterdir()) == [copy.name]  # no stray file beside it
    assert not (tmp_path / "odd ").exists()
    assert run_check().ok


def test_a_backup_with_a_16_kib_page_size_restores(cli_session, tmp_path, good_backup):
    big_pages = _sql(tmp_path / "big.db", "")
    shutil.copy(good_backup, big_pages)
    _sql(big_pages, "PRAGMA page_size=16384; VACUUM;")
    PicklistService(cli_session).add_zone("South")
    BackupService(cli_session).restore(big_pages)
    assert [z.name for z in Zone.select()] == ["North"]
    assert run_check().ok
    assert db.execute_sql("PRAGMA page_size").fetchone()[0] == 16384


def test_an_older_version_backup_is_migrated_on_restore(cli_session, tmp_path):
    old = tmp_path / "v1.db"
    con = sqlite3.connect(str(old))
    con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    BackupService(cli_session).restore(old)
    names = [r[0] for r in db.execute_sql("SELECT name FROM contact ORDER BY id").fetchall()]
    assert names == ["Zoë  Dąbrowski", "ELM STREET BAKERY"]
    result = run_check()
    assert result.ok, result.lines()


def test_the_restored_database_gets_beacons_own_guards(cli_session, tmp_path, good_backup):
    # A guard with Beacon's name but a body that does nothing is replaced, not trusted.
    _sql(
        good_backup,
        "DROP TRIGGER audit_entry_no_delete;"
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT 1; END;",
    )
    BackupService(cli_session).restore(good_backup)
    with pytest.raises(Exception, match="cannot be changed"):
        db.execute_sql("DELETE FROM audit_entry")
    assert run_check().ok


def test_a_postgresql_office_is_told_to_use_pg_restore(cli_session, tmp_path, monkeypatch):
    import desktop_app.services.backups as backups

    monkeypatch.setattr(backups, "is_sqlite", lambda *a: False)
    with pytest.raises(BackupError, match="pg_restore"):
        BackupService(Session.cli()).restore(tmp_path / "whatever.db")


def test_a_damaged_live_database_can_be_replaced_by_a_good_backup(
    cli_session, db_path, tmp_path, good_backup
):
    from models.connection import close, connect
    from models.database import DatabaseTarget

    close()
    con = sqlite3.connect(str(db_path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'zone'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(db_path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\x0d" + b"\xff" * 200)
    connect(DatabaseTarget("sqlite", str(db_path)))
    BackupService(Session.cli()).restore(good_backup)
    assert [z.name for z in Zone.select()] == ["North"]
    assert run_check().ok


def test_a_copied_live_database_with_a_wal_beside_it_is_refused(
    cli_session, db_path, tmp_path, good_backup
):
    # A file copied from a running office: its latest saves are still in the -wal beside it.
    source = tmp_path / "running.db"
    shutil.copy(good_backup, source)
    holder = sqlite3.connect(str(source))
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute(
        "INSERT INTO zone (name, name_key, description, active) VALUES ('East', 'east', '', 1)"
    )
    holder.commit()
    copied = tmp_path / "copied"
    copied.mkdir()
    shutil.copy(source, copied / "office.db")
    shutil.copy(f"{source}-wal", copied / "office.db-wal")
    holder.close()
    before = live_bytes(db_path)
    with pytest.raises(ServiceError, match="not yet written into it") as refused:
        BackupService(cli_session).restore(copied / "office.db")
    assert "beacon backup" in str(refused.value) and "\n" not in str(refused.value)
    assert live_bytes(db_path) == before


RACER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=15)
con.execute("PRAGMA journal_mode=wal").fetchone()  # as every Beacon connection does
print("open", flush=True)
sys.stdin.readline()
try:
    con.execute("INSERT INTO zone (name, name_key, description, active) "
                "VALUES ('West', 'west', '', 1)")
    con.commit()
    print("saved", flush=True)
except sqlite3.Error as exc:
    print(f"refused: {exc}", flush=True)
"""


def test_a_workstation_that_opens_the_database_during_the_swap_keeps_its_saves(
    cli_session, db_path, good_backup, monkeypatch
):
    # Another process opens the database just after restore has found it alone, and saves once
    # the restore is done: its save must land in the restored database, not in a replaced file.
    import desktop_app.services.restore as restore

    others: list[subprocess.Popen[str]] = []
    real_connect = sqlite3.connect

    class Watched(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            if "journal_mode=delete" not in sql.lower().replace(" ", "") or others:
                return super().execute(sql, *args)
            mode = super().execute(sql, *args).fetchone()[0]  # the statement done, its lock gone
            racer = subprocess.Popen(
                [sys.executable, "-c", RACER, str(db_path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            others.append(racer)
            assert racer.stdout is not None and racer.stdout.readline() == "open\n"
            return super().execute("SELECT ?", (mode,))

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(database) == str(db_path) and "factory" not in kwargs:
            kwargs["factory"] = Watched
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    said: list[str] = []

    def save() -> None:
        out, _ = others[0].communicate("go\n", timeout=60)
        said.append(out.strip())

    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        real_replace(src, dst)  # type: ignore[arg-type]
        if str(dst) == str(db_path) and others and not said:
            save()  # the other workstation saves at once

    monkeypatch.setattr(restore.sqlite3, "connect", connect)
    monkeypatch.setattr(os, "replace", replace)
    BackupService(cli_session).restore(good_backup)
    monkeypatch.undo()
    assert others, "the restore never tested the database for other connections"
    if not said:
        save()
    assert said == ["saved"]
    assert sorted(z.name for z in Zone.select()) == ["North", "West"]
    assert run_check().ok, run_check().lines()


def test_copies_left_by_a_killed_restore_are_removed_by_the_next(cli_session, db_path, tmp_path):
    import os
    import time

    good = BackupService(cli_session).backup_now(tmp_path / "backups")
    leftovers = []
    for suffix in ("", "-journal"):
        stale = db_path.with_name(f"{db_path.name}.restore-abc123.tmp{suffix}")
        stale.write_bytes(b"x" * 4096)
        hours_ago = time.time() - 7200
        os.utime(stale, (hours_ago, hours_ago))
        leftovers.append(stale)
    BackupService(cli_session).restore(good)
    assert not any(p.exists() for p in leftovers)
    assert list(db_path.parent.glob(f"{db_path.name}.restore-*")) == []
