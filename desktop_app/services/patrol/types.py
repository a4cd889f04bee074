"""What patrol logs come out as: shifts, entries, handover notes, and the browse's filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ShiftRow:
    id: int
    officer_id: int
    officer: str
    started_at: datetime
    ended_at: datetime | None
    zone_id: int | None
    zone: str
    patrol_type: str
    weather: str
    summary: str
    handover_notes: str
    entries: int


@dataclass(frozen=True)
class EntryRow:
    id: int
    shift_id: int
    at: datetime
    officer: str
    zone: str
    location: str
    activity: str
    observation: str
    action_taken: str
    report_id: int | None
    report_number: str
    people_met: str  # their names, for the lists
    people: tuple[tuple[int, str], ...] = ()  # (contact id, name) of each person met


@dataclass(frozen=True)
class Handover:
    ended_at: datetime | None
    officer: str
    zone: str
    notes: str


@dataclass(frozen=True)
class EntryFilter:
    officer_id: int | None = None
    zone_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    activity: str | None = None
    text: str = ""
    shift_id: int | None = None


@dataclass(frozen=True)
class EntryCursor:
    """Where the last page ended: keyset paging stays fast a million rows deep."""

    at: datetime  # stored UTC
    id: int
