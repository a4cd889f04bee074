"""Opening the database: where it is, the pragmas on every connection, write locks, refusals."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from models.database import (
    DatabaseTargetError,
    db,
    default_db_path,
    is_network_path,
    make_database,
    resolve_target,
)


def _pragmas() -> tuple[str, int, int, int]:
    mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    fks = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    sync = db.execute_sql("PRAGMA synchronous").fetchone()[0]
    busy = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    return mode, fks, sync, busy


def test_every_connection_gets_the_pragmas(database):
    assert _pragmas() == ("wal", 1, 2, 15000)
    db.close()
    db.connect()  # a new connection in the same thread
    assert _pragmas() == ("wal", 1, 2, 15000)


def test_a_worker_thread_opens_its_own_connection_with_the_pragmas(database):
    seen: dict[str, object] = {}

    def work() -> None:
        seen["conn"] = id(db.connection())
        seen["pragmas"] = _pragmas()
        db.close()

    main_conn = id(db.connection())
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen["pragmas"] == ("wal", 1, 2, 15000)
    assert seen["conn"] != main_conn


def test_write_transactions_take_the_write_lock_when_they_begin(database, db_path):
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        # Nothing written yet, but BEGIN IMMEDIATE already holds the write lock, so a second
        # writer cannot start and later fail half-way with "database is locked".
        with db.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(database):
    from peewee import IntegrityError

    from models.org import Location

    with pytest.raises(IntegrityError):
        Location.create(name="Nowhere", name_key="nowhere", zone=999)


def test_resolve_target_prefers_db_argument_then_environment_then_default(tmp_path):
    env = {"BEACON_DB": str(tmp_path / "env.db")}
    assert resolve_target(str(tmp_path / "arg.db"), env).location == str(tmp_path / "arg.db")
    assert resolve_target(None, env).location == str(tmp_path / "env.db")
    default = resolve_target(None, {})
    assert default.kind == "sqlite"
    assert default.location == str(default_db_path())
    assert "beacon" in default.location.lower()


def test_resolve_target_understands_urls(tmp_path):
    url = resolve_target(f"sqlite:///{tmp_path}/office.db", {})
    assert (url.kind, url.location) == ("sqlite", str(tmp_path / "office.db"))
    pg = resolve_target("postgresql://beacon:s3cret@db.example:5433/office", {})
    assert pg.kind == "postgresql"
    assert "s3cret" not in pg.display()
    assert pg.display() == "postgresql://beacon@db.example:5433/office"
    with pytest.raises(DatabaseTargetError, match="unsupported database URL scheme 'mysql'"):
        resolve_target("mysql://host/db", {})


@pytest.mark.parametrize(
    ("relative", "network"),
    [
        ("share/office/beacon.db", True),
        ("nfs/beacon.db", True),
        ("home/desk/beacon.db", False),
        ("shared.db", False),  # a sibling of the share, not inside it
        ("share/not-yet-made/beacon.db", True),  # judged by the nearest folder that exists
    ],
)
def test_network_mounts_are_recognised(tmp_path, relative, network):
    for folder in ("share/office", "nfs", "home/desk"):
        (tmp_path / folder).mkdir(parents=True)
    mounts = [
        ("/", "ext4"),
        (str(tmp_path / "share"), "cifs"),
        (str(tmp_path / "nfs"), "nfs4"),
        (str(tmp_path / "home"), "ext4"),
    ]
    assert is_network_path(tmp_path / relative, mounts) is network


def test_unc_paths_are_network_paths():
    assert is_network_path(Path("//fileserver/office/beacon.db"))


def test_a_database_on_a_network_share_is_refused_with_a_pointer_to_postgresql(monkeypatch):
    import models.database as database_module

    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)
    target = resolve_target("/mnt/share/beacon.db", {})
    with pytest.raises(DatabaseTargetError, match=r"network share.*PostgreSQL"):
        make_database(target)


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseTargetError, match="is a folder"):
        make_database(resolve_target(str(tmp_path), {}))
