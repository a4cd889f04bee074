"""The audit trail in people's words: records by number or name, values as labels and local times.

A page of entries is read in one pass: every record and referenced id on it is looked up with one
query per kind of record (never one per row), then each entry is described from those names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from desktop_app.reporting.plural import plural
from desktop_app.services.clock import to_local
from desktop_app.vocabulary import (
    ACTIVITY_LABELS,
    ATTENDANCE_LABELS,
    CHANNEL_LABELS,
    CONTACT_KIND_LABELS,
    EVENT_KIND_LABELS,
    EVENT_STATUS_LABELS,
    PATROL_TYPE_LABELS,
    PERSON_ROLE_LABELS,
    PROBLEM_RESULT_LABELS,
    PROBLEM_STAGE_LABELS,
    REPORT_SOURCE_LABELS,
    REPORT_STATUS_LABELS,
    SEVERITY_LABELS,
    USER_ROLE_LABELS,
    label,
)
from models.audit_seal import ERASED, keys_of, sealed_contacts, unseal
from models.contacts import Contact
from models.events import Event
from models.org import Category, Location, User, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.problems import Problem
from models.reports import Report

# The kind of record a field's id points at, by the field's name in the stored values.
REFERENCES = {
    "assigned_officer": "user",
    "received_by": "user",
    "officer": "user",
    "lead_officer": "user",
    "owner": "user",
    "coordinator": "user",
    "written_by": "user",
    "added_by": "user",
    "removed_by": "user",
    "relieved": "user",
    "reporter": "contact",
    "contact": "contact",
    "merged_into": "contact",
    "merged_from": "contact",
    "not_duplicate_of": "contact",
    "merged_into_location": "location",
    "partner": "contact",
    "category": "category",
    "location": "location",
    "zone": "zone",
    "report": "report",
    "shift": "patrol_shift",
    "entry": "patrol_entry",
    "patrol_entry": "patrol_entry",
    "event": "event",
    "problem": "problem",
}
# Where one field name points at another kind of record, by record type: a location merge
# audited before it had its own key ("merged_into_location") stored "merged_into".
REFERENCES_OF_RECORD = {("location", "merged_into"): "location"}
# Counts of records by table (a merge's "moved"), as nouns: (one, many).
COUNTED = {
    "report": ("report", "reports"),
    "patrol_entry": ("patrol entry", "patrol entries"),
    "event": ("event", "events"),
    "problem": ("problem", "problems"),
    "interaction": ("interaction", "interactions"),
    "contact": ("contact", "contacts"),
}
# Stored words shown through the vocabulary; where one name means two things, by record type.
WORDS: dict[str, dict[str, str]] = {
    "severity": SEVERITY_LABELS,
    "source": REPORT_SOURCE_LABELS,
    "activity": ACTIVITY_LABELS,
    "patrol_type": PATROL_TYPE_LABELS,
    "channel": CHANNEL_LABELS,
    "preferred_channel": CHANNEL_LABELS,
    "stage": PROBLEM_STAGE_LABELS,
    "result": PROBLEM_RESULT_LABELS,
    "status": REPORT_STATUS_LABELS,
    "role": PERSON_ROLE_LABELS,
}
WORDS_OF_RECORD: dict[tuple[str, str], dict[str, str]] = {
    ("event", "status"): EVENT_STATUS_LABELS,
    ("event", "kind"): EVENT_KIND_LABELS,
    ("attendance", "status"): ATTENDANCE_LABELS,
    ("contact", "kind"): CONTACT_KIND_LABELS,
    ("user", "role"): USER_ROLE_LABELS,
}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CHUNK = 500  # ids per query, well below every database's limit on parameters

Key = tuple[str, int]


def _minute(stored: datetime, zone: tzinfo) -> str:
    local = to_local(stored, zone) if stored.tzinfo is None else stored.astimezone(zone)
    return local.strftime("%d %b %Y %H:%M")


def _shifts(ids: list[int], zone: tzinfo) -> Iterable[tuple[int, str]]:
    rows: Any = (
        PatrolShift.select(PatrolShift.id, User.username, PatrolShift.started_at)
        .join(User)
        .where(PatrolShift.id.in_(ids))
        .tuples()
    )
    return ((i, f"{who}'s shift from {_minute(at, zone)}") for i, who, at in rows)


def _entries(ids: list[int], zone: tzinfo) -> Iterable[tuple[int, str]]:
    rows: Any = (
        PatrolEntry.select(PatrolEntry.id, PatrolEntry.at, Location.name)
        .join(Location, on=(PatrolEntry.location == Location.id), join_type="LEFT OUTER")
        .where(PatrolEntry.id.in_(ids))
        .tuples()
    )
    return ((i, f"{_minute(at, zone)}, {place or '—'}") for i, at, place in rows)


def _column(model: Any, column: Any) -> Callable[[list[int], tzinfo], Iterable[tuple[int, str]]]:
    def names(ids: list[int], zone: tzinfo) -> Iterable[tuple[int, str]]:
        return model.select(model.id, column).where(model.id.in_(ids)).tuples()  # type: ignore[no-any-return]

    return names


NAMERS: dict[str, Callable[[list[int], tzinfo], Iterable[tuple[int, str]]]] = {
    "user": _column(User, User.username),
    "contact": _column(Contact, Contact.name),
    "report": _column(Report, Report.number),
    "category": _column(Category, Category.name),
    "location": _column(Location, Location.name),
    "zone": _column(Zone, Zone.name),
    "event": _column(Event, Event.title),
    "problem": _column(Problem, Problem.title),
    "patrol_shift": _shifts,
    "patrol_entry": _entries,
}


def _reference(record_type: str, key: str) -> str | None:
    """The kind of record the field key of a record_type entry points at, if any."""
    return REFERENCES_OF_RECORD.get((record_type, key)) or REFERENCES.get(key)


def _counts(counts: dict[str, Any]) -> str:
    """{'report': 3, 'patrol_entry': 1, 'event': 0} -> '3 reports, 1 patrol entry'."""
    parts = []
    rank = {table: n for n, table in enumerate(COUNTED)}  # reports first; stored: alphabetical
    for table, count in sorted(counts.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])):
        if isinstance(count, int) and count:
            one, many = COUNTED.get(table, (table.replace("_", " "), ""))
            parts.append(plural(count, one, many or None))
    return ", ".join(parts) or "nothing"


def _as_id(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class AuditWords:
    """Names for one page of entries, looked up together; describes each entry from them."""

    def __init__(self, entries: list[Any], zone: tzinfo, people_by_name: bool = False) -> None:
        """people_by_name: users by display name (Asha Khan), as documents print them, rather
        than by username (akhan), as the audit view shows them."""
        self.zone = zone
        namers = {**NAMERS, "user": _column(User, User.display_name)} if people_by_name else NAMERS
        self.values = _opened({e.id: (_load(e.before), _load(e.after)) for e in entries})
        wanted: dict[str, set[int]] = {}
        for e in entries:
            if e.record_type in NAMERS and (record_id := _as_id(e.record_id)) is not None:
                wanted.setdefault(e.record_type, set()).add(record_id)
            for values in self.values[e.id]:
                for key, value in values.items():
                    kind, ref = _reference(e.record_type, key), _as_id(value)
                    if kind and ref is not None:
                        wanted.setdefault(kind, set()).add(ref)
        self.names: dict[Key, str] = {}
        for kind, ids in wanted.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), _CHUNK):
                for found, name in namers[kind](ordered[start : start + _CHUNK], zone):
                    self.names[(kind, found)] = str(name)

    def record(self, record_type: str, record_id: str) -> str:
        """The record as people know it: its number or name, else its id as stored."""
        ref = _as_id(record_id)
        return self.names.get((record_type, ref), record_id) if ref is not None else record_id

    def changes(self, entry: Any, redact: bool = False) -> str:
        """'field: old → new; …' for an update, the values for a create, '' when none."""
        old, new = self.values[entry.id]
        parts = []
        for key in sorted(set(old) | set(new)):
            if old.get(key) == new.get(key) == ERASED and key in old:
                parts.append(f"{key.replace('_', ' ')} changed {ERASED}")  # an anonymised contact
                continue
            if old.get(key) == new.get(key) or key == "id":  # the Record column names it
                continue
            if key not in old and new[key] in (None, ""):  # a new record's empty fields
                continue
            name = key.replace("_", " ")
            if redact:
                parts.append(f"{name} changed" if key in old else f"{name} set")
            elif key in old:
                was, now = (self.value(entry.record_type, key, v) for v in (old[key], new.get(key)))
                parts.append(f"{name}: {was} → {now}")
            else:
                parts.append(f"{name}: {self.value(entry.record_type, key, new[key])}")
        return _joined(parts)

    def value(self, record_type: str, key: str, value: object) -> str:
        """One stored value as people read it."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return "yes" if value else "no"
        kind, ref = _reference(record_type, key), _as_id(value)
        if kind and ref is not None:
            return self.names.get((kind, ref), str(value))
        if isinstance(value, dict):
            return _counts(value)
        if isinstance(value, list):
            return ", ".join(self.value(record_type, key, v) for v in value) or "—"
        if isinstance(value, str):
            return self._text(record_type, key, value)
        return f"{value:,}" if isinstance(value, int) else str(value)

    def _text(self, record_type: str, key: str, value: str) -> str:
        words = WORDS_OF_RECORD.get((record_type, key)) or WORDS.get(key)
        if words is not None:
            return label(words, value)
        if _DATETIME.match(value):
            try:
                return _minute(datetime.fromisoformat(value), self.zone)
            except ValueError:
                return value
        if _DATE.match(value):
            try:
                return date.fromisoformat(value).strftime("%d %b %Y")
            except ValueError:
                return value
        return value


def _joined(parts: list[str]) -> str:
    """'a; b; c': a part ending a sentence ('reason: … not taken.') drops its full stop before
    the '; ' that follows it (an ellipsis keeps its dots)."""
    trimmed = [p[:-1] if p.endswith(".") and not p.endswith("...") else p for p in parts[:-1]]
    return "; ".join([*trimmed, *parts[-1:]])


def _opened(values: dict[int, tuple[dict[str, Any], dict[str, Any]]]) -> dict[int, Any]:
    """The page's values with contacts' sealed personal values opened with their keys (one
    query), or read as "(erased)" where the contact was anonymised (models.audit_seal)."""
    wanted = {c for pair in values.values() for side in pair for c in sealed_contacts(side)}
    keys = keys_of(wanted)
    return {i: (unseal(old, keys), unseal(new, keys)) for i, (old, new) in values.items()}


def _load(stored: str | None) -> dict[str, Any]:
    values = json.loads(stored) if stored else {}
    return values if isinstance(values, dict) else {}
