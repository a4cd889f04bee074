"""Report handling: opened, closed, how long closing took, what is still open, what was voided."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.reporting.monthly import AGE_BUCKETS
from desktop_app.services.clock import stored_datetime
from desktop_app.services.monthly.periods import Periods
from models.reports import Report

OPEN_STATUSES = ("new", "in_progress")  # with "closed" and "void", every status a report has


@dataclass(frozen=True)
class HandlingSection:
    opened: int
    closed: int
    open_by_age: dict[str, int]
    median_days_to_close: float | None
    voided: list[tuple[str, str]]  # number, reason


def collect_handling(p: Periods) -> HandlingSection:
    opened = (
        Report.select()
        .where(
            (Report.received_at >= p.start)
            & (Report.received_at < p.end)
            & (Report.status != "void")
        )
        .count()
    )
    closed_rows: Any = list(
        Report.select(Report.received_at, Report.closed_at)
        .where(
            (Report.closed_at >= p.start) & (Report.closed_at < p.end) & (Report.status == "closed")
        )
        .tuples()
    )
    days = [
        (stored_datetime(c) - stored_datetime(r)).total_seconds() / 86400 for r, c in closed_rows
    ]
    void_rows: Any = (
        Report.select(Report.number, Report.void_reason)
        .where(
            (Report.status == "void")
            & (Report.occurred_at >= p.start)
            & (Report.occurred_at < p.end)
        )
        .order_by(Report.number)
        .tuples()
    )
    return HandlingSection(
        opened,
        len(closed_rows),
        _open_by_age(p.end),
        round(statistics.median(days), 1) if days else None,
        [(number, reason) for number, reason in void_rows],
    )


def _open_by_age(end: datetime) -> dict[str, int]:
    """Reports still open when the month ended, by how long they had been open.

    Open at the end means received before it, not void, and not closed by then. Asked as two
    index searches instead of one walk over every earlier report: those open now (by status:
    however long the history, only the open ones) and those closed only after the month ended
    (by status and when closed). Every status is open, closed or void, so the two parts neither
    overlap nor miss one.
    """
    open_now: Any = (
        Report.select(Report.received_at)
        .where(Report.status.in_(OPEN_STATUSES) & (Report.received_at < end))
        .tuples()
    )
    closed_later: Any = (
        Report.select(Report.received_at)
        .where((Report.status == "closed") & (Report.closed_at >= end) & (Report.received_at < end))
        .tuples()
    )
    open_by_age = dict.fromkeys(AGE_BUCKETS, 0)
    for (received,) in [*open_now, *closed_later]:
        age = (end - stored_datetime(received)).days
        bucket = 0 if age <= 7 else 1 if age <= 30 else 2 if age <= 90 else 3
        open_by_age[AGE_BUCKETS[bucket]] += 1
    return open_by_age
