"""Counts of one read in the singular in every PDF ("1 entry", not "1 entries")."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from pypdf import PdfReader

from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine, build_contact_pdf
from desktop_app.reporting.monthly import build_monthly_pdf
from desktop_app.reporting.plural import plural
from desktop_app.services.audit import ChainReport
from desktop_app.services.check import AnchorReport
from desktop_app.services.import_csv import ImportFailed
from desktop_app.services.monthly import MonthlyReportService, summarise
from tests.reporting.conftest import add


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_the_plural_helper():
    assert plural(1, "entry", "entries") == "1 entry"
    assert plural(0, "entry", "entries") == "0 entries"
    assert plural(2_345, "report") == "2,345 reports"
    assert plural(1.0, "day") == "1 day"
    assert plural(2.5, "day") == "2.5 days"


def test_a_contact_with_one_history_line(tmp_path):
    history = ContactHistoryDocument(
        "Maya Fraser",
        "",
        "",
        "",
        "",
        "",
        (),
        (HistoryLine(datetime(2026, 10, 3), "Report", "", ""),),
    )
    text = _text(build_contact_pdf(history, "Office", tmp_path / "c.pdf"))
    assert "History (1 entry, newest first)" in text


def test_a_month_of_ones_reads_in_the_singular(office, tmp_path):
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Market Square", 1)
    data = MonthlyReportService(office.manager).gather(date(2026, 10, 1))
    data = dataclasses.replace(
        data,
        shifts=1,
        patrol_hours=1.0,
        entries_by_activity={"routine_check": 1},
        opened=1,
        closed=1,
        median_days_to_close=1.0,
    )
    sentences = " ".join(summarise(data))
    assert "Officers worked 1 shift (1 hour) and logged 1 patrol entry" in sentences
    assert "1 report was opened and 1 closed; the median time to close was 1 day." in sentences
    text = _text(
        build_monthly_pdf(dataclasses.replace(data, summary=summarise(data)), tmp_path / "m.pdf")
    )
    assert "1 shift, 1 patrol hour, 1 entry." in text
    assert "1 day " in text and "1 days" not in text


def test_messages_about_one_thing_say_one():
    assert ChainReport(True, 1, None, "").describe() == "audit chain ok (1 entry)"
    assert AnchorReport(True, "", 1, "ab" * 32).describe().startswith("audit anchor ok (1 entry,")
    assert str(ImportFailed([], 1)) == "nothing was imported: 1 problem"
