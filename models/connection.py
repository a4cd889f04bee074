"""Connecting the model proxy to a real database and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path

from peewee import Database, SqliteDatabase

from models.database import DatabaseTarget, NoDatabase, db, make_database
from models.migrations import MigrationResult, ensure_schema, schema_version


def connect(target: DatabaseTarget, create: bool = True) -> MigrationResult:
    """Open target, bind every model to it, and create or migrate its schema. Without create,
    a target that holds no Beacon office yet is refused and left as it was."""
    database = make_database(target, create=create)
    if not create and isinstance(database, SqliteDatabase):
        _refuse_if_not_beacons(Path(target.location), target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if not create and schema_version(database) == 0:
        database.close()
        raise NoDatabase(target.display())
    path = target.location if isinstance(database, SqliteDatabase) else None
    return ensure_schema(database, path)


def _refuse_if_not_beacons(path: Path, target: DatabaseTarget) -> None:
    """Look for Beacon's schema version through a read-only connection with no pragmas, so a
    file that is not Beacon's is refused exactly as it was (no switch to WAL, no file beside it)."""
    probe = SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        probe.connect()
        if schema_version(probe) == 0:
            raise NoDatabase(target.display())
    finally:
        probe.close()


def close() -> None:
    """Close this thread's connection, if any."""
    if db.obj is not None and not db.is_closed():
        db.close()


def current_database() -> Database:
    if db.obj is None:
        raise RuntimeError("no database is open")
    return db.obj  # type: ignore[no-any-return]
