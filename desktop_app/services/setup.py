"""Setting up a new office: the default pick-lists, the office's name and its first manager."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService, clean_setting
from desktop_app.services.users import check_new_account, create_first_manager, has_users
from models.connection import close
from models.database import DatabaseTarget, db, is_sqlite, make_database
from models.migrations import ensure_schema, schema_version


class OfficeExists(ServiceError):
    """`beacon init` on a database that holds an office (perhaps made meanwhile by another init)."""


@dataclass(frozen=True)
class NewOffice:
    categories: int  # default categories added
    manager: str | None  # the first manager's username, when one was made


def set_up_office(
    session: Session,
    office_name: str | None = None,
    manager: tuple[str, str, str] | None = None,
) -> NewOffice:
    """Seed a just-created database. manager is (username, display name, password)."""
    if manager is not None and has_users():
        raise ValidationError("manager", "this office already has accounts")
    if office_name is not None:
        SettingsService(session).update(office_name=office_name)
    added = PicklistService(session).ensure_default_categories()
    made = None
    if manager is not None:
        username, display_name, password = manager
        made = create_first_manager(username, display_name, password).username
    return NewOffice(added, made)


def init_office(
    target: DatabaseTarget, office_name: str | None, manager: tuple[str, str, str] | None
) -> NewOffice:
    """`beacon init`: every argument checked before the database is made, then the schema, the
    settings, the categories and the manager in one transaction under the write lock. If it
    fails, a SQLite file this call made is removed, so init can simply be run again; an office
    made meanwhile by someone else is refused (OfficeExists) and left alone."""
    if office_name is not None:
        office_name = clean_setting("office_name", office_name)
    if manager is not None:
        check_new_account(*manager)
    path = None if target.kind == "postgresql" else Path(target.location)
    made_here = path is not None and _claim(path)
    database = make_database(target, create=True)
    try:
        db.initialize(database)
        database.connect(reuse_if_open=True)
        with database.atomic():  # SQLite: BEGIN IMMEDIATE, so a second init waits here
            _lock_for_init(database)
            if schema_version(database) != 0:
                raise OfficeExists(f"{target.display()} already holds a Beacon office")
            ensure_schema(database, None)
            return set_up_office(Session.cli(), office_name, manager)
    except OfficeExists:
        raise
    except BaseException:
        if path is not None and made_here and not _holds_office(database):
            close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{path}{suffix}").unlink()
        raise


def _claim(path: Path) -> bool:
    """Create the SQLite file, empty, only if nobody has: True when this call made it (and so may
    remove it after a failure). A file another init made a moment ago is never claimed."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    except FileExistsError:
        return False
    except OSError:
        return False  # let SQLite say what is wrong with the place
    os.close(fd)
    return True


def _lock_for_init(database: Database) -> None:
    """PostgreSQL: one init at a time on this database (SQLite's IMMEDIATE lock does it there)."""
    if not is_sqlite(database):
        database.execute_sql("SELECT pg_advisory_xact_lock(4242001)")


def _holds_office(database: Database) -> bool:
    """True when another init committed an office here (its file must not be removed)."""
    try:
        return schema_version(database) != 0
    except Exception:  # a locked or unreadable file: perhaps another init's, so keep it
        return True


def start_office(
    username: str, display_name: str, password: str, settings: Mapping[str, object]
) -> Session:
    """The first run: the first manager, the office's settings and the default categories, in
    one transaction (a refused setting leaves no account behind). Returns the manager's session;
    the settings and categories are audited as theirs."""
    with db.atomic():
        session = create_first_manager(username, display_name, password)
        SettingsService(session).update(**settings)
        PicklistService(session).ensure_default_categories()
    return session
