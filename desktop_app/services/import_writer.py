"""Writing an import in short batches, each its own transaction, and undoing it as a whole.

A big import must not hold the write lock for minutes, yet must end all rows or none. Each batch
commits on its own (other workstations save between batches), and records what it wrote, as id
ranges per table, in a journal row of the Setting table in the same transaction. The last
transaction writes the import's audit entry and drops the journal. A failure undoes every batch
in one compensating transaction; a journal left by a crash is undone before the next import.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar
from uuid import uuid4

from peewee import DatabaseError, IntegrityError, Model

from desktop_app.services import audit
from desktop_app.services.clock import now_utc
from desktop_app.services.import_picklists import ImportPickLists
from desktop_app.services.session import Session
from models.contacts import Contact, ContactRole
from models.database import db, is_sqlite
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, Setting, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.reports import Report, ReportPerson

T = TypeVar("T")
log = logging.getLogger(__name__)
JOURNAL = "import.pending."
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

    def add(self, model: type[Model], ids: Iterable[int]) -> None:
        spans = self.ranges.setdefault(model._meta.table_name, [])
        for i in ids:
            if spans and spans[-1][1] + 1 == i:
                spans[-1][1] = i
            else:
                spans.append([i, i])

    def save(self) -> None:
        value = json.dumps({**self.info, "at": now_utc().isoformat(), "ranges": self.ranges})
        Setting.insert(key=self.key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()


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
    audit's record type and values. Anything raised undoes the whole import, then propagates."""
    _RUNNING.add(journal.key)
    try:
        written = 0
        first = True
        for batch in batches:
            with db.atomic():
                if first:
                    picks.add_planned(session)
                    for model in (Zone, Category, Location):
                        journal.add(model, picks.made[model._meta.table_name])
                    first = False
                write(batch)
                journal.save()
            written += len(batch)
            if on_batch is not None:
                on_batch(written)  # outside any transaction: others may write now
        with db.atomic():
            if first:
                picks.add_planned(session)
            record_type, values = finish()
            audit.record(session, "import", record_type, "", None, values)
            Setting.delete().where(Setting.key == journal.key).execute()
    except BaseException:
        _undo(session, journal.key)
        raise
    finally:
        _RUNNING.discard(journal.key)


def _undo(session: Session, key: str) -> None:
    """Remove everything the journal lists, and the journal, in one transaction; audited."""
    with db.atomic():
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            return
        data = json.loads(row.value)
        removed: dict[str, int] = {}
        for model in UNDO_ORDER:
            table = model._meta.table_name
            for low, high in data["ranges"].get(table, []):
                ids: Any = model._meta.primary_key
                count = model.delete().where(ids.between(low, high)).execute()
                removed[table] = removed.get(table, 0) + int(count)
        Setting.delete().where(Setting.key == key).execute()
        audit.record(
            session,
            "import_undone",
            data["kind"],
            "",
            None,
            {"file": data["file"], "by": data["user"], "removed": removed},
        )


def _abandoned(data: dict[str, Any], key: str, session: Session) -> bool:
    if key in _RUNNING:
        return False
    if data.get("workstation") == session.workstation:
        pid = int(data.get("pid", 0))
        if pid == os.getpid():
            return True
        try:
            os.kill(pid, 0)  # signal 0: does the process still exist?
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False
    return now_utc() - datetime.fromisoformat(data["at"]) > STALE_AFTER


def undo_unfinished_imports(session: Session) -> int:
    """Undo the imports a crash cut short (the journals no running import owns); returns how
    many. Run before an import, and at start-up."""
    undone = 0
    for row in Setting.select().where(Setting.key.startswith(JOURNAL)):
        if _abandoned(json.loads(row.value), row.key, session):
            try:
                _undo(session, row.key)
            except DatabaseError:  # e.g. a record made since points at an imported one
                log.exception("could not undo the unfinished import %s", row.key)
                continue
            undone += 1
    return undone
