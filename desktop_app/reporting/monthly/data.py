"""What the monthly report shows: plain frozen data, filled in by the monthly service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

TIME_BANDS = ("00–04", "04–08", "08–12", "12–16", "16–20", "20–24")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
AGE_BUCKETS = ("0–7 days", "8–30 days", "31–90 days", "over 90 days")


@dataclass(frozen=True)
class CategoryCount:
    name: str
    this_month: int
    last_month: int
    last_year: int
    ytd: int
    ytd_last_year: int


@dataclass(frozen=True)
class PlaceCount:
    name: str
    zone: str
    this_month: int
    last_month: int


@dataclass(frozen=True)
class OfficerPatrol:
    name: str
    shifts: int
    hours: float
    entries: int
    engagement: int


@dataclass(frozen=True)
class EventLine:
    kind: str
    held: int
    registered: int
    attended: int
    walk_ins: int


@dataclass(frozen=True)
class ProblemLine:
    title: str
    location: str
    baseline: int | None
    after: int | None
    result: str


@dataclass(frozen=True)
class NotableReport:
    number: str
    occurred_at: datetime
    severity: str
    category: str
    location: str
    summary: str


@dataclass(frozen=True)
class UpcomingEvent:
    starts_at: datetime
    title: str
    venue: str
    lead: str
    status: str


@dataclass(frozen=True)
class MonthlyData:
    office_name: str
    month: date  # the first day
    prepared_by: str
    prepared_on: date
    note: str
    paper: str
    categories: list[CategoryCount]
    trend_months: list[date]
    # main category -> 13 monthly counts, oldest first; None before the office's first report
    trend: dict[str, list[int | None]]
    top_locations: list[PlaceCount]
    zones: list[PlaceCount]
    when: list[list[int]]  # 7 weekdays x 6 time bands
    shifts: int
    patrol_hours: float
    entries_by_activity: dict[str, int]
    officers: list[OfficerPatrol]
    opened: int
    closed: int
    open_by_age: dict[str, int]
    median_days_to_close: float | None
    voided: list[tuple[str, str]]  # number, reason
    interactions_by_channel: dict[str, int]
    people_reached: int
    new_contacts: int
    tips: int
    events: list[EventLine]
    problems_by_stage: dict[str, int]
    problems_closed: list[ProblemLine]
    notable: list[NotableReport]
    next_month_events: list[UpcomingEvent]
    missing_location_or_category: int
    overdue_follow_ups: int
    possible_duplicate_contacts: int
    hot_spots: dict[str, tuple[str, int]] = field(default_factory=dict)  # category -> place, n
    # False when the compared period ended before the office's first report: "no data", not 0.
    last_month_known: bool = True
    last_year_known: bool = True  # the same month last year, and last year to that month
    summary: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.this_month for c in self.categories)

    @property
    def is_empty(self) -> bool:
        return (
            self.total == 0
            and self.shifts == 0
            and not self.interactions_by_channel
            and not self.events
        )
