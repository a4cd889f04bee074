"""The same data layer on PostgreSQL, for offices with several workstations.

Runs against the session's throwaway server (tests/pg.py, through the pg_url fixture); skipped
when PostgreSQL is not installed.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.check import run_check
from desktop_app.services.demo import load_demo
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
