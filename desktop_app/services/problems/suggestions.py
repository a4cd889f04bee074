"""Suggested problems: SARA's scanning, done for the office. A place where reports of one
category repeat is suggested with those reports when, in the last WINDOW_DAYS days, it had at
least the office's `problem_min_reports` of them and at least RISE times as many as its own rate
in the EARLIER_DAYS before (a place with none before qualifies on the count alone). Void reports
never count. A place and category already worked by an open problem (one linking reports of that
category there) is not suggested again. A manager may set a suggestion aside: it stays aside
until a report of that category at that place comes in after the newest one the manager saw."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import fn

from desktop_app.services import audit
from desktop_app.services.clock import local_day_bounds, now_local, stored_datetime
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.database import db
from models.org import Category, Location
from models.problems import IgnoredSuggestion, Problem, ProblemReport
from models.reports import Report

WINDOW_DAYS = 90  # the recent period a suggestion counts its reports in
EARLIER_DAYS = 365  # the place's own earlier rate is measured over this long before it
RISE = 2.0  # how many times its earlier rate a place must reach to be suggested

Pair = tuple[int, int]  # (location id, category id)


@dataclass(frozen=True)
class Suggestion:
    location_id: int
    location: str
    category_id: int
    category: str
    count: int  # reports in the window
    earlier: int  # reports of the same kind there in the EARLIER_DAYS before the window
    report_ids: tuple[int, ...]  # oldest first
    numbers: tuple[str, ...]
    latest_at: datetime  # the newest report's time (stored, UTC)

    @property
    def expected(self) -> float:
        """How many the window would hold at the place's earlier rate."""
        return self.earlier * WINDOW_DAYS / EARLIER_DAYS


@dataclass(frozen=True)
class Window:
    """The stored (UTC) bounds of the window and of the earlier period, for an office day."""

    earlier_from: datetime
    start: datetime
    end: datetime

    @classmethod
    def ending(cls, today: date) -> Window:
        first = today - timedelta(days=WINDOW_DAYS - 1)
        return cls(
            local_day_bounds(first - timedelta(days=EARLIER_DAYS))[0],
            local_day_bounds(first)[0],
            local_day_bounds(today)[1],
        )


def _counted() -> Any:
    return (
        (Report.status != "void") & Report.location.is_null(False) & Report.category.is_null(False)
    )


def _counts(since: datetime, until: datetime, at_least: int = 1) -> dict[Pair, int]:
    query: Any = (
        Report.select(Report.location, Report.category, fn.COUNT(Report.id))
        .where(_counted() & (Report.occurred_at >= since) & (Report.occurred_at < until))
        .group_by(Report.location, Report.category)
        .having(fn.COUNT(Report.id) >= at_least)
        .tuples()
    )
    return {(loc, cat): int(n) for loc, cat, n in query}


def _worked() -> set[Pair]:
    """(location, category) pairs an open problem works: it links reports of that category at
    that place."""
    query: Any = (
        ProblemReport.select(Report.location, Report.category)
        .join(Report)
        .switch(ProblemReport)
        .join(Problem)
        .where((Problem.stage != "closed") & Report.location.is_null(False))
        .distinct()
        .tuples()
    )
    return {(loc, cat) for loc, cat in query}


def worked_by(location_id: int, category_id: int) -> int | None:
    """The open problem that works reports of that category at that place, if any."""
    query: Any = (
        ProblemReport.select(ProblemReport.problem)
        .join(Report)
        .switch(ProblemReport)
        .join(Problem)
        .where(
            (Problem.stage != "closed")
            & (Report.location == location_id)
            & (Report.category == category_id)
        )
        .order_by(ProblemReport.problem)
        .limit(1)
        .tuples()
    )
    found = query.first()
    return int(found[0]) if found else None


def _set_aside() -> dict[Pair, datetime]:
    query: Any = IgnoredSuggestion.select(
        IgnoredSuggestion.location, IgnoredSuggestion.category, IgnoredSuggestion.latest_report_at
    ).tuples()
    return {(loc, cat): stored_datetime(seen) for loc, cat, seen in query}


def _reports(pairs: set[Pair], window: Window) -> dict[Pair, list[tuple[int, str, datetime]]]:
    """The window's reports of each pair, oldest first: (id, number, occurred at)."""
    found: dict[Pair, list[tuple[int, str, datetime]]] = defaultdict(list)
    if not pairs:
        return found
    query: Any = (
        Report.select(
            Report.id, Report.number, Report.occurred_at, Report.location, Report.category
        )
        .where(
            _counted()
            & (Report.occurred_at >= window.start)
            & (Report.occurred_at < window.end)
            & Report.location.in_({loc for loc, _ in pairs})
        )
        .order_by(Report.occurred_at, Report.id)
        .tuples()
    )
    for report_id, number, at, loc, cat in query:
        if (loc, cat) in pairs:
            found[(loc, cat)].append((report_id, number, stored_datetime(at)))
    return found


def _names(model: Any, ids: set[int]) -> dict[int, str]:
    query: Any = model.select(model.id, model.name).where(model.id.in_(ids)).tuples()
    return dict(query)


def suggested_problems(session: Session, today: date | None = None) -> list[Suggestion]:
    """The office's suggested problems, the most reports first (then the steepest rise)."""
    require(session, "problem.read")
    window = Window.ending(today or now_local().date())
    recent = _counts(window.start, window.end, load_office_settings().problem_min_reports)
    earlier = _counts(window.earlier_from, window.start) if recent else {}
    risen = {
        pair
        for pair, count in recent.items()
        if count >= RISE * earlier.get(pair, 0) * WINDOW_DAYS / EARLIER_DAYS
    } - _worked()
    reports = _reports(risen, window)
    aside = _set_aside()
    places = _names(Location, {loc for loc, _ in risen})
    kinds = _names(Category, {cat for _, cat in risen})
    found = []
    for pair, rows in reports.items():
        if pair in aside and rows[-1][2] <= aside[pair]:
            continue
        found.append(
            Suggestion(
                pair[0],
                places.get(pair[0], ""),
                pair[1],
                kinds.get(pair[1], ""),
                len(rows),
                earlier.get(pair, 0),
                tuple(r[0] for r in rows),
                tuple(r[1] for r in rows),
                rows[-1][2],
            )
        )
    found.sort(key=lambda s: (-s.count, s.expected - s.count, s.location, s.category))
    return found


def set_aside(session: Session, suggestion: Suggestion) -> None:
    """Remember that a manager set the suggestion aside (until a newer report comes in)."""
    require(session, "problem.manage")
    if not suggestion.report_ids:
        raise ValidationError("suggestion", "There is nothing to set aside")
    with db.atomic():
        IgnoredSuggestion.delete().where(
            (IgnoredSuggestion.location == suggestion.location_id)
            & (IgnoredSuggestion.category == suggestion.category_id)
        ).execute()
        row = IgnoredSuggestion.create(
            location=suggestion.location_id,
            category=suggestion.category_id,
            latest_report_at=suggestion.latest_at,
            ignored_by=session.user_id,
        )
        audit.record(
            session,
            "set_aside",
            "suggestion",
            row.id,
            None,
            {
                "location": suggestion.location,
                "category": suggestion.category,
                "reports": list(suggestion.numbers),
            },
        )
