"""`beacon check` sees everything: schema drift by name, and a cut or rewritten audit tail."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.backups import schema_warning
from desktop_app.services.check import run_check
from desktop_app.services.picklists import PicklistService
from tests.services.test_restore import (
    audit_id_replaces_on_conflict,
    trigger_named_like_sqlites_own,
    user_role_check_constraint,
    username_collate_nocase,
)

GUARD = (
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
)


def _raw(path: Path, script: str) -> None:
    con = sqlite3.connect(str(path))
    con.executescript(script)
    con.close()


@pytest.fixture
def trail(cli_session, db_path) -> Path:
    picklists = PicklistService(cli_session)
    for n in range(30):
        picklists.add_zone(f"Zone {n}")
    result = run_check()
    assert result.ok, result.lines()
    assert "schema ok" in result.lines()
    return db_path


def test_a_dropped_guard_is_named(trail):
    _raw(trail, "DROP TRIGGER audit_entry_no_delete;")
    result = run_check()
    assert not result.ok
    assert any("missing guard audit_entry_no_delete" in line for line in result.lines())
    assert "audit_entry_no_delete" in (schema_warning() or "")


def test_a_smuggled_trigger_view_and_table_are_named(trail):
    _raw(
        trail,
        "CREATE TRIGGER promote AFTER INSERT ON report BEGIN UPDATE user SET role='manager'; END;"
        "CREATE VIEW everyone AS SELECT * FROM user;"
        "CREATE TABLE loot (x);",
    )
    text = "\n".join(run_check().lines())
    assert not run_check().ok
    for name in ("unknown trigger promote", "unknown view everyone", "unknown table loot"):
        assert name in text


def test_a_truncated_audit_tail_is_found_though_the_guard_is_back(trail):
    # Drop the guard, delete the last entries, recreate the guard exactly as Beacon makes it.
    _raw(
        trail,
        "DROP TRIGGER audit_entry_no_delete;"
        "DELETE FROM audit_entry WHERE id > (SELECT MAX(id) - 9 FROM audit_entry);"
        f"{GUARD};",
    )
    result = run_check()
    assert not result.ok
    text = "\n".join(result.lines())
    assert "audit anchor" in text and "9 entries" in text, text


def test_a_rewritten_audit_tail_is_found(trail):
    # The last entry replaced by one with a different content but a self-consistent hash is
    # still caught: the anchor remembers the hash the trail ended with.
    from desktop_app.services import audit
    from models.database import db

    last = db.execute_sql("SELECT id, prev_hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    entry_id, prev = last.fetchone()
    forged = audit.entry_hash(
        entry_id=entry_id,
        at="2026-01-01 00:00:00",
        username="nobody",
        workstation="",
        action="read",
        record_type="zone",
        record_id="",
        before=None,
        after=None,
        prev_hash=prev,
    )
    _raw(
        trail,
        "DROP TRIGGER audit_entry_no_delete;"
        f"DELETE FROM audit_entry WHERE id = {entry_id};"
        f"{GUARD};"
        "INSERT INTO audit_entry (id, at, user_id, username, workstation, action, record_type,"
        " record_id, before, after, prev_hash, hash) VALUES "
        f"({entry_id}, '2026-01-01 00:00:00', NULL, 'nobody', '', 'read', 'zone', '', NULL,"
        f" NULL, '{prev}', '{forged}');",
    )
    assert audit.verify_chain().ok  # the chain alone cannot tell
    result = run_check()
    assert not result.ok
    assert any("audit anchor" in line for line in result.lines())


def test_the_anchor_cannot_be_moved_by_hand(trail):
    con = sqlite3.connect(str(trail))
    with pytest.raises(sqlite3.DatabaseError, match="audit anchor"):
        con.execute("UPDATE audit_anchor SET entries = entries - 1")
    with pytest.raises(sqlite3.DatabaseError, match="audit anchor"):
        con.execute("DELETE FROM audit_anchor")
    con.close()


@pytest.mark.parametrize(
    "make",
    [
        user_role_check_constraint,
        username_collate_nocase,
        audit_id_replaces_on_conflict,
    ],
    ids=lambda f: f.__name__,
)
def test_a_constraint_written_into_a_tables_sql_is_named(trail, tmp_path, make):
    make(trail, tmp_path)
    result = run_check()
    assert not result.ok
    assert any("changed table" in line for line in result.lines()), result.lines()


def test_a_trigger_and_view_named_like_sqlites_own_are_named(trail, tmp_path):
    trigger_named_like_sqlites_own(trail, tmp_path)
    con = sqlite3.connect(str(trail))
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
        "('view', 'sqlite_everyone', 'sqlite_everyone', 0, "
        "'CREATE VIEW sqlite_everyone AS SELECT * FROM user')"
    )
    con.commit()
    con.close()
    result = run_check()
    assert not result.ok
    text = "\n".join(result.lines())
    assert "unknown trigger sqlite_promote" in text and "unknown view sqlite_everyone" in text
    assert "sqlite_promote" in (schema_warning() or "")


WRITER = """
import sys
from pathlib import Path
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from models.connection import connect
from models.database import DatabaseTarget

connect(DatabaseTarget("sqlite", sys.argv[1]), create=False)
stop = Path(sys.argv[2])
n = 0
while not stop.exists() and n < 5000:
    PicklistService(Session.cli()).add_zone(f"Writer {n}")
    n += 1
    print(n, flush=True)
"""


@pytest.mark.slow
def test_a_save_during_check_is_not_taken_for_a_cut_trail(trail, tmp_path):
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(trail), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "1"
        alarms = []
        for _ in range(150):
            result = run_check()
            if not result.ok:
                alarms.append(result.lines())
        assert not alarms, alarms[0]
    finally:
        stop.touch()
        writer.communicate(timeout=60)
    assert run_check().ok
