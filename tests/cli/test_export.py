"""beacon export: RFC 4180 CSV that a spreadsheet cannot turn into a formula."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.exporter import export, safe_cell
from desktop_app.services.reports import ReportInput, ReportService
from models.audit import AuditEntry


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+44 161", "'+44 161"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Plain", "Plain"),
        (None, ""),
        (True, "yes"),
    ],
)
def test_cells_that_would_run_as_formulas_are_kept_as_text(value, cell):
    assert safe_cell(value) == cell


def test_reports_export_with_quotes_newlines_and_a_dangerous_name(office):
    reporter = ContactService(office.desk).create("=cmd|' /C calc'!A0", "0161 496 0111")
    ReportService(office.desk).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
            category="Theft",
            location="Market Square",
            reporter_id=reporter.id,
            account='He said "give me the bag",\nthen ran towards the bus station.',
        )
    )
    out = io.StringIO(newline="")
    assert export(office.manager, "reports", out) == 1
    text = out.getvalue()
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["reporter_name"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["narrative"] == 'He said "give me the bag",\nthen ran towards the bus station.'
    assert rows[0]["category"] == "Theft" and rows[0]["number"].startswith("WR-")
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 1


def test_exports_are_for_managers(office):
    with pytest.raises(PermissionDenied):
        export(office.desk, "contacts", io.StringIO())


@pytest.mark.parametrize("kind", ["contacts", "patrols", "events"])
def test_every_kind_exports_with_its_header(office, kind):
    out = io.StringIO(newline="")
    export(office.manager, kind, out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header[0] in {"id", "officer", "starts_at"}
