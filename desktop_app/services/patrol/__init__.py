"""Patrol logs: shifts with timed entries, handover notes, and the browse over every entry.

One purpose a module: types, shifts (reads and writes of shifts), queries (reading entries) and
entries (writing them). PatrolService joins them for one session; import everything from here.
"""

from __future__ import annotations

from desktop_app.services.patrol.entries import VAGUE, PatrolEntries
from desktop_app.services.patrol.queries import PatrolEntryQueries
from desktop_app.services.patrol.shifts import PatrolShifts
from desktop_app.services.patrol.types import (
    EntryCursor,
    EntryFilter,
    EntryRow,
    Handover,
    ShiftRow,
)
from desktop_app.vocabulary import ACTIVITY_LABELS


class PatrolService(PatrolShifts, PatrolEntries):
    """One session's use of the patrol logs: shifts (PatrolShifts) and their entries
    (PatrolEntries, built on PatrolEntryQueries), each checking the session's permissions."""


__all__ = [
    "ACTIVITY_LABELS",
    "VAGUE",
    "EntryCursor",
    "EntryFilter",
    "EntryRow",
    "Handover",
    "PatrolEntries",
    "PatrolEntryQueries",
    "PatrolService",
    "PatrolShifts",
    "ShiftRow",
]
