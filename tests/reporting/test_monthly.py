"""The monthly report: known counts in, the same counts read back out of the PDF."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

from pypdf import PdfReader

from desktop_app.services.clock import to_utc
from desktop_app.services.monthly import MonthlyReportService, month_bounds, write_monthly_pdf
from desktop_app.services.settings import SettingsService
from tests.reporting.conftest import add


def pdf_text(path) -> tuple[str, list[str]]:
    reader = PdfReader(str(path))
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    return " ".join(pages), pages


def test_the_pdf_shows_exactly_the_known_counts(month_office, tmp_path):
    out = write_monthly_pdf(
        month_office.manager,
        date(2026, 10, 1),
        tmp_path / "oct.pdf",
        note="Bike thefts moved to Market Square.",
    )
    text, pages = pdf_text(out)
    # this month, last month, change, same month last year, change, YTD, YTD last year, change
    assert "Theft 6 2 +4 7 −1 12 7 +5" in text
    assert "Vandalism 3 0 +3 0 +3 3 2 +1" in text
    assert "Total 9 2 +7 7 +2 15 9 +6" in text
    assert re.search(
        r"Where: top locations Location Zone This month Last month Change "
        r"Elm Street car park North 5 2 \+3",
        text,
    )
    assert "Market Square South 4 0 +4" in text
    assert "Bike thefts moved to Market Square." in text
    assert "The office recorded 9 reports in October 2026" in text
    assert "Theft rose from 2 to 6" in text
    assert "WR-" in text and "Urgent" in text  # the urgent theft is a notable report
    assert "Entered twice by mistake" in text  # voided, listed under handling, not counted
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {total}" in page


def test_a_month_with_nothing_gives_a_valid_report_that_says_so(office, tmp_path):
    out = write_monthly_pdf(office.manager, date(2019, 2, 1), tmp_path / "empty.pdf")
    text, pages = pdf_text(out)
    assert "Nothing was recorded for February 2019" in text
    assert "Total 0 — no data — no data 0 — no data" in text  # nothing to compare with
    assert f"page {len(pages)} of {len(pages)}" in pages[-1]


def test_letter_paper_is_used_when_the_office_chooses_it(month_office, tmp_path):
    SettingsService(month_office.manager).update(paper_size="Letter")
    out = write_monthly_pdf(month_office.manager, date(2026, 10, 1), tmp_path / "letter.pdf")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_numbers_equal_plain_sql_counts_over_the_demo_office(cli_session, db_path):
    from desktop_app.demo import load_demo

    SettingsService(cli_session).update(time_zone="Europe/London")
    load_demo(cli_session, seed=4, until=date(2026, 11, 1))
    month = date(2026, 7, 1)
    data = MonthlyReportService(cli_session).gather(month)
    start, end = (str(t) for t in month_bounds(month))
    con = sqlite3.connect(str(db_path))

    def one(sql: str, *args: object) -> int:
        return int(con.execute(sql, args).fetchone()[0])

    by_category = dict(
        con.execute(
            "SELECT c.name, COUNT(*) FROM report r JOIN category c ON c.id = r.category_id "
            "WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.status != 'void' GROUP BY c.name",
            (start, end),
        ).fetchall()
    )
    assert {c.name: c.this_month for c in data.categories if c.this_month} == by_category
    assert data.total == one(
        "SELECT COUNT(*) FROM report WHERE occurred_at >= ? AND occurred_at < ? "
        "AND status != 'void'",
        start,
        end,
    )
    top = con.execute(
        "SELECT l.name, COUNT(*) n FROM report r JOIN location l ON l.id = r.location_id "
        "WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.status != 'void' "
        "GROUP BY l.name ORDER BY n DESC, l.name LIMIT 1",
        (start, end),
    ).fetchone()
    assert (data.top_locations[0].name, data.top_locations[0].this_month) == top
    assert data.shifts == one(
        "SELECT COUNT(*) FROM patrol_shift WHERE started_at >= ? AND started_at < ?", start, end
    )
    assert sum(data.entries_by_activity.values()) == one(
        "SELECT COUNT(*) FROM patrol_entry e JOIN patrol_shift s ON s.id = e.shift_id "
        "WHERE s.started_at >= ? AND s.started_at < ?",
        start,
        end,
    )
    assert data.opened == one(
        "SELECT COUNT(*) FROM report WHERE received_at >= ? AND received_at < ? "
        "AND status != 'void'",
        start,
        end,
    )
    assert sum(data.interactions_by_channel.values()) == one(
        "SELECT COUNT(*) FROM interaction WHERE occurred_at >= ? AND occurred_at < ?", start, end
    )
    assert data.people_reached == one(
        "SELECT COUNT(DISTINCT ic.contact_id) FROM interaction_contact ic JOIN interaction i "
        "ON i.id = ic.interaction_id WHERE i.occurred_at >= ? AND i.occurred_at < ?",
        start,
        end,
    )
    assert sum(e.held for e in data.events) == one(
        "SELECT COUNT(*) FROM event WHERE starts_at >= ? AND starts_at < ? AND status = 'held'",
        start,
        end,
    )
    assert sum(sum(row) for row in data.when) == data.total
    con.close()


def test_month_boundaries_are_office_local_time(office, tmp_path):
    SettingsService(office.manager).update(time_zone="America/New_York")
    # 23:30 on 31 October in New York is already November in UTC: it belongs to October.
    add(office, datetime(2026, 10, 31, 23, 30), "Theft", "Market Square")
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    assert data.total == 1
    assert to_utc(datetime(2026, 10, 31, 23, 30)).month == 11
