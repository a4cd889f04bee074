"""Problem solving, notable reports and next month's events: what a manager reads for detail."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, fn

from desktop_app.reporting.monthly import NotableReport, ProblemLine, UpcomingEvent
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.monthly.periods import Periods, add_months, counted, month_bounds
from models.events import Event
from models.org import Category, Location, User
from models.problems import STAGES, Problem
from models.reports import Report

MAX_NOTABLE = 40
SUMMARY_CHARS = 160


def collect_problems_by_stage() -> dict[str, int]:
    """Problems by SARA stage as they stand today (every stage shown, also at zero)."""
    rows: Any = Problem.select(Problem.stage, fn.COUNT(Problem.id)).group_by(Problem.stage).tuples()
    return dict.fromkeys(STAGES, 0) | {s: n for s, n in rows}


def collect_closed_problems(p: Periods) -> list[ProblemLine]:
    return [
        ProblemLine(
            problem.title,
            problem.location.name if problem.location else "",
            problem.baseline_count,
            problem.after_count,
            problem.result or "",
        )
        for problem in Problem.select(Problem, Location)
        .join(Location, JOIN.LEFT_OUTER)
        .where(
            (Problem.stage == "closed")
            & (Problem.closed_on >= p.month)
            & (Problem.closed_on < add_months(p.month, 1))
        )
    ]


def collect_notable(p: Periods) -> list[NotableReport]:
    """High and urgent reports of the month, oldest first."""
    return [
        NotableReport(
            r.number,
            to_local(stored_datetime(r.occurred_at), p.zone),
            r.severity,
            r.category.name if r.category else "—",
            r.location.name if r.location else "—",
            short(r.account),
        )
        for r in Report.select(Report, Category, Location)
        .join(Category, JOIN.LEFT_OUTER)
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER)
        .where(counted(p.start, p.end) & Report.severity.in_(("high", "urgent")))
        .order_by(Report.occurred_at)
        .limit(MAX_NOTABLE)
    ]


def collect_upcoming(p: Periods) -> list[UpcomingEvent]:
    """Next month's events that are not cancelled and still to come when the report is made."""
    next_start, next_end = month_bounds(add_months(p.month, 1))
    next_start = max(next_start, now_utc())
    return [
        UpcomingEvent(
            to_local(stored_datetime(e.starts_at), p.zone),
            e.title,
            e.venue,
            e.lead_officer.display_name if e.lead_officer else "",
            e.status,
        )
        for e in Event.select(Event, User)
        .join(User, JOIN.LEFT_OUTER)
        .where(
            (Event.starts_at >= next_start)
            & (Event.starts_at < next_end)
            & (Event.status != "cancelled")
        )
        .order_by(Event.starts_at)
    ]


def short(text: str, limit: int = SUMMARY_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
