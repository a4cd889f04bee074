"""Every PDF Beacon writes uses only the DejaVu fonts it ships, embedded: no Helvetica anywhere
(a page's fonts, its form XObjects' fonts), so `pdffonts` lists nothing a computer may lack."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.reporting.attachment_list import AttachmentLine
from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine, build_contact_pdf
from desktop_app.reporting.monthly import build_monthly_pdf
from desktop_app.reporting.problem_pdf import (
    AssessmentFigures,
    ProblemDocument,
    build_problem_pdf,
)
from desktop_app.reporting.receipt import ReceiptData, build_receipt
from desktop_app.reporting.report_pdf import ChangeLine, ReportDocument, build_report_pdf
from desktop_app.reporting.sign_in_pdf import SignInPerson, SignInSheetDocument, build_sign_in_pdf
from desktop_app.services.monthly import MonthlyReportService

WHEN = datetime(2026, 10, 3, 14, 20)


def fonts_of(path: Path) -> set[str]:
    """The /BaseFont of every font a page or any form XObject in it uses."""
    found: set[str] = set()

    def walk(resources: Any, seen: set[int]) -> None:
        if resources is None or id(resources) in seen:
            return
        seen.add(id(resources))
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            found.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"), seen)

    for page in PdfReader(str(path)).pages:
        walk(page.get("/Resources"), set())
    return found


def _report(tmp_path: Path) -> Path:
    doc = ReportDocument(
        "WR-2026-00042", "new", "", "Theft", "low", "Elm Street car park", "North", WHEN, WHEN,
        "Priya Patel", "walk_in", "", "", None, False, "", None, "Bike taken.", "",
        history=(ChangeLine(WHEN, "Priya Patel", "create", ""),),
        attachments=(
            AttachmentLine("lock.jpg", "image/jpeg", "3.0 KB", "ab" * 32, "Priya Patel", WHEN),
        ),
    )  # fmt: skip
    return build_report_pdf(doc, "Riverside Office", tmp_path / "report.pdf")


def _receipt(tmp_path: Path) -> Path:
    data = ReceiptData(
        "Riverside Office", "", "", "WR-2026-00042", "03 Oct 2026 14:35", "03 Oct 2026 14:20",
        "Theft", "Elm Street car park", "Maya Fraser", "Priya Patel", "Bike taken.", "",
    )  # fmt: skip
    return build_receipt(data, tmp_path / "receipt.pdf")


def _contact(tmp_path: Path) -> Path:
    history = ContactHistoryDocument(
        "Maya Fraser", "", "", "", "", "", (), (HistoryLine(WHEN, "Report", "Theft", "Bike"),)
    )
    return build_contact_pdf(history, "Riverside Office", tmp_path / "contact.pdf")


def _sign_in(tmp_path: Path) -> Path:
    sheet = SignInSheetDocument(
        "Neighbourhood-watch meeting", "neighbourhood_watch", WHEN, WHEN, "Elm Park Centre",
        "Asha Khan", (SignInPerson("Maya Fraser", "", "0161 496 0999"),),
    )  # fmt: skip
    return build_sign_in_pdf(sheet, "Riverside Office", tmp_path / "sign-in.pdf")


def _problem(tmp_path: Path) -> Path:
    day = WHEN.date()
    problem = ProblemDocument(
        "Car park thefts", "Elm Street car park", "North", "Response", "Asha Khan", day,
        "Thefts from cars", ("Harbour Traders' Group",), "Evenings", (("Theft", 3),),
        ("00–04", "04–08", "08–12", "12–16", "16–20", "20–24"),
        tuple((0, 0, 0, 1, 0, 2) for _ in range(7)), "Lighting", ((day, "Asha", "Met", ""),),
        AssessmentFigures(day, day, day, day, 4, 1, 0, 2, True, "Displaced"), "",
    )  # fmt: skip
    return build_problem_pdf(problem, "Riverside Office", tmp_path / "problem.pdf")


@pytest.mark.parametrize("make", [_report, _receipt, _contact, _sign_in, _problem])
def test_a_pdf_uses_only_the_shipped_fonts(tmp_path, make):
    used = fonts_of(make(tmp_path))
    assert used and all("DejaVuSans" in name for name in used), used


def test_the_monthly_pdf_uses_only_the_shipped_fonts_chart_and_all(month_office, tmp_path):
    data = MonthlyReportService(month_office.manager).gather(date(2026, 10, 1))
    out = tmp_path / "monthly.pdf"
    build_monthly_pdf(data, out)
    used = fonts_of(out)
    assert used and all("DejaVuSans" in name for name in used), used
