"""The manager's monthly account: every figure of the monthly PDF, from plain SQL.

Reports are counted by when they happened (office time), void reports left out; they are
listed separately under report handling. Patrols count by when the shift started.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from desktop_app.reporting.monthly import (
    CategoryCount,
    MonthlyData,
    NotableReport,
    PlaceCount,
    ProblemLine,
    UpcomingEvent,
    build_monthly_pdf,
)
from desktop_app.services import audit
from desktop_app.services.clock import now_local
from desktop_app.services.monthly.categories import (
    category_names,
    collect_categories,
    collect_hot_spots,
    collect_trend,
)
from desktop_app.services.monthly.engagement import EngagementSection, collect_engagement
from desktop_app.services.monthly.handling import HandlingSection, collect_handling
from desktop_app.services.monthly.outlook import (
    collect_closed_problems,
    collect_notable,
    collect_problems_by_stage,
    collect_upcoming,
)
from desktop_app.services.monthly.patrol import PatrolSection, collect_patrol
from desktop_app.services.monthly.periods import (
    Periods,
    first_report_at,
    known_comparisons,
    month_bounds,
)
from desktop_app.services.monthly.places import collect_places, collect_time_grid
from desktop_app.services.monthly.quality import QualitySection, collect_quality
from desktop_app.services.monthly.summary import summarise
from desktop_app.services.office_settings import OfficeSettings, load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.printing import print_recorded
from desktop_app.services.session import Session

Progress = Callable[[int, str], object]

__all__ = ["MonthlyReportService", "month_bounds", "write_monthly_pdf"]


def _no_progress(pct: int, what: str) -> None:
    return None


@dataclass(frozen=True)
class _Sections:
    """Everything counted for the month, section by section, before it becomes MonthlyData."""

    categories: list[CategoryCount]
    trend_months: list[date]
    trend: dict[str, list[int | None]]
    top_locations: list[PlaceCount]
    zones: list[PlaceCount]
    when: list[list[int]]
    hot_spots: dict[str, tuple[str, int]]
    patrol: PatrolSection
    handling: HandlingSection
    engagement: EngagementSection
    problems_by_stage: dict[str, int]
    problems_closed: list[ProblemLine]
    notable: list[NotableReport]
    upcoming: list[UpcomingEvent]
    quality: QualitySection


def _collect(p: Periods, step: Progress, first: datetime | None) -> _Sections:
    step(5, "reports by category")
    names = category_names()
    categories = collect_categories(p, names)
    step(15, "trend")
    trend_months, trend = collect_trend(p, names, first)
    step(30, "places and times")
    top_locations, zones = collect_places(p)
    when = collect_time_grid(p)
    step(45, "patrols")
    patrol = collect_patrol(p)
    step(60, "report handling")
    handling = collect_handling(p)
    step(70, "engagement")
    engagement = collect_engagement(p)
    step(80, "problems and notable reports")
    problems_by_stage, problems_closed = collect_problems_by_stage(), collect_closed_problems(p)
    notable, upcoming = collect_notable(p), collect_upcoming(p)
    step(90, "data quality")
    quality = collect_quality(p)
    hot_spots = collect_hot_spots(p, categories, names)
    return _Sections(
        categories,
        trend_months,
        trend,
        top_locations,
        zones,
        when,
        hot_spots,
        patrol,
        handling,
        engagement,
        problems_by_stage,
        problems_closed,
        notable,
        upcoming,
        quality,
    )


def _assemble(
    s: _Sections, month: date, note: str, prepared_by: str, settings: OfficeSettings
) -> MonthlyData:
    return MonthlyData(
        office_name=settings.office_name,
        month=month,
        prepared_by=prepared_by,
        prepared_on=now_local().date(),
        note=note.strip(),
        paper=settings.paper_size,
        categories=s.categories,
        trend_months=s.trend_months,
        trend=s.trend,
        top_locations=s.top_locations,
        zones=s.zones,
        when=s.when,
        shifts=s.patrol.shifts,
        patrol_hours=s.patrol.hours,
        entries_by_activity=s.patrol.entries_by_activity,
        officers=s.patrol.officers,
        opened=s.handling.opened,
        closed=s.handling.closed,
        open_by_age=s.handling.open_by_age,
        median_days_to_close=s.handling.median_days_to_close,
        voided=s.handling.voided,
        interactions_by_channel=s.engagement.interactions_by_channel,
        people_reached=s.engagement.people_reached,
        new_contacts=s.engagement.new_contacts,
        tips=s.engagement.tips,
        events=s.engagement.events,
        problems_by_stage=s.problems_by_stage,
        problems_closed=s.problems_closed,
        notable=s.notable,
        next_month_events=s.upcoming,
        missing_location_or_category=s.quality.missing_location_or_category,
        overdue_follow_ups=s.quality.overdue_follow_ups,
        possible_duplicate_contacts=s.quality.possible_duplicate_contacts,
        hot_spots=s.hot_spots,
    )


class MonthlyReportService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def gather(self, month: date, note: str = "", progress: Progress | None = None) -> MonthlyData:
        """Every number of the monthly report for month (its first day). Reading them is not
        printing them: write_monthly_pdf records the print, once the PDF is built."""
        require(self.session, "report.print")
        step = progress or _no_progress
        settings = load_office_settings()
        periods = Periods.of(month)
        first = first_report_at()
        sections = _collect(periods, step, first)
        data = _assemble(sections, month, note, self.session.display_name, settings)
        last_month, last_year = known_comparisons(periods, first)
        data = replace(data, last_month_known=last_month, last_year_known=last_year)
        data.summary.extend(summarise(data))
        step(95, "laying out the PDF")
        return data

    def record_print(self, month: date, reports: int) -> None:
        audit.record(
            self.session,
            "print",
            "monthly_report",
            month.strftime("%Y-%m"),
            None,
            {"reports": reports},
        )


def write_monthly_pdf(
    session: Session, month: date, out: Path, note: str = "", progress: Progress | None = None
) -> Path:
    """Gather the month's numbers and lay out the PDF: what the GUI and the CLI both print."""
    service = MonthlyReportService(session)
    data = service.gather(month, note, progress)
    out.parent.mkdir(parents=True, exist_ok=True)
    print_recorded(
        out,
        lambda path: build_monthly_pdf(data, path),
        lambda: service.record_print(month, data.total),
    )
    if progress:
        progress(100, "done")
    return out
