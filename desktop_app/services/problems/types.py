"""What the problem-solving services take and give: plain dataclasses, no peewee rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Time-of-day bands of the analysis table: (first hour, last hour + 1), office time.
BANDS = ((0, 4), (4, 8), (8, 12), (12, 16), (16, 20), (20, 24))
STALE_DAYS = 30  # a problem waiting at a stage longer than this is listed on the Today page


@dataclass(frozen=True)
class ProblemInput:
    title: str
    location_id: int | None = None
    zone_id: int | None = None  # the location's zone when not given
    identified_on: date | None = None  # today when not given
    coordinator_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class BoardFilter:
    zone_id: int | None = None
    coordinator_id: int | None = None
    stage: str | None = None
    waiting_days: int | None = None  # open, at its stage for longer than this many days


@dataclass(frozen=True)
class ProblemRow:
    id: int
    title: str
    location: str
    zone: str
    stage: str
    stage_since: date
    coordinator: str
    identified_on: date
    reports: int  # linked, void ones left out

    def waiting_days(self, today: date) -> int:
        return (today - self.stage_since).days


@dataclass(frozen=True)
class LinkedReport:
    id: int
    number: str
    occurred_at: datetime  # office time
    category: str
    location: str
    status: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    on: date
    by: str
    action: str
    partner: str


@dataclass(frozen=True)
class PartnerRow:
    contact_id: int
    name: str
    organisation: str
    phone: str


@dataclass(frozen=True)
class Analysis:
    """The linked reports (void ones left out) counted by category, and by weekday (0 Monday)
    and time-of-day band (an index into BANDS)."""

    total: int
    by_category: tuple[tuple[str, int], ...]  # most first
    grid: dict[tuple[int, int], int] = field(default_factory=dict)

    def cell(self, weekday: int, band: int) -> int:
        return self.grid.get((weekday, band), 0)


@dataclass(frozen=True)
class Assessment:
    """Matching reports (the problem's categories, at its place, void ones left out) in the
    baseline period and in as long a period from the response's start; the same at the other
    places of its zone, for displacement. `result` is what the figures say, once the after
    period has ended (None before)."""

    categories: tuple[str, ...]
    baseline_from: date
    baseline_to: date
    after_from: date
    after_to: date
    baseline: int
    after: int
    neighbours_baseline: int
    neighbours_after: int
    complete: bool
    result: str | None

    @property
    def change(self) -> int:
        return self.after - self.baseline

    @property
    def change_percent(self) -> int | None:
        if self.baseline == 0:
            return None
        return round(100 * self.change / self.baseline)


@dataclass(frozen=True)
class ProblemCard:
    row: ProblemRow
    location_id: int | None
    zone_id: int | None
    coordinator_id: int | None
    description: str
    analysis_notes: str
    response_plan: str
    result: str
    closed_on: date | None
    closing_note: str
    partners: tuple[PartnerRow, ...]
    reports: tuple[LinkedReport, ...]  # oldest first, void ones too (marked by status)
    actions: tuple[ActionRow, ...]  # oldest first
    analysis: Analysis
    assessment: Assessment | None  # None while assessment_needs says what it lacks
    # What the assessment still lacks: "response", "location", "reports" (assessment.needs)
    assessment_needs: tuple[str, ...] = ()
