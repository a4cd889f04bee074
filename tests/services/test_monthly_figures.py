"""The monthly report's handling figures: the same numbers as plain SQL, read through indexes, and
no more work for a month when years of older history lie behind it."""

from __future__ import annotations

import re
import sqlite3
import statistics
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest

from desktop_app.demo import load_demo
from desktop_app.reporting.monthly import AGE_BUCKETS
from desktop_app.services.monthly import MonthlyReportService, month_bounds
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from models.connection import close, connect
from models.database import DatabaseTarget, db, resolve_target
from models.org import Category
from models.reports import Report
from tests.reporting.conftest import add


def _a_busy_october(office) -> None:
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Elm Street car park", 5)
    add(office, datetime(2026, 10, 9, 21, 0), "Vandalism", "Market Square", 3)
    reports = ReportService(office.manager)
    void = add(office, datetime(2026, 10, 21, 9, 0), "Theft", "Market Square", 1)[0]
    reports.void(void.row.id, "Entered twice by mistake")
    for made in add(office, datetime(2026, 9, 12, 10, 0), "Theft", "Market Square", 2):
        reports.set_status(made.row.id, "closed")


def _old_history(years: range, per_year: int) -> None:
    """Reports long closed (and some voided), years before the month reported on."""
    theft = Category.get(Category.name == "Theft").id
    rows = []
    for year in years:
        for i in range(per_year):
            at = datetime(year, 1, 1, 9) + timedelta(hours=7 * i)
            void = i % 20 == 0
            rows.append(
                {
                    "number": f"WR-{year}-{50000 + i:05d}",  # clear of the numbers issued
                    "received_at": at,
                    "occurred_at": at - timedelta(hours=1),
                    "category": theft,
                    "account": "Old report",
                    "status": "void" if void else "closed",
                    "closed_at": None if void else at + timedelta(days=i % 15),
                    "void_reason": "Duplicate" if void else "",
                }
            )
    with db.atomic():
        for start in range(0, len(rows), 500):
            Report.insert_many(rows[start : start + 500]).execute()


def _work(action: Callable[[], object]) -> int:
    """How many SQLite virtual-machine steps (in hundreds) the action takes: the work done,
    counted, not timed."""
    con = db.connection()
    ticks = [0]

    def tick() -> int:
        ticks[0] += 1
        return 0

    con.set_progress_handler(tick, 100)
    try:
        action()
    finally:
        con.set_progress_handler(None, 0)
    return ticks[0]


def test_a_months_report_costs_the_same_with_years_of_history_behind_it(office):
    _a_busy_october(office)
    service = MonthlyReportService(office.manager)
    october = date(2026, 10, 1)
    before = service.gather(october)
    work_before = _work(lambda: service.gather(october))
    _old_history(range(2016, 2025), 400)  # nine years, 3,600 reports
    after = service.gather(october)
    work_after = _work(lambda: service.gather(october))
    assert (after.opened, after.closed, after.open_by_age, after.voided) == (
        before.opened,
        before.closed,
        before.open_by_age,
        before.voided,
    )
    # A B-tree one level deeper costs a little; reading the old years would cost thousands.
    assert work_after <= work_before * 1.05 + 50, (work_before, work_after)


