"""Reports by category: this month against last month, last year and the years to date."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any

from peewee import SQL, Case, fn

from desktop_app.reporting.monthly import CategoryCount
from desktop_app.services.monthly.periods import Periods, add_months, counted, month_bounds
from models.org import Category, Location
from models.reports import Report

NO_CATEGORY = "(no category)"
TREND_MAIN = 5  # categories drawn in the trend chart


def category_names() -> dict[int, str]:
    return {c.id: c.name for c in Category.select(Category.id, Category.name)}


def _by_category(start: datetime, end: datetime) -> Counter[int]:
    rows: Any = (
        Report.select(Report.category, fn.COUNT(Report.id))
        .where(counted(start, end))
        .group_by(Report.category)
        .tuples()
    )
    return Counter({cat: n for cat, n in rows})


def collect_categories(p: Periods, names: dict[int, str]) -> list[CategoryCount]:
    """One line per category seen in any compared period, in the pick-list's order."""
    order = {c.id: (c.sort_order, c.name) for c in Category.select()}
    periods = [
        _by_category(*bounds)
        for bounds in (
            (p.start, p.end),
            (p.prev_start, p.prev_end),
            (p.ly_start, p.ly_end),
            (p.ytd_start, p.end),
            (p.ytd_ly_start, p.ly_end),
        )
    ]
    cat_ids = sorted(
        set().union(*periods), key=lambda c: order.get(c, (999, "")) if c else (1000, "")
    )
    return [
        CategoryCount(
            names.get(c, NO_CATEGORY) if c else NO_CATEGORY,
            *(counts.get(c, 0) for counts in periods),
        )
        for c in cat_ids
    ]


def collect_trend(
    p: Periods, names: dict[int, str], first_report: datetime | None
) -> tuple[list[date], dict[str, list[int | None]]]:
    """The 13 months ending with this one, and the main categories' counts in each; None for a
    month that ended before the office's first report (no data, not a count of 0)."""
    trend_months = [add_months(p.month, -i) for i in range(12, -1, -1)]
    bounds = [month_bounds(m) for m in trend_months]
    # Each report counted into its office-local month by the stored bounds, in SQL: no row
    # comes back to be converted one by one.
    which = Case(None, [(Report.occurred_at < end, i) for i, (_, end) in enumerate(bounds)])
    monthly: dict[int | None, list[int]] = defaultdict(lambda: [0] * 13)
    first_seen: dict[int | None, Any] = {}
    rows: Any = (
        Report.select(Report.category, which, fn.COUNT(Report.id), fn.MIN(Report.occurred_at))
        .where(counted(bounds[0][0], p.end))
        .group_by(SQL("1, 2"))  # by position: PostgreSQL would not match the CASE's parameters
        .tuples()
    )
    for cat, i, n, first_at in rows:
        monthly[cat][i] += n
        first_seen[cat] = min(first_seen.get(cat, first_at), first_at)
    # Equal totals: the category seen first in the period comes first.
    main = sorted(monthly, key=lambda c: (-sum(monthly[c]), first_seen[c]))[:TREND_MAIN]
    known = [first_report is not None and first_report < month_bounds(m)[1] for m in trend_months]
    trend = {
        names.get(c, NO_CATEGORY) if c else NO_CATEGORY: [
            n if k else None for n, k in zip(monthly[c], known, strict=True)
        ]
        for c in main
    }
    return trend_months, trend


def collect_hot_spots(
    p: Periods, categories: list[CategoryCount], names: dict[int, str]
) -> dict[str, tuple[str, int]]:
    """For the three categories that moved most: the place with most of them this month."""
    spots: dict[str, tuple[str, int]] = {}
    for cat in sorted(categories, key=lambda c: -abs(c.this_month - c.last_month))[:3]:
        cat_id = next((k for k, v in names.items() if v == cat.name), None)
        spot: Any = (
            Report.select(Location.name, fn.COUNT(Report.id).alias("n"))
            .join(Location)
            .where(counted(p.start, p.end) & (Report.category == cat_id))
            .group_by(Location.name)
            .order_by(fn.COUNT(Report.id).desc(), Location.name)
            .limit(1)
            .tuples()
            .first()
        )
        if spot:
            spots[cat.name] = (spot[0], spot[1])
    return spots
