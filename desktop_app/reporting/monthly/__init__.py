"""The monthly report PDF: its input data (data.py) and one builder per section."""

from __future__ import annotations

from pathlib import Path

from desktop_app.reporting.monthly.data import (
    AGE_BUCKETS,
    TIME_BANDS,
    WEEKDAYS,
    CategoryCount,
    EventLine,
    MonthlyData,
    NotableReport,
    OfficerPatrol,
    PlaceCount,
    ProblemLine,
    UpcomingEvent,
)


def build_monthly_pdf(data: MonthlyData, out: Path) -> Path:
    """Write the monthly report PDF (document.py). Its modules, and reportlab with them, load
    here: gathering the figures, and every command that prints nothing, runs without them."""
    from desktop_app.reporting.monthly.document import build_monthly_pdf as build

    return build(data, out)


__all__ = [
    "AGE_BUCKETS",
    "TIME_BANDS",
    "WEEKDAYS",
    "CategoryCount",
    "EventLine",
    "MonthlyData",
    "NotableReport",
    "OfficerPatrol",
    "PlaceCount",
    "ProblemLine",
    "UpcomingEvent",
    "build_monthly_pdf",
]
