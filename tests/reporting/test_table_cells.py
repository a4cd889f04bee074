"""Words are never split inside a PDF table cell: every word fits the width of its column."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine, build_contact_pdf
from desktop_app.reporting.monthly import NotableReport, UpcomingEvent, build_monthly_pdf
from desktop_app.reporting.receipt import ReceiptData, build_receipt
from desktop_app.reporting.report_pdf import (
    ChangeLine,
    PersonLine,
    ReportDocument,
    build_report_pdf,
)
from desktop_app.reporting.sign_in_pdf import SignInPerson, SignInSheetDocument, build_sign_in_pdf
from desktop_app.services.monthly import MonthlyReportService
from tests.reporting.conftest import add

LONG = "Featherstonehaugh"  # a real surname, one long word


@pytest.fixture
def split_words(monkeypatch):
    """Every word of a Paragraph cell wider than its column's room, as the tables lay out."""
    found: list[str] = []
    wrap = Table.wrap

    def checking(self, avail_width, avail_height):
        size = wrap(self, avail_width, avail_height)
        for r, row in enumerate(self._cellvalues):
            for c, cell in enumerate(row):
                style = self._cellStyles[r][c]
                room = self._colWidths[c] - style.leftPadding - style.rightPadding
                paragraphs = cell if isinstance(cell, list | tuple) else [cell]
                frags = [f for p in paragraphs if isinstance(p, Paragraph) for f in p.frags]
                for frag in frags:
                    for word in getattr(frag, "text", "").split():
                        if stringWidth(word, frag.fontName, frag.fontSize) > room + 0.01:
                            found.append(f"{word!r} in a column {room:.0f} pt wide")
        return size

    monkeypatch.setattr(Table, "wrap", checking)
    return found


def test_the_monthly_report(month_office, tmp_path, split_words):
    add(
        month_office,
        datetime(2026, 10, 22, 9, 0),
        "Suspicious activity",
        "Market Square",
        1,
        "urgent",
    )
    data = MonthlyReportService(month_office.manager).gather(date(2026, 10, 1))
    data = dataclasses.replace(
        data,
        notable=[
            NotableReport(
                "WR-2026-00042",
                datetime(2026, 10, 3, 14, 20),
                "urgent",
                "Lighting / maintenance",
                "Elm Street car park",
                "Lamp out over the pay machine; a resident fell.",
            )
        ],
        next_month_events=[
            UpcomingEvent(
                datetime(2026, 11, 20, 18, 30),
                "Neighbourhood-watch meeting",
                "Elm Park Community Centre",
                "Asha Khan",
                "confirmed",
            )
        ],
    )
    build_monthly_pdf(data, tmp_path / "m.pdf")
    assert not split_words, "\n".join(split_words)


def test_the_report_the_contact_history_the_sign_in_sheet_and_the_receipt(tmp_path, split_words):
    when = datetime(2026, 10, 3, 14, 20)
    report = ReportDocument(
        "WR-2026-00042",
        "in_progress",
        "",
        "Noise / disturbance",
        "urgent",
        "Elm Street car park",
        "North",
        when,
        when,
        "Priya Patel",
        "walk_in",
        f"Maya {LONG}, 4 Elm Street",
        "Asha Khan",
        date(2026, 10, 20),
        True,
        "CAD-2026-123456789",
        None,
        "Music until 3am.",
        "Spoke to them.",
        (PersonLine("witness", f"Maya {LONG}", "4 Elm Street · 0161 496 0999", "Neighbour"),),
        (ChangeLine(when, "akhan", "update", "assigned officer: — → akhan"),),
    )
    build_report_pdf(report, "Riverside Office", tmp_path / "r.pdf")
    history = ContactHistoryDocument(
        f"Maya {LONG}",
        "",
        "",
        "",
        "",
        "",
        (),
        (HistoryLine(when, "Interaction", "Neighbourhood-watch meeting", "Attended"),),
    )
    build_contact_pdf(history, "Riverside Office", tmp_path / "c.pdf")
    sheet = SignInSheetDocument(
        "Neighbourhood-watch meeting",
        "neighbourhood_watch",
        when,
        when,
        "Elm Park Centre",
        "Asha Khan",
        (SignInPerson(f"Maya {LONG}", "Neighbourhood-watch association", "0161 496 0999"),),
    )
    build_sign_in_pdf(sheet, "Riverside Office", tmp_path / "s.pdf")
    receipt = ReceiptData(
        "Riverside Office",
        "",
        "",
        "WR-2026-00042",
        "03 Oct 2026 14:35",
        "03 Oct 2026 14:20",
        "Noise / disturbance",
        "Elm Street car park",
        f"Maya {LONG}",
        "Priya Patel",
        "Music.",
        "CAD-2026-123456789",
    )
    build_receipt(receipt, tmp_path / "rc.pdf")
    assert not split_words, "\n".join(split_words)
