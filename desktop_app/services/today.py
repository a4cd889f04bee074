"""The Today page: what needs doing now, counted. Each count is the length of the very list its
click opens (the same service call, the same filter), so the page and the list always agree.
What a reader may not see is not counted for them (front desk: no report list; partners
overdue: managers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.services.clock import local_day_bounds, now_local
from desktop_app.services.events import EventRow, EventService
from desktop_app.services.interactions import FollowUp, InteractionService, OverduePartner
from desktop_app.services.permissions import allowed
from desktop_app.services.problems import (
    STALE_DAYS,
    BoardFilter,
    ProblemRow,
    ProblemService,
    Suggestion,
    suggested_problems,
)
from desktop_app.services.reports import ReportFilter, ReportService
from desktop_app.services.reports.work_queue import WorkItem
from desktop_app.services.session import Session
from models.events import EventTask

WEEK = 7  # events in the next this many days, today included

# The page's counts in the order it shows them (keys of TodayCounts.counts).
KEYS = (
    "new_reports",
    "unassigned",
    "my_reports",
    "follow_ups",
    "partners_overdue",
    "events",
    "problems_waiting",
    "suggested",
)


@dataclass(frozen=True)
class WeekEvent:
    event: EventRow
    open_tasks: int


@dataclass(frozen=True)
class TodayCounts:
    day: date
    counts: dict[str, int]  # key -> count, only the keys this reader may see
    overdue_follow_ups: int  # of follow_ups, those due before today
    open_tasks: int  # open planning tasks of the events counted
    week: tuple[WeekEvent, ...] = ()  # the events counted, soonest first


class TodayService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def may(self, key: str) -> bool:
        role = self.session.role
        needs = {
            "new_reports": "report.read",
            "unassigned": "report.read",
            "my_reports": "report.read",
            "follow_ups": "interaction.create",
            "partners_overdue": "contact.oversee",
            "events": "event.read",
            "problems_waiting": "problem.read",
            "suggested": "problem.read",
        }
        return allowed(role, needs[key])

    # The lists the counts open, one function each.
    def new_reports_filter(self, day: date | None = None) -> ReportFilter:
        """Reports taken since yesterday began (office time)."""
        yesterday = (day or now_local().date()) - timedelta(days=1)
        return ReportFilter(received_since=local_day_bounds(yesterday)[0])

    @staticmethod
    def unassigned_filter() -> ReportFilter:
        return ReportFilter(unassigned=True, open_only=True)

    def my_reports(self) -> list[WorkItem]:
        return list(ReportService(self.session).work_queue().items)

    def follow_ups(self, day: date | None = None) -> list[FollowUp]:
        return InteractionService(self.session).follow_ups_due(day)

    def partners_overdue(self, day: date | None = None) -> list[OverduePartner]:
        return InteractionService(self.session).partners_overdue(day)

    def events(self, day: date | None = None) -> list[WeekEvent]:
        """Events starting today or in the next six days (as the Events tab lists them, a
        cancelled one marked so), with their open planning tasks."""
        first = day or now_local().date()
        rows = EventService(self.session).between(first, first + timedelta(days=WEEK - 1))
        open_tasks: Any = (
            EventTask.select(EventTask.event, EventTask.id)
            .where(EventTask.event.in_([e.id for e in rows]) & (EventTask.done == False))  # noqa: E712
            .tuples()
        )
        per_event: dict[int, int] = {}
        for event_id, _task in open_tasks:
            per_event[event_id] = per_event.get(event_id, 0) + 1
        return [WeekEvent(e, per_event.get(e.id, 0)) for e in rows]

    @staticmethod
    def problems_filter() -> BoardFilter:
        return BoardFilter(waiting_days=STALE_DAYS)

    def problems_waiting(self) -> list[ProblemRow]:
        return ProblemService(self.session).board(self.problems_filter())

    def suggested(self) -> list[Suggestion]:
        return suggested_problems(self.session)

    def counts(self, day: date | None = None) -> TodayCounts:
        """Every count this reader may see, each from the list its click opens."""
        today = day or now_local().date()
        reports = ReportService(self.session)
        counts: dict[str, int] = {}
        overdue, tasks, week = 0, 0, []
        for key in KEYS:
            if not self.may(key):
                continue
            if key == "new_reports":
                counts[key] = reports.count(self.new_reports_filter(today))
            elif key == "unassigned":
                counts[key] = reports.count(self.unassigned_filter())
            elif key == "my_reports":
                counts[key] = len(self.my_reports())
            elif key == "follow_ups":
                due = self.follow_ups(today)
                counts[key] = len(due)
                overdue = sum(1 for f in due if f.days_late > 0)
            elif key == "partners_overdue":
                counts[key] = len(self.partners_overdue(today))
            elif key == "events":
                week = self.events(today)
                counts[key] = len(week)
                tasks = sum(w.open_tasks for w in week)
            elif key == "problems_waiting":
                counts[key] = len(self.problems_waiting())
            else:
                counts[key] = len(self.suggested())
        return TodayCounts(today, counts, overdue, tasks, tuple(week))
