"""The demo's bulk writer: explicit ids, buffered executemany inserts, sequences set after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from peewee import AutoField, Model, PostgresqlDatabase

from models.database import db
from models.registry import ALL_MODELS


class Ids:
    """Hands out explicit primary keys so child rows can reference parents before insert."""

    def __init__(self, model: type[Model]) -> None:
        key: Any = model._meta.primary_key
        last = model.select(key).order_by(key.desc()).scalar()
        self.next = (last or 0) + 1

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


class Bulk:
    """Buffered executemany inserts: the fastest portable way to write a million rows."""

    def __init__(
        self,
        model: type[Model],
        columns: Sequence[str],
        chunk: int = 5000,
        parents: Sequence[Bulk] = (),
    ) -> None:
        self.model = model
        self.parents = list(parents)  # flushed first, so foreign keys always find their row
        self.columns = list(columns)
        self.rows: list[tuple[Any, ...]] = []
        self.chunk = chunk
        self.count = 0
        self.sqlite = not isinstance(db.obj, PostgresqlDatabase)
        p = db.param
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join([p] * len(self.columns))
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks})'

    def add(self, *values: Any) -> None:
        if self.sqlite:
            values = tuple(str(v) if isinstance(v, datetime | date) else v for v in values)
        self.rows.append(values)
        if len(self.rows) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for parent in self.parents:
            parent.flush()
        if self.rows:
            cursor = db.cursor()
            cursor.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows = []


def fix_sequences() -> None:
    """After explicit ids on PostgreSQL, move each serial sequence past its table's highest id.

    Every table of the registry, so a table added later can't be forgotten here; a sequence
    only ever moves forward (ids of deleted rows are not handed out again).
    """
    if not isinstance(db.obj, PostgresqlDatabase):
        return
    for model in ALL_MODELS:
        key = model._meta.primary_key
        if isinstance(key, AutoField):
            _move_past_highest(model._meta.table_name, key.column_name)


def _move_past_highest(table: str, column: str) -> None:
    sequence = db.execute_sql(
        "SELECT pg_get_serial_sequence(%s, %s)", (f'"{table}"', column)
    ).fetchone()[0]
    top = db.execute_sql(f'SELECT MAX("{column}") FROM "{table}"').fetchone()[0]
    if sequence is None or top is None:
        return
    last, called = db.execute_sql(f"SELECT last_value, is_called FROM {sequence}").fetchone()
    next_value = last + 1 if called else last
    if top >= next_value:
        db.execute_sql("SELECT setval(%s, %s)", (sequence, top))
