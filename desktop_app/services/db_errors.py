"""Database failures told as one sentence a user can act on: a full disk, a lock held by another
workstation, a read-only file or folder. Anything else is left to the caller's generic message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from models import database as database_settings
from models.database import db

# SQLite's messages and PostgreSQL's SQLSTATE codes for the three conditions.
_FULL = ("database or disk is full", "no space left on device")
_LOCKED = ("database is locked", "database table is locked")
_READ_ONLY = ("attempt to write a readonly database", "unable to open database file")
_NOT_A_DATABASE = "file is not a database"
_PG_FULL, _PG_LOCK, _PG_READ_ONLY = {"53100"}, {"55P03", "40P01"}, {"25006", "42501"}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and those behind it: a failed ROLLBACK can hide the first cause."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, getattr(current, "orig", None)]
        todo += [a for a in current.args if isinstance(a, BaseException)]


def _where() -> str:
    """The open database's file, or a plain word for a server database."""
    database = db.obj
    if isinstance(database, SqliteDatabase):
        return str(database.database)
    return "the database server"


def _seconds(ms: int) -> str:
    value = ms / 1000
    return f"{value:g} s"


def explain(exc: BaseException, where: str | None = None) -> str | None:
    """One line saying what happened and what to do, or None when exc is none of these."""
    place = where or _where()
    folder = str(Path(place).parent) if place.startswith("/") or ":" in place[:3] else place
    for err in _chain(exc):
        text = str(err).lower()
        code = getattr(err, "pgcode", None)
        if code in _PG_FULL or any(m in text for m in _FULL):
            return (
                f"the disk holding {folder} is full: free some space there and try again "
                "(nothing from this step was saved)"
            )
        if code in _PG_LOCK:  # the busy timeout is SQLite's; the server has its own waits
            return (
                "another workstation holds a lock on the same records; try again in a moment "
                "(nothing from this step was saved)"
            )
        if any(m in text for m in _LOCKED):
            waited = _seconds(database_settings.BUSY_TIMEOUT_MS)
            return (
                f"the database is in use by another workstation: waited {waited} for it to "
                "finish; try again in a moment (nothing from this step was saved)"
            )
        if _NOT_A_DATABASE in text:
            return (
                f"{place} is not a Beacon database (nor any database); check the path given "
                "with --db or BEACON_DB, or move the file away and run `beacon init` there"
            )
        if code in _PG_READ_ONLY or any(m in text for m in _READ_ONLY):
            return (
                f"cannot write to {place}: the file or its folder {folder} is read-only for "
                "this account; ask whoever looks after this computer for write access"
            )
    return None
