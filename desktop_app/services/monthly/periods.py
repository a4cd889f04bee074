"""The month a report covers and the periods it is compared with, in office-local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from peewee import fn

from desktop_app.services.clock import local_day_bounds, now_local, office_zone, stored_datetime
from desktop_app.services.errors import ValidationError
from models.reports import Report


def parse_month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError("month", f"'{text}' is not a month like 2026-10") from None


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """Stored (naive UTC) [start, end) of an office-local calendar month."""
    return local_day_bounds(month)[0], local_day_bounds(add_months(month, 1))[0]


def last_full_month(today: date | None = None) -> date:
    today = today or now_local().date()
    return add_months(date(today.year, today.month, 1), -1)


@dataclass(frozen=True)
class Periods:
    """The month and what it is compared with, as stored (naive UTC) [start, end) bounds."""

    month: date  # the first day
    zone: tzinfo
    start: datetime
    end: datetime
    prev_start: datetime
    prev_end: datetime
    ly_start: datetime  # the same month last year
    ly_end: datetime
    ytd_start: datetime  # 1 January of the month's year
    ytd_ly_start: datetime  # 1 January of the year before

    @classmethod
    def of(cls, month: date) -> Periods:
        start, end = month_bounds(month)
        prev_start, prev_end = month_bounds(add_months(month, -1))
        ly_start, ly_end = month_bounds(add_months(month, -12))
        return cls(
            month,
            office_zone(),
            start,
            end,
            prev_start,
            prev_end,
            ly_start,
            ly_end,
            month_bounds(date(month.year, 1, 1))[0],
            month_bounds(date(month.year - 1, 1, 1))[0],
        )


def first_report_at() -> datetime | None:
    """When the office's first report happened (stored UTC); None before any report."""
    return stored_or_none(Report.select(fn.MIN(Report.occurred_at)).scalar())


def known_comparisons(p: Periods, first: datetime | None) -> tuple[bool, bool]:
    """Which compared periods the office has records for: a period that ended before its first
    report (the month before it started using Beacon) has no data, which is not a count of 0."""
    if first is None:
        return False, False
    return first < p.prev_end, first < p.ly_end  # last month; last year (and to date)


def stored_or_none(value: object) -> datetime | None:
    return None if value is None else stored_datetime(value)


def counted(start: datetime, end: datetime) -> Any:
    """Reports that count: happened in [start, end), not void."""
    return (Report.occurred_at >= start) & (Report.occurred_at < end) & (Report.status != "void")
