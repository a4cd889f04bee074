"""The demo office: realistic in shape, identical for the same seed, refused on real data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.demo import load_demo
from desktop_app.services.errors import ValidationError
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.connection import close, connect
from models.database import DatabaseTarget, db

UNTIL = date(2026, 10, 31)
# Salted hashes differ by design; the audit trail and schema stamp carry wall-clock times.
SKIP_TABLES = {"audit_entry", "audit_anchor", "schema_version", "sqlite_sequence"}


def _build(path: Path, seed: int) -> None:
    connect(DatabaseTarget("sqlite", str(path)))
    try:
        session = Session.cli()
        SettingsService(session).update(time_zone="Europe/London")
        load_demo(session, seed=seed, scale="small", until=UNTIL)
    finally:
        close()


def _dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for table in sorted(set(tables) - SKIP_TABLES):
            cols = [
                r[1]
                for r in con.execute(f'PRAGMA table_info("{table}")')
                if r[1] != "password_hash"
            ]
            select = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f'SELECT {select} FROM "{table}" ORDER BY 1').fetchall()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    _build(path, seed=7)
    return path


def test_the_same_seed_gives_the_same_office(demo_db, tmp_path):
    again = tmp_path / "again.db"
    _build(again, seed=7)
    assert _dump(again) == _dump(demo_db)


def test_another_seed_gives_another_office(demo_db, tmp_path):
    other = tmp_path / "other.db"
    _build(other, seed=8)
    assert _dump(other)["report"] != _dump(demo_db)["report"]


def test_the_small_office_has_the_shape_of_a_real_one(demo_db):
    con = sqlite3.connect(str(demo_db))
    count = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT COUNT(*) FROM user WHERE role = 'officer'") == 8
    assert count("SELECT COUNT(*) FROM zone") == 4
    assert count("SELECT COUNT(*) FROM location") == 40
    assert count("SELECT COUNT(*) FROM contact") == 600
    assert count("SELECT COUNT(*) FROM contact WHERE kind = 'school'") == 2
    assert count("SELECT COUNT(*) FROM contact_role WHERE role = 'block captain'") >= 10
    assert count("SELECT COUNT(DISTINCT kind) FROM event") == 6
    assert count("SELECT COUNT(*) FROM attendance WHERE status = 'attended'") > 100
    assert count("SELECT COUNT(*) FROM problem") == 5
    assert count("SELECT COUNT(DISTINCT stage) FROM problem") >= 4
    # A year of shifts, every day, in every zone.
    assert count("SELECT COUNT(DISTINCT date(started_at)) FROM patrol_shift") >= 365
    assert count("SELECT COUNT(DISTINCT zone_id) FROM patrol_shift") == 4
    assert 5000 < count("SELECT COUNT(*) FROM patrol_entry") < 20000
    assert 400 < count("SELECT COUNT(*) FROM report") < 1000
    # Seasons: lighting complaints in the dark months outnumber those of the light ones.
    dark = count(
        "SELECT COUNT(*) FROM report r JOIN category c ON c.id = r.category_id "
        "WHERE c.name = 'Lighting / maintenance' "
        "AND strftime('%m', occurred_at) IN ('11','12','01')"
    )
    light = count(
        "SELECT COUNT(*) FROM report r JOIN category c ON c.id = r.category_id "
        "WHERE c.name = 'Lighting / maintenance' "
        "AND strftime('%m', occurred_at) IN ('05','06','07')"
    )
    assert dark > light
    # Numbers are sequential per year and never repeat.
    numbers = [r[0] for r in con.execute("SELECT number FROM report ORDER BY received_at")]
    assert len(set(numbers)) == len(numbers)
    last_2026 = count("SELECT last FROM report_sequence WHERE year = 2026")
    assert f"WR-2026-{last_2026:05d}" in numbers
    con.close()


def test_the_demo_goes_only_into_an_empty_office(demo_db):
    connect(DatabaseTarget("sqlite", str(demo_db)))
    try:
        before = db.execute_sql("SELECT COUNT(*) FROM report").fetchone()[0]
        with pytest.raises(ValidationError, match="already holds records"):
            load_demo(Session.cli(), seed=1, until=UNTIL)
        assert db.execute_sql("SELECT COUNT(*) FROM report").fetchone()[0] == before
    finally:
        close()


def test_the_demo_keeps_an_existing_manager_and_leaves_the_audit_chain_whole(manager):
    from desktop_app.services.check import run_check
    from models.org import User

    load_demo(manager, seed=2, until=UNTIL)
    assert User.get(User.username == "morgan").role == "manager"
    assert User.select().where(User.username == "manager").exists()
    assert run_check().ok
