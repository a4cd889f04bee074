"""Shared fixtures: every test gets a fresh database and its own user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Keep tests away from the real user's data, config and log folders (platformdirs reads these).
_HOME = Path(os.environ.get("PYTEST_BEACON_HOME", "/tmp")) / f"beacon-test-home-{os.getpid()}"
for var, sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[var] = str(_HOME / sub)
os.environ.pop("BEACON_DB", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from desktop_app.services.clock import forget_office_zone  # noqa: E402
from desktop_app.services.contacts import ContactService  # noqa: E402
from desktop_app.services.picklists import PicklistService  # noqa: E402
from desktop_app.services.session import Session  # noqa: E402
from desktop_app.services.settings import SettingsService  # noqa: E402
from desktop_app.services.users import UserService, create_first_manager  # noqa: E402
from models.connection import close, connect  # noqa: E402
from models.database import DatabaseTarget  # noqa: E402
from tests.pg import pg_server, pg_url  # noqa: E402, F401  (one PostgreSQL server per session)


@pytest.fixture(autouse=True)
def _fresh_office_zone() -> Iterator[None]:
    """Each test's database has its own office time zone; forget the last one's."""
    forget_office_zone()
    yield
    forget_office_zone()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "beacon.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[DatabaseTarget]:
    """A fresh, empty Beacon database bound to the models."""
    target = DatabaseTarget("sqlite", str(db_path))
    connect(target)
    yield target
    close()


@pytest.fixture
def manager(database: DatabaseTarget) -> Session:
    return create_first_manager("morgan", "Morgan Ellis", "correct-horse")


@pytest.fixture
def cli_session(database: DatabaseTarget) -> Session:
    return Session.cli()


@dataclass(frozen=True)
class Office:
    manager: Session
    desk: Session
    officer: Session
    other_officer: Session
    zones: dict[str, int]
    reporter_id: int


def _session(row) -> Session:
    return Session(row.id, row.username, row.display_name, row.role, "test-pc")


@pytest.fixture
def office(manager: Session) -> Office:
    SettingsService(manager).update(time_zone="Europe/London", office_name="Riverside Office")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    north = picklists.add_zone("North")
    south = picklists.add_zone("South")
    picklists.add_location("Elm Street car park", north.id)
    picklists.add_location("Market Square", south.id)
    users = UserService(manager)
    desk = users.create_user("priya", "Priya Patel", "front_desk", "desk-password")
    officer = users.create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    other = users.create_user("bmurphy", "Brendan Murphy", "officer", "patrol-pass")
    reporter = ContactService(manager).create(
        "Zoë Adeyemi", "0161 496 0123", address="4 Elm Street"
    )
    return Office(
        manager,
        _session(desk),
        _session(officer),
        _session(other),
        {"North": north.id, "South": south.id},
        reporter.id,
    )
