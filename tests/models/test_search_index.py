"""The search index in the schema: a v5 database is backfilled by the migration, the lists' text
filter is answered by the index (no LIKE scan), and PostgreSQL without unaccent still searches."""

from __future__ import annotations

import logging
from datetime import datetime

import desktop_app.services.search.filters as search_filters
from desktop_app.services.contacts import ContactService
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from desktop_app.services.reports.queries import filtered, joined_reports
from desktop_app.services.search import where_matches
from desktop_app.services.session import Session
from models.connection import close, connect
from models.database import DatabaseTarget, db, resolve_target
from models.migrations import SCHEMA_VERSION, schema_version
from models.patrol import PatrolEntry
from models.reports import Report
from models.schema_check import sqlite_drift
from models.search_index import ENTRY_FTS, ENTRY_SOURCE, SEARCH_TABLES, sqlite_triggers

V7_INDEXES = (  # what schema v7 adds after the search index
    "report_status_closed_at_received_at",
    "report_status_occurred_at",
    "report_severity_id",
    "report_number_order",
)


def _walk_in(office, account: str) -> int:
    data = ReportInput(
        occurred_at=datetime(2026, 3, 14, 21, 30),
        category="Theft",
        location="Market Square",
        account=account,
        severity="low",
        reporter_id=office.reporter_id,
    )
    return ReportService(office.manager).create(data).row.id


def _back_to_v5() -> None:
    """The database as schema v5 left it: no index, no triggers, version 5."""
    for name in sqlite_triggers():
        db.execute_sql(f"DROP TRIGGER {name}")
    db.execute_sql(f"DROP VIEW {ENTRY_SOURCE}")
    for table in SEARCH_TABLES:
        db.execute_sql(f"DROP TABLE {table}")
    for index in V7_INDEXES:
        db.execute_sql(f"DROP INDEX {index}")
    db.execute_sql("UPDATE schema_version SET version = 5 WHERE version >= 6")


def test_a_version_5_database_is_migrated_and_its_records_found(office, db_path):
    report_id = _walk_in(office, "Crêpe stall awning torn.")
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["South"], "foot")
    patrol.add_entry(shift.id, "routine_check", "Market Square", "Awning of the crêpe stall.")
    _back_to_v5()
    close()
    result = connect(DatabaseTarget("sqlite", str(db_path)))
    assert (result.from_version, result.to_version) == (5, SCHEMA_VERSION)
    assert sqlite_drift(db.connection()) == []  # exactly what a new database gets
    assert [r.id for r in ReportService(office.manager).list(ReportFilter(text="crepe"))[0]] == [
        report_id
    ]
    assert len(patrol.entries(EntryFilter(text="crepe"))[0]) == 1
    assert [c.name for c in ContactService(office.manager).search("adeyemi")] == ["Zoë Adeyemi"]
    checked = db.execute_sql(
        f"INSERT INTO {ENTRY_FTS} ({ENTRY_FTS}, rank) VALUES ('integrity-check', 1)"
    )
    assert checked is not None  # the entry index agrees with the entries it reads from


def _plan(query) -> list[str]:
    sql, params = query.sql()
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


def test_the_lists_text_filter_is_answered_by_the_index(office):
    _walk_in(office, "Crêpe stall awning torn.")
    flt = ReportFilter(text="WR-2026-00001 crepe")
    for query in (filtered(joined_reports(), flt), filtered(Report.select(Report.id), flt)):
        sql = query.sql()[0]
        assert " LIKE " not in sql.upper()
        plan = _plan(query)
        assert any("VIRTUAL TABLE" in step and "report_fts" in step for step in plan), plan
        assert not any(step.startswith("SCAN") and "report_fts" not in step for step in plan)
    entries = where_matches(PatrolEntry.select(PatrolEntry.id), PatrolEntry.id, ENTRY_FTS, "gate")
    plan = _plan(entries.order_by(PatrolEntry.at.desc()).limit(200))
    assert any("VIRTUAL TABLE" in step and ENTRY_FTS in step for step in plan), plan
    assert any("USING INTEGER PRIMARY KEY" in step for step in plan), plan  # each match by id


def test_postgresql_without_unaccent_still_folds_common_accents(pg_url, monkeypatch, caplog):
    import models.search_index_pg as search_pg

    monkeypatch.setattr(search_pg, "UNACCENT_EXTENSION", "no_such_extension")
    with caplog.at_level(logging.WARNING, logger="models.search_index_pg"):
        connect(resolve_target(pg_url, {}))
    assert schema_version(db.obj) == SCHEMA_VERSION
    assert "unaccent unavailable" in caplog.text
    contacts = ContactService(Session.cli())
    contacts.create("Zoë Adeyemi-Núñez", "0161 496 0123")
    assert [c.name for c in contacts.search("nunez")] == ["Zoë Adeyemi-Núñez"]
    assert [c.name for c in contacts.search("zoe adeyemi")] == ["Zoë Adeyemi-Núñez"]


def test_a_common_word_in_the_patrol_log_is_paged_along_the_time_index(office, monkeypatch):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["South"], "foot")
    for n in range(3):
        patrol.add_entry(shift.id, "routine_check", "Market Square", f"Gate {n} shut.")

    def page_plan() -> list[str]:
        query = where_matches(
            PatrolEntry.select(PatrolEntry.id), PatrolEntry.id, ENTRY_FTS, "gate", index_order=True
        )
        return _plan(query.order_by(PatrolEntry.at.desc(), PatrolEntry.id.desc()).limit(200))

    assert "USE TEMP B-TREE FOR ORDER BY" in page_plan()  # few matches: read and sorted
    monkeypatch.setattr(search_filters, "MANY", 2)
    plan = page_plan()  # many: along the time index, stopping at the page's end
    assert any("INDEX patrol_entry_at" in step for step in plan), plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan
    assert [e.observation for e in patrol.entries(EntryFilter(text="gate"))[0]] == [
        "Gate 2 shut.",
        "Gate 1 shut.",
        "Gate 0 shut.",
    ]
