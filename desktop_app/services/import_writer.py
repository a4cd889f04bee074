"""Writing an import in short batches, each its own transaction, and undoing it as a whole.

A big import must not hold the write lock for minutes, yet must end all rows or none. Each batch
commits on its own (other workstations save between batches), and records what it wrote, as id
ranges per table, in a journal row of the Setting table in the same transaction. The last
transaction writes the import's audit entry and drops the journal. A failure undoes every batch
in one compensating transaction; a journal left by a crash is undone before the next import.
Other services refuse to link to a running import's rows (import_journal); should a record point
at one all the same, the undo keeps that row, names it, and drops the journal. Each batch
refreshes the journal and first checks it is still there: another workstation that took the
import for abandoned and undid it (deleting the journal with the rows) stops it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar
from uuid import uuid4

from peewee import DatabaseError, IntegrityError, Model

from desktop_app.services import audit
from desktop_app.services.clock import now_utc
from desktop_app.services.errors import ServiceError
from desktop_app.services.import_journal import JOURNAL, NAMES, journals
from desktop_app.services.import_picklists import ImportPickLists
from desktop_app.services.session import Session
from models.contacts import Contact, ContactRole
from models.database import db, is_sqlite, locked
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, Setting, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.reports import Report, ReportPerson

T = TypeVar("T")
log = logging.getLogger(__name__)
# A journal from another workstation not touched for this long belongs to a dead import.
STALE_AFTER = timedelta(minutes=10)
# Children before parents, so removing an import never trips a foreign key of its own rows.
UNDO_ORDER: tuple[type[Model], ...] = (
    InteractionContact,
    Interaction,
    ReportPerson,
    Report,
    PatrolEntry,
    PatrolShift,
    ContactRole,
    Contact,
    Location,
    Zone,
    Category,
)
_RUNNING: set[str] = set()  # journals of the imports running in this process
OnBatch = Callable[[int], None]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert_rows(model: type[Model], rows: Sequence[Mapping[str, Any]]) -> Sequence[int]:
    """Insert rows (field name -> value; missing fields take the model's default) in one bulk
    statement; returns their new ids in order. Call inside a transaction."""
    if not rows:
        return []
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    defaults = {f.name: (f.default() if callable(f.default) else f.default) for f in fields}
    values = [tuple(row.get(f.name, defaults.get(f.name)) for f in fields) for row in rows]
    if is_sqlite():
        # The write lock is held, so the new rowids are consecutive and end at the last one.
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join("?" for _ in fields)
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        try:
            db.cursor().executemany(sql, values)
        except sqlite3.IntegrityError as exc:  # as peewee's, which execute_sql would raise
            raise IntegrityError(*exc.args) from exc
        last = int(db.execute_sql("SELECT last_insert_rowid()").fetchone()[0])
        return range(last - len(rows) + 1, last + 1)
    key = model._meta.primary_key
    query = model.insert_many(values, fields=fields).returning(key).tuples()
    return [int(r[0]) for r in query.execute()]


CANCELLED = "this import was cancelled as abandoned by another workstation; nothing of it is kept"


class ImportCancelled(ServiceError):
    """Another workstation took this import for abandoned and undid it."""


class ImportPartlyUndone(ServiceError):
    """An import stopped, and its undo had to keep rows that records saved since point at."""

    def __init__(self, message: str, kept: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.kept = kept


class Journal:
    """What one import has written so far, as id ranges per table."""

    def __init__(self, session: Session, kind: str, file: str) -> None:
        self.key = JOURNAL + uuid4().hex
        self.info = {
            "kind": kind,
            "file": file,
            "user": session.username,
            "workstation": session.workstation,
            "pid": os.getpid(),
        }
        self.ranges: dict[str, list[list[int]]] = {}
        self.saved = False

    def add(self, model: type[Model], ids: Iterable[int]) -> None:
        spans = self.ranges.setdefault(model._meta.table_name, [])
        for i in ids:
            if spans and spans[-1][1] + 1 == i:
                spans[-1][1] = i
            else:
                spans.append([i, i])

    def claim(self) -> None:
        """First in each transaction after the first batch: the journal must still be there and
        ours (locked till commit); gone means another workstation undid this import."""
        if not self.saved:
            return
        query = Setting.select(Setting.value).where(Setting.key == self.key)
        value = locked(query).scalar()
        data = json.loads(value) if value else {}
        if any(data.get(k) != v for k, v in self.info.items()):
            raise ImportCancelled(CANCELLED)

    def save(self) -> None:
        """Record the ranges, and that the import is alive (at), in the batch's transaction."""
        value = json.dumps({**self.info, "at": now_utc().isoformat(), "ranges": self.ranges})
        Setting.insert(key=self.key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()
        self.saved = True


def run_batches(
    session: Session,
    journal: Journal,
    picks: ImportPickLists,
    batches: Iterable[list[T]],
    write: Callable[[list[T]], None],
    finish: Callable[[], tuple[str, dict[str, Any]]],
    on_batch: OnBatch | None = None,
) -> None:
    """Write each batch in its own transaction, then finish() in the last one, returning the
    audit's record type and values. Anything raised undoes the whole import, then propagates
    (as ImportPartlyUndone if the undo had to keep rows)."""
    _RUNNING.add(journal.key)
    try:
        written = 0
        for batch in batches:
            with db.atomic():
                journal.claim()
                if not journal.saved:
                    picks.add_planned(session)
                    for model in (Zone, Category, Location):
                        journal.add(model, picks.made[model._meta.table_name])
                write(batch)
                journal.save()
            written += len(batch)
            if on_batch is not None:
                on_batch(written)  # outside any transaction: others may write now
        with db.atomic():
            journal.claim()
            if not journal.saved:
                picks.add_planned(session)
            record_type, values = finish()
            audit.record(session, "import", record_type, "", None, values)
            Setting.delete().where(Setting.key == journal.key).execute()
    except BaseException as exc:
        kept = _undo(session, journal.key)
        if kept:
            raise ImportPartlyUndone(_partly_undone(journal, exc, kept), kept) from exc
        raise
    finally:
        _RUNNING.discard(journal.key)


def _partly_undone(journal: Journal, exc: BaseException, kept: dict[str, list[str]]) -> str:
    problems = getattr(exc, "problems", None)
    reason = "; ".join(str(p) for p in problems[:3]) if problems else str(exc) or type(exc).__name__
    what = "; ".join(
        f"{table} " + ", ".join(f"'{n}'" for n in names[:5]) + (" and more" if names[5:] else "")
        for table, names in kept.items()
    )
    return (
        f"the import of {journal.info['file']} stopped ({reason}) and could not be fully "
        f"undone: kept {what}, which records saved since by another workstation use; "
        "everything else of it was removed"
    )


def _delete(model: type[Model], low: int, high: int) -> tuple[int, list[int]]:
    """Delete ids low..high; rows something else now points at are kept. (removed, kept ids)"""
    ids: Any = model._meta.primary_key
    try:
        with db.atomic():  # a savepoint: a refused bulk delete leaves the rest as it was
            return int(model.delete().where(ids.between(low, high)).execute()), []
    except IntegrityError:
        pass
    removed, kept = 0, []
    rows: Any = model.select(ids).where(ids.between(low, high)).tuples()
    for (row_id,) in rows:
        try:
            with db.atomic():
                removed += int(model.delete().where(ids == row_id).execute())
        except IntegrityError:
            kept.append(int(row_id))
    return removed, kept


def _names(model: type[Model], ids: list[int]) -> list[str]:
    column = NAMES.get(model)
    if column is None:
        return [f"#{i}" for i in ids]
    key: Any = model._meta.primary_key
    found: Any = model.select(column).where(key.in_(ids)).order_by(key).tuples()
    return [str(name) for (name,) in found]


def _undo(session: Session, key: str, abandoned_only: bool = False) -> dict[str, list[str]] | None:
    """Remove everything the journal lists, and the journal, in one transaction; audited. Rows
    other records have come to point at are kept (returned by table, named); the journal goes
    all the same, so nothing tries to undo them again. abandoned_only: decided here, under the
    journal's lock, so a finishing import and this undo cannot both win. None: not undone."""
    with db.atomic():
        query = Setting.select(Setting.value).where(Setting.key == key)
        value = locked(query).scalar()
        if value is None:
            return None
        data = json.loads(value)
        if abandoned_only and not is_abandoned(data, key, session):
            return None
        removed: dict[str, int] = {}
        kept: dict[str, list[str]] = {}
        for model in UNDO_ORDER:
            table = model._meta.table_name
            for low, high in data["ranges"].get(table, []):
                count, stay = _delete(model, low, high)
                removed[table] = removed.get(table, 0) + count
                if stay:
                    kept.setdefault(table, []).extend(_names(model, stay))
        Setting.delete().where(Setting.key == key).execute()
        values = {"file": data["file"], "by": data["user"], "removed": removed}
        audit.record(
            session,
            "import_undone",
            data["kind"],
            "",
            None,
            {**values, "kept": kept} if kept else values,
        )
    if kept:
        log.warning("the undo of import %s kept %s", key, kept)
    return kept


def _alive(pid: int) -> bool:
    """Does process pid still run on this computer? On Windows os.kill(pid, 0) would end it,
    so there the journal's age alone decides."""
    if sys.platform == "win32" or pid <= 0:
        return pid > 0
    try:
        os.kill(pid, 0)  # signal 0: does the process still exist?
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def is_abandoned(data: dict[str, Any], key: str, session: Session) -> bool:
    """A journal no import is writing: its process ended, or it was not refreshed by a batch
    for STALE_AFTER (a running import refreshes it in every batch, and stops when it is gone)."""
    stale = now_utc() - datetime.fromisoformat(data["at"]) > STALE_AFTER
    if data.get("workstation") != session.workstation:
        return stale
    if key in _RUNNING:
        return False
    pid = int(data.get("pid", 0))
    return pid == os.getpid() or stale or not _alive(pid)


def undo_unfinished_imports(session: Session) -> int:
    """Undo the imports a crash cut short (the journals no running import owns); returns how
    many. Run before an import, and at start-up."""
    undone = 0
    for key, data in journals():
        if not is_abandoned(data, key, session):
            continue
        try:
            if _undo(session, key, abandoned_only=True) is not None:
                undone += 1
        except DatabaseError:  # e.g. the database is locked: the next start tries again
            log.exception("could not undo the unfinished import %s", key)
    return undone
