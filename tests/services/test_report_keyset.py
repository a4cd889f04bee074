"""The report list pages by keyset for every sort and direction: each page starts after the last
row of the one before (a row-value comparison, no OFFSET), ties and empty categories or places
included, so a page 100,000 reports deep costs what the first one does (issue 11)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.services.clock import now_local
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import (
    SORT_COLUMNS,
    ReportCursor,
    ReportFilter,
    ReportInput,
    ReportService,
    joined_reports,
    number_order,
)
from desktop_app.services.reports.paging import keyset_page, sort_key
from desktop_app.services.reports.queries import filtered
from desktop_app.services.session import Session
from desktop_app.services.users import create_first_manager
from models.connection import connect
from models.database import db, resolve_target
from models.reports import REPORT_LIST_INDEXES, Report

CATEGORIES = ("Theft", "Vandalism", "Theft", "Other", "Vandalism", "Theft", "Other", "Theft")
SEVERITIES = ("low", "high", "low", "urgent", "medium", "low", "high", "low")


def _fill(manager: Session) -> None:
    """Eight reports with ties in every sort column, two without a category, two without a place."""
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    zone = picklists.add_zone("North").id
    for place in ("Elm Street car park", "Market Square", "Bus station"):
        picklists.add_location(place, zone)
    reports = ReportService(manager)
    start = now_local().replace(tzinfo=None) - timedelta(days=2)
    ids = []
    for i, (category, severity) in enumerate(zip(CATEGORIES, SEVERITIES, strict=True)):
        detail = reports.create(
            ReportInput(
                occurred_at=start + timedelta(hours=i // 3),  # threes at the same hour
                category=category,
                location=("Elm Street car park", "Market Square", "Bus station")[i % 3],
                account=f"Report {i}: bicycle taken from the rack.",
                severity=severity,
                anonymous=True,
            )
        )
        ids.append(detail.row.id)
    same_time = datetime(2026, 3, 1, 9, 30)  # received together: the id breaks the tie
    Report.update(received_at=same_time).where(Report.id.in_(ids[2:6])).execute()
    Report.update(category=None).where(Report.id.in_((ids[1], ids[6]))).execute()
    Report.update(location=None).where(Report.id.in_((ids[0], ids[5]))).execute()
    Report.update(status="closed").where(Report.id.in_(ids[::2])).execute()


def _every_page(reports: ReportService, sort: str, descending: bool) -> list:
    seen: list = []
    cursor: ReportCursor | None = None
    while True:
        rows, cursor = reports.list(
            ReportFilter(), after=cursor, limit=3, sort=sort, descending=descending
        )
        seen += rows
        if cursor is None:
            return seen


def _python_key(sort: str):
    """The order the list promises, in Python: no category or place sorts as an empty name."""
    keys = {
        "number": lambda r: number_order(r.number),
        "received_at": lambda r: r.received_at,
        "occurred_at": lambda r: r.occurred_at,
        "category": lambda r: "" if r.category == "—" else r.category,
        "location": lambda r: "" if r.location == "—" else r.location,
        "severity": lambda r: r.severity,
        "status": lambda r: r.status,
    }
    return lambda r: (keys[sort](r), r.id)


def test_every_sort_pages_through_ties_and_empty_values_each_row_once_in_order(manager):
    _fill(manager)
    reports = ReportService(manager)
    everything = Report.select().count()
    for sort in SORT_COLUMNS:
        for descending in (False, True):
            rows = _every_page(reports, sort, descending)
            ids = [r.id for r in rows]
            assert len(ids) == len(set(ids)) == everything, (sort, descending)
            expected = sorted(rows, key=_python_key(sort), reverse=descending)
            assert ids == [r.id for r in expected], (sort, descending)


def test_on_postgresql_every_sort_pages_as_one_query_would_order(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    _fill(manager)
    reports = ReportService(manager)
    for sort in SORT_COLUMNS:
        for descending in (False, True):
            whole, cursor = reports.list(ReportFilter(), sort=sort, descending=descending)
            assert cursor is None
            paged = _every_page(reports, sort, descending)
            assert [r.id for r in paged] == [r.id for r in whole], (sort, descending)
            assert len(whole) == 8


def _deep_page_sql(sort: str, descending: bool) -> tuple[str, list]:
    """The SQL of a page 4,800 reports deep (its cursor's values are only placeholders)."""
    cursor = ReportCursor(("2026-03-01 09:30:00",) * len(sort_key(sort)), 4800)
    query = keyset_page(filtered(joined_reports(), ReportFilter()), cursor, 200, sort, descending)
    return query.sql()


def test_a_deep_page_has_no_offset_and_the_default_sort_searches_an_index(manager):
    for sort in SORT_COLUMNS:
        for descending in (False, True):
            sql, _ = _deep_page_sql(sort, descending)
            assert "OFFSET" not in sql.upper(), sql
    sql, params = _deep_page_sql("received_at", True)
    plan = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    text = "\n".join(str(row[-1]) for row in plan)
    assert any(
        line.startswith("SEARCH") and "INDEX report_received_at (received_at<?)" in line
        for line in text.splitlines()
    ), text
    assert "TEMP B-TREE" not in text, text  # the index gives the order: no sort of every row


def test_with_the_list_indexes_number_and_severity_pages_search_them_too(manager):
    names = {index._name for index in REPORT_LIST_INDEXES}
    assert names <= set(idx.name for idx in db.get_indexes("report"))  # a new office has them
    for sort, index in (("number", "report_number_order"), ("severity", "report_severity_id")):
        for descending in (False, True):
            sql, params = _deep_page_sql(sort, descending)
            plan = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            text = "\n".join(str(row[-1]) for row in plan)
            assert any(
                line.startswith("SEARCH") and f"INDEX {index} (" in line
                for line in text.splitlines()
            ), text
            assert "TEMP B-TREE" not in text, text
