"""Comparisons with periods before the office's first report say "no data", not 0 and "+483";
next month's events are those still to come when the report is printed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.services.clock import to_utc
from desktop_app.services.monthly import MonthlyReportService, write_monthly_pdf
from models.events import Event
from tests.reporting.conftest import add
from tests.reporting.test_monthly import pdf_text


def test_an_office_in_its_first_month_has_nothing_to_compare_with(office, tmp_path):
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Market Square", 5)
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    assert not data.last_month_known and not data.last_year_known
    text, _ = pdf_text(write_monthly_pdf(office.manager, date(2026, 10, 1), tmp_path / "m.pdf"))
    assert "Theft 5 — no data — no data 5 — no data" in text
    assert "+5" not in text
    assert "rose from 0" not in text
    assert "Market Square South 5 — no data" in text


def test_a_month_after_the_first_report_compares_as_usual(office, tmp_path):
    add(office, datetime(2026, 9, 20, 10, 0), "Theft", "Market Square", 2)
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Market Square", 5)
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    assert data.last_month_known and not data.last_year_known
    text, _ = pdf_text(write_monthly_pdf(office.manager, date(2026, 10, 1), tmp_path / "m.pdf"))
    assert "Theft 5 2 +3 — no data 7 — no data" in text
    assert "rose from 2 to 5" in text


def _event(title: str, starts: datetime) -> None:
    Event.create(
        kind="community_event",
        title=title,
        starts_at=to_utc(starts),
        ends_at=to_utc(starts + timedelta(hours=2)),
        venue="Library",
        status="confirmed",
    )


def test_next_months_events_are_only_those_still_to_come(office, monkeypatch, tmp_path):
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Market Square", 1)
    _event("Autumn street fair", datetime(2026, 11, 7, 11, 0))
    _event("Winter safety night", datetime(2026, 11, 24, 18, 30))
    printed = to_utc(datetime(2026, 11, 15, 9, 0))  # printed late, mid-November
    monkeypatch.setattr("desktop_app.services.monthly.outlook.now_utc", lambda: printed)
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    assert [e.title for e in data.next_month_events] == ["Winter safety night"]


def test_the_trend_leaves_months_before_the_first_report_empty_not_zero(office, tmp_path):
    add(office, datetime(2026, 9, 20, 10, 0), "Theft", "Market Square", 2)
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Market Square", 5)
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    assert data.trend["Theft"] == [None] * 11 + [2, 5]
    text, _ = pdf_text(write_monthly_pdf(office.manager, date(2026, 10, 1), tmp_path / "m.pdf"))
    assert "before the first report" in text
