"""The monthly report PDF: its input data (data.py) and one builder per section."""

from __future__ import annotations

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
from desktop_app.reporting.monthly.document import build_monthly_pdf

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
