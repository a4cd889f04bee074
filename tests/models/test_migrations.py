"""Schema versions: new databases start current; older ones are backed up, migrated, data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.connection import close, connect
from models.database import DatabaseTarget, db
from models.migrations import SCHEMA_VERSION, SchemaError, schema_version

V1_DUMP = Path(__file__).parent / "data" / "beacon_v1.sql"


def _columns(path: Path) -> dict[str, list[tuple[str, str, int]]]:
    con = sqlite3.connect(str(path))
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
            )
        ]
        return {
            t: sorted((r[1], r[2], r[3]) for r in con.execute(f'PRAGMA table_info("{t}")'))
            for t in tables
        }
    finally:
        con.close()


def _indexes(path: Path) -> set[str]:
    con = sqlite3.connect(str(path))
    try:
        return {
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        con.close()


def _make_v1(path: Path) -> None:
    con = sqlite3.connect(str(path))
    con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()


def test_a_new_database_is_created_at_the_current_version(tmp_path):
    result = connect(DatabaseTarget("sqlite", str(tmp_path / "new.db")))
    try:
        assert (result.from_version, result.to_version) == (0, SCHEMA_VERSION)
        assert schema_version(db.obj) == SCHEMA_VERSION
        assert result.backup is None
    finally:
        close()


def test_a_version_1_database_is_backed_up_and_migrated_keeping_its_data(tmp_path):
    old = tmp_path / "office.db"
    _make_v1(old)
    result = connect(DatabaseTarget("sqlite", str(old)))
    try:
        assert (result.from_version, result.to_version) == (1, SCHEMA_VERSION)
        from models.contacts import Contact
        from models.reports import Report, ReportDraft

        contacts = {c.id: (c.name, c.name_key) for c in Contact.select()}
        assert contacts == {
            1: ("Zoë  Dąbrowski", "zoë dąbrowski"),
            2: ("ELM STREET BAKERY", "elm street bakery"),
        }
        report = Report.get(Report.number == "WR-2026-00001")
        assert report.account == "Bicycle taken from the rack; lock cut."
        assert report.reporter.name == "Zoë  Dąbrowski"
        assert ReportDraft.select().count() == 0  # the new table exists and works
        triggers = {
            r[0]
            for r in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).fetchall()
        }
        assert {"audit_entry_no_update", "audit_entry_no_delete"} <= triggers  # v3
    finally:
        close()
    # The backup is the untouched version-1 database.
    assert result.backup is not None and result.backup.exists()
    backup = sqlite3.connect(str(result.backup))
    assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert backup.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 2
    backup.close()
    # The migrated schema is exactly what a new database gets.
    fresh = tmp_path / "fresh.db"
    connect(DatabaseTarget("sqlite", str(fresh)))
    close()
    assert _columns(old) == _columns(fresh)
    assert _indexes(old) == _indexes(fresh)


def test_opening_the_migrated_database_again_changes_nothing(tmp_path):
    old = tmp_path / "office.db"
    _make_v1(old)
    connect(DatabaseTarget("sqlite", str(old)))
    close()
    again = connect(DatabaseTarget("sqlite", str(old)))
    close()
    assert (again.from_version, again.to_version, again.backup) == (
        SCHEMA_VERSION,
        SCHEMA_VERSION,
        None,
    )


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    import models.migrations as migrations

    def broken(database):
        database.execute_sql('ALTER TABLE "contact" ADD COLUMN "name_key" VARCHAR(160)')
        raise RuntimeError("disk full")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    old = tmp_path / "office.db"
    _make_v1(old)
    with pytest.raises(RuntimeError, match="disk full"):
        connect(DatabaseTarget("sqlite", str(old)))
    close()
    con = sqlite3.connect(str(old))
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert "name_key" not in [r[1] for r in con.execute("PRAGMA table_info(contact)")]
    assert con.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 2
    con.close()


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.db"
    connect(DatabaseTarget("sqlite", str(path)))
    db.execute_sql(
        "INSERT INTO schema_version (version, applied_at, note) VALUES (99, '2030-01-01', '')"
    )
    close()
    with pytest.raises(SchemaError, match="newer than this Beacon"):
        connect(DatabaseTarget("sqlite", str(path)))
    close()


def test_a_database_that_is_not_beacons_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.close()
    with pytest.raises(SchemaError, match="not made by Beacon"):
        connect(DatabaseTarget("sqlite", str(path)))
    close()


FIGURE_INDEXES = {"report_status_closed_at_received_at", "report_status_occurred_at"}


def test_a_version_5_database_gains_the_indexes_the_monthly_figures_search_by(tmp_path):
    from models.schema_check import schema_drift

    path = tmp_path / "office.db"
    connect(DatabaseTarget("sqlite", str(path)))
    close()
    con = sqlite3.connect(str(path))  # as version 5 left it: no such indexes
    for name in FIGURE_INDEXES:
        con.execute(f'DROP INDEX "{name}"')
    con.execute("UPDATE schema_version SET version = 5")
    con.commit()
    con.close()
    result = connect(DatabaseTarget("sqlite", str(path)))
    try:
        assert (result.from_version, result.to_version) == (5, SCHEMA_VERSION)
        assert schema_drift(db.obj) == []
    finally:
        close()
    assert _indexes(path) >= FIGURE_INDEXES


def test_an_office_migrated_to_v11_gets_the_default_checklists_once(tmp_path):
    """Existing offices start with the same checklist templates a new office has (the v11 step
    fills the empty table); opening the database again adds none."""
    from models.event_defaults import DEFAULT_TASK_TEMPLATES
    from models.events import EventTaskTemplate

    old = tmp_path / "office.db"
    _make_v1(old)
    expected = sum(len(tasks) for tasks in DEFAULT_TASK_TEMPLATES.values())
    for _ in range(2):
        connect(DatabaseTarget("sqlite", str(old)))
        try:
            kinds = {t.kind for t in EventTaskTemplate.select()}
            assert EventTaskTemplate.select().count() == expected
            assert kinds == set(DEFAULT_TASK_TEMPLATES)
        finally:
            close()