@pytest.fixture
def captured() -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    """Every statement the database runs while the fixture is in use."""
    seen: list[tuple[str, tuple[object, ...]]] = []
    real = db.obj.execute_sql

    def spy(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        seen.append((sql, tuple(params or ())))  # type: ignore[call-overload]
        return real(sql, params, *args, **kwargs)

    db.obj.execute_sql = spy
    try:
        yield seen
    finally:
        del db.obj.execute_sql


def _plan(sql: str, params: tuple[object, ...]) -> list[str]:
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


def test_the_monthly_report_searches_reports_through_indexes(office, captured):
    _a_busy_october(office)
    captured.clear()
    MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    statements = [(s, p) for s, p in captured if s.startswith("SELECT") and '"report"' in s]
    handling = []
    for sql, params in statements:
        aliases = {"report", *re.findall(r'"report" AS "(\w+)"', sql)}
        plan = _plan(sql, params)
        assert not [line for line in plan if line.split()[:2] in (["SCAN", a] for a in aliases)]
        if "closed_at" in sql:
            handling.append(" ".join(plan))
    # Closed in the month, and closed only after it ended (so open at its end): found by status
    # and when closed, never by walking every report received before the month ended.
    assert any("(status=? AND closed_at>? AND closed_at<?)" in plan for plan in handling)
    assert any("(status=? AND closed_at>?)" in plan for plan in handling), handling
    assert not any("received_at<?" in plan for plan in handling), handling


def _independent_figures(con: sqlite3.Connection, month: date) -> tuple[object, ...]:
    start, end = (str(t) for t in month_bounds(month))
    opened = con.execute(
        "SELECT COUNT(*) FROM report WHERE received_at >= ? AND received_at < ? "
        "AND status <> 'void'",
        (start, end),
    ).fetchone()[0]
    days = [
        seconds / 86400
        for (seconds,) in con.execute(
            "SELECT strftime('%s', closed_at) - strftime('%s', received_at) FROM report "
            "WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?",
            (start, end),
        )
    ]
    ages = {
        AGE_BUCKETS[bucket]: n
        for bucket, n in con.execute(
            "SELECT CASE WHEN age <= 7 THEN 0 WHEN age <= 30 THEN 1 WHEN age <= 90 THEN 2 "
            "ELSE 3 END, COUNT(*) FROM ("
            "  SELECT CAST(julianday(?) - julianday(received_at) AS INTEGER) AS age FROM report"
            "  WHERE received_at < ? AND status <> 'void'"
            "  AND (closed_at IS NULL OR closed_at >= ?)) GROUP BY 1",
            (end, end, end),
        )
    }
    voided = con.execute(
        "SELECT number, void_reason FROM report WHERE status = 'void' "
        "AND occurred_at >= ? AND occurred_at < ? ORDER BY number",
        (start, end),
    ).fetchall()
    median = round(statistics.median(days), 1) if days else None
    return opened, len(days), ages, median, voided


@pytest.mark.slow
def test_handling_figures_equal_plain_sql_over_a_demo_office(cli_session, db_path):
    SettingsService(cli_session).update(time_zone="Europe/London")
    load_demo(cli_session, seed=7, until=date(2026, 11, 1))
    con = sqlite3.connect(str(db_path))
    service = MonthlyReportService(cli_session)
    seen_open = 0
    for month in (date(2026, 1, 1), date(2026, 3, 1), date(2026, 7, 1), date(2026, 10, 1)):
        data = service.gather(month)
        opened, closed, ages, median, voided = _independent_figures(con, month)
        assert (data.opened, data.closed, data.median_days_to_close) == (opened, closed, median)
        assert {k: n for k, n in data.open_by_age.items() if n} == ages
        assert data.voided == [tuple(row) for row in voided]
        seen_open += sum(data.open_by_age.values())
    assert seen_open > 0  # the demo has reports open across a month's end
    con.close()


def _figures_of_an_office(target: DatabaseTarget, month: date) -> tuple[object, ...]:
    """The handling and trend figures of one office's month, built the same way anywhere."""
    connect(target)
    try:
        manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
        SettingsService(manager).update(time_zone="Europe/London")
        picklists = PicklistService(manager)
        picklists.ensure_default_categories()
        picklists.add_location("Market Square", picklists.add_zone("South").id)
        picklists.add_location("Elm Street car park", picklists.add_zone("North").id)
        _a_busy_october(SimpleNamespace(manager=manager))
        _old_history(range(2025, 2027), 300)  # closed days after they came in: across months
        data = MonthlyReportService(manager).gather(month)
        return (
            data.opened,
            data.closed,
            data.open_by_age,
            data.median_days_to_close,
            data.voided,
            data.trend,
            data.categories,
        )
    finally:
        close()


def test_postgresql_gives_the_same_figures_as_sqlite(pg_url, tmp_path):
    month = date(2026, 2, 1)
    on_sqlite = _figures_of_an_office(DatabaseTarget("sqlite", str(tmp_path / "b.db")), month)
    assert sum(on_sqlite[2].values()) > 0 and on_sqlite[4]  # open at the end; voided in it
    assert _figures_of_an_office(resolve_target(pg_url, {}), month) == on_sqlite
