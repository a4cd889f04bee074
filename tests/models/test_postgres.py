"""The same data layer on PostgreSQL, for offices with several workstations.

Runs against a throwaway server started for the session when PostgreSQL's binaries are installed
(initdb and pg_ctl on PATH or under /usr/lib/postgresql); skipped otherwise.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.demo import load_demo
from desktop_app.services.check import run_check
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate, create_first_manager
from models.connection import close, connect
from models.database import db, resolve_target
from models.migrations import SCHEMA_VERSION, schema_version


def _pg_bin(name: str) -> str | None:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL is not installed")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        pytest.skip("psycopg2 is not installed")
    root = Path(tempfile.mkdtemp(prefix="beacon-pg-"))
    data = root / "data"
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root; use the postgres account
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser")
        shutil.chown(root, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [*run_as, initdb, "-D", str(data), "-U", "beacon", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            pg_ctl,
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-w",
            "-o",
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root}",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://beacon@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    import psycopg2

    name = f"beacon_{int(time.time() * 1000) % 10**9}"
    admin = psycopg2.connect(f"{pg_server}/postgres")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    admin.close()
    yield f"{pg_server}/{name}"
    close()


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
