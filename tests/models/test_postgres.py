"""The same data layer on PostgreSQL, for offices with several workstations.

Runs against the session's throwaway server (tests/pg.py, through the pg_url fixture); skipped
when PostgreSQL is not installed.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.demo import load_demo
from desktop_app.services.check import run_check
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate, create_first_manager
from models.connection import connect
from models.database import db, resolve_target
from models.migrations import SCHEMA_VERSION, schema_version


def test_a_new_postgresql_database_gets_the_current_schema(pg_url):
    connect(resolve_target(pg_url, {}))
    assert schema_version(db.obj) == SCHEMA_VERSION
    assert "user" in db.get_tables()


def test_writes_are_audited_and_the_chain_verifies(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    picklists = PicklistService(manager)
    for name in ("North", "East", "South", "West"):
        picklists.add_zone(name)
    assert [z.name for z in picklists.zones()] == ["East", "North", "South", "West"]
    assert authenticate("morgan", "correct-horse").role == "manager"
    result = run_check()
    assert result.ok, result.lines()
    assert result.chain.entries_checked == 6


@pytest.mark.slow
def test_the_demo_loads_and_later_inserts_get_fresh_ids(pg_url):
    connect(resolve_target(pg_url, {}))
    session = Session.cli()
    summary = load_demo(session, seed=1, until=date(2026, 10, 31))
    assert summary.reports > 400
    zone = PicklistService(session).add_zone("Harbour extension")  # the id sequence moved on
    assert zone.id > summary.zones
    assert run_check().ok


def test_postgresql_refuses_to_change_the_audit_trail(pg_url):
    from peewee import InternalError

    connect(resolve_target(pg_url, {}))
    PicklistService(Session.cli()).add_zone("North")
    with pytest.raises(InternalError, match="audit trail cannot be changed"), db.atomic():
        db.execute_sql("UPDATE audit_entry SET username = 'someone-else'")
    assert run_check().ok


def test_postgresql_check_finds_a_cut_audit_tail_and_guards_the_anchor(pg_url):
    from peewee import InternalError

    connect(resolve_target(pg_url, {}))
    picklists = PicklistService(Session.cli())
    for name in ("North", "East", "South"):
        picklists.add_zone(name)
    assert run_check().ok, run_check().lines()
    with pytest.raises(InternalError, match="audit anchor"), db.atomic():
        db.execute_sql("UPDATE audit_anchor SET entries = entries - 1")
    with db.atomic():  # what an owner of the tables can do: switch the guard off for a moment
        db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        db.execute_sql("DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)")
        db.execute_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
    result = run_check()
    assert not result.ok
    assert any("1 entry was removed" in line for line in result.lines()), result.lines()


@pytest.mark.parametrize(
    "tamper",
    [
        "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
        "ALTER TABLE audit_anchor DISABLE TRIGGER audit_anchor_guard",
        "CREATE OR REPLACE FUNCTION beacon_audit_append_only() RETURNS trigger AS $$ "
        "BEGIN RETURN OLD; END $$ LANGUAGE plpgsql",
        "CREATE OR REPLACE FUNCTION beacon_audit_anchor_guard() RETURNS trigger AS $$ "
        "BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
        "DROP TRIGGER audit_entry_append_only ON audit_entry; "
        "CREATE TRIGGER audit_entry_append_only BEFORE INSERT ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION beacon_audit_append_only()",
        "ALTER TABLE report DROP COLUMN approved_at",  # one no search trigger reads
        'ALTER TABLE "user" ALTER COLUMN role DROP NOT NULL',
    ],
    ids=[
        "entry-guard-off",
        "anchor-guard-off",
        "entry-guard-hollow",
        "anchor-guard-hollow",
        "entry-guard-on-insert",
        "column-dropped",
        "not-null-dropped",
    ],
)
def test_postgresql_check_sees_a_disabled_or_hollowed_guard(pg_url, tamper):
    connect(resolve_target(pg_url, {}))
    PicklistService(Session.cli()).add_zone("North")
    assert run_check().ok, run_check().lines()
    with db.atomic():
        db.execute_sql(tamper)
    result = run_check()
    assert not result.ok
    assert any("schema drift" in line for line in result.lines()), result.lines()
