"""Merging two locations that are one place: every record that names the one merged away moves
to the one kept, in one audited transaction, and the merged one is retired."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import ForeignKeyField

from desktop_app.services import audit
from desktop_app.services.errors import ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.permissions import require
from desktop_app.services.picklists import PickEntry, pick_entry, snapshot
from desktop_app.services.session import Session
from models.database import db
from models.org import Location
from models.problems import IgnoredSuggestion
from models.registry import ALL_MODELS


@dataclass(frozen=True)
class LocationUsage:
    """How many records of each table (by table name) name a location."""

    location_id: int
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class MergeResult:
    kept: PickEntry
    merged: PickEntry
    moved: dict[str, int]  # table name -> records moved to the kept location


def references() -> list[tuple[Any, ForeignKeyField]]:
    """Every column of every table that points at a location: found from the models, so a table
    added later is merged too."""
    return [
        (model, field)
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField) and field.rel_model is Location
    ]


def _counts(location_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for model, field in references():
        table = model._meta.table_name
        counts[table] = counts.get(table, 0) + model.select().where(field == location_id).count()
    return counts


def location_usage(session: Session, location_id: int) -> LocationUsage:
    """What a merge would move: the records that name the location, by table."""
    require(session, "picklist.read")
    return LocationUsage(location_id, _counts(location_id))


def _both(keep_id: int, other_id: int) -> tuple[Location, Location]:
    if keep_id == other_id:
        raise ValidationError("location", "Choose two different locations to merge")
    kept = Location.get_or_none(Location.id == keep_id)
    other = Location.get_or_none(Location.id == other_id)
    if kept is None or other is None:
        raise ValidationError("location", "That location no longer exists; choose it again")
    if not kept.active:
        raise ValidationError(
            "location", f"“{kept.name}” is retired; restore it first, or keep the other one"
        )
    if not other.active and not any(_counts(other.id).values()):  # nothing left to move
        raise ValidationError(
            "location",
            f"'{other.name}' was merged or retired already and no record names it; "
            "there is nothing to merge",
        )
    return kept, other


def _fold_set_aside(keep_id: int, other_id: int) -> None:
    """A suggestion set aside at both places is one at the kept place (one per category): it
    stays aside until a report newer than the newest either saw."""
    rows: Any = IgnoredSuggestion.select().where(
        IgnoredSuggestion.location.in_((keep_id, other_id))
    )
    by_category: dict[int, list[Any]] = {}
    for row in rows:
        by_category.setdefault(row.category_id, []).append(row)
    for pair in by_category.values():
        if len(pair) == 2:
            kept = next(r for r in pair if r.location_id == keep_id)
            other = next(r for r in pair if r.location_id == other_id)
            kept.latest_report_at = max(kept.latest_report_at, other.latest_report_at)
            kept.save()
            other.delete_instance()


def merge_locations(session: Session, keep_id: int, other_id: int) -> MergeResult:
    """Move every record from location other_id to keep_id and retire other_id, audited as one
    'merge' of the location merged away. The records keep their own zone: where they were
    recorded is history."""
    require(session, "picklist.manage")
    with db.atomic():
        kept, other = _both(keep_id, other_id)
        refuse_running_imports([("location", Location, keep_id), ("location", Location, other_id)])
        before = snapshot("location", other)
        _fold_set_aside(keep_id, other_id)
        moved: dict[str, int] = {}
        for model, field in references():
            table = model._meta.table_name
            changed = model.update({field: keep_id}).where(field == other_id).execute()
            moved[table] = moved.get(table, 0) + int(changed)
        other.active = False
        other.save()
        after = {
            **snapshot("location", other),
            "merged_into_location": kept.id,  # not "merged_into": that names a contact
            "moved": moved,
        }
        audit.record(session, "merge", "location", other.id, before, after)
        return MergeResult(pick_entry("location", kept), pick_entry("location", other), moved)
