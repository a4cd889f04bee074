"""The manager's monthly report: one collector per section (this package), one builder per
section (desktop_app.reporting.monthly), and the service that joins them."""

from __future__ import annotations

from desktop_app.reporting.monthly import MonthlyData
from desktop_app.services.monthly.periods import (
    add_months,
    last_full_month,
    month_bounds,
    parse_month,
)
from desktop_app.services.monthly.service import MonthlyReportService, write_monthly_pdf
from desktop_app.services.monthly.summary import summarise

__all__ = [
    "MonthlyData",
    "MonthlyReportService",
    "add_months",
    "last_full_month",
    "month_bounds",
    "parse_month",
    "summarise",
    "write_monthly_pdf",
]
