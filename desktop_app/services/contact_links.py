"""Every record that points at a contact, found from the models' foreign keys (so a table added
later is merged too), counted and moved from one contact to another."""

from __future__ import annotations

from typing import Any

from peewee import ForeignKeyField, ModelIndex, fn

from models.contacts import Contact
from models.registry import ALL_MODELS


def contact_references() -> list[tuple[Any, ForeignKeyField]]:
    """(model, column) for every column of every table that points at a contact, the contacts
    merged into another (Contact.merged_into) among them."""
    return [
        (model, field)
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField) and field.rel_model is Contact
    ]


def link_counts(contact_id: int) -> dict[str, int]:
    """Table name -> records there that point at the contact (tables with none left out)."""
    counts: dict[str, int] = {}
    for model, field in contact_references():
        n = model.select().where(field == contact_id).count()
        if n:
            table = model._meta.table_name
            counts[table] = counts.get(table, 0) + n
    return counts


def _index_columns(model: Any, index: object) -> tuple[list[str], bool]:
    if isinstance(index, ModelIndex):
        found: Any = index  # peewee keeps an index's columns and uniqueness in private slots
        names = [getattr(e, "name", None) for e in found._expressions]
        return [n for n in names if isinstance(n, str)], bool(found._unique)
    if isinstance(index, tuple) and len(index) == 2 and isinstance(index[0], tuple | list):
        return [str(name) for name in index[0]], bool(index[1])
    return [], False


def unique_partners(model: Any, field: ForeignKeyField) -> list[list[Any]]:
    """For each unique constraint on model that includes field: the other columns in it. A
    contact's row there that matches the kept contact's on those columns cannot move: it is the
    same link twice (both registered for one event, both met on one patrol entry)."""
    found: list[list[Any]] = [[]] if field.unique else []
    for index in model._meta.indexes:
        names, unique = _index_columns(model, index)
        if unique and field.name in names:
            found.append([model._meta.fields[n] for n in names if n != field.name])
    return found


def move_links(keep_id: int, other_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """Point every record of other_id at keep_id. Returns (moved, dropped) by table: dropped are
    the other's links the kept contact already had (a unique pair), deleted rather than moved."""
    moved: dict[str, int] = {}
    dropped: dict[str, int] = {}
    for model, field in contact_references():
        table = model._meta.table_name
        for others in unique_partners(model, field):
            twin = model.alias()
            same = [getattr(twin, f.name) == f for f in others]
            clash = twin.select(twin.id).where(getattr(twin, field.name) == keep_id, *same)
            gone = model.delete().where((field == other_id) & fn.EXISTS(clash)).execute()
            if gone:
                dropped[table] = dropped.get(table, 0) + int(gone)
        changed = model.update({field: keep_id}).where(field == other_id).execute()
        if changed:
            moved[table] = moved.get(table, 0) + int(changed)
    return moved, dropped
