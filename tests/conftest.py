"""Shared fixtures: every test gets a fresh database and its own user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
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

from desktop_app.services.session import Session  # noqa: E402
from desktop_app.services.users import create_first_manager  # noqa: E402
from models.connection import close, connect  # noqa: E402
from models.database import DatabaseTarget  # noqa: E402


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
