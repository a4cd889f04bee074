"""A document that discloses what the office knows is recorded as printed only once its file is in
place: a build that fails leaves neither a record saying it was printed nor a half-written file.
The failure used is a target whose folder is a file (we run as root: chmod would not stop us)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.events import EventService
from desktop_app.services.history import HistoryService
from desktop_app.services.monthly import write_monthly_pdf
from desktop_app.services.privacy.access_pdf import save_subject_access
from desktop_app.services.reports import ReportService
from models.audit import AuditEntry
from tests.services.event_plan_records import night
from tests.services.test_reports import walk_in

Printer = Callable[[Path], Path]  # a folder in, the file written there out


def _recorded(action: str, record_type: str) -> int:
    return (
        AuditEntry.select()
        .where((AuditEntry.action == action) & (AuditEntry.record_type == record_type))
        .count()
    )


def _not_a_folder(tmp_path: Path) -> Path:
    taken = tmp_path / "notes.txt"
    taken.write_text("a file where a folder should be")
    return taken / "out"


def _contact_history(office) -> Printer:
    return lambda folder: HistoryService(office.officer).save_contact_pdf(
        office.reporter_id, folder
    )


def _report(office, document: str) -> Printer:
    reports = ReportService(office.desk)
    report_id = reports.create(walk_in(office)).row.id
    if document == "receipt":
        return lambda folder: reports.save_receipt(report_id, folder)
    return lambda folder: reports.save_pdf(report_id, folder)


def _sign_in_sheet(office) -> Printer:
    event_id = EventPlanService(office.manager).create(night(office, datetime(2026, 7, 14, 19)))
    return lambda folder: EventService(office.officer).save_sign_in_pdf(event_id, folder)


def _monthly(office) -> Printer:
    return lambda folder: write_monthly_pdf(
        office.manager, date(2026, 10, 1), folder / "monthly.pdf"
    )


PRINTERS = {
    "contact history": (_contact_history, "contact"),
    "receipt": (lambda office: _report(office, "receipt"), "report"),
    "full report": (lambda office: _report(office, "full"), "report"),
    "sign-in sheet": (_sign_in_sheet, "event"),
    "monthly report": (_monthly, "monthly_report"),
}


@pytest.mark.parametrize("which", list(PRINTERS))
def test_a_pdf_that_cannot_be_built_is_not_recorded_as_printed(office, tmp_path, which):
    make, record_type = PRINTERS[which]
    printer = make(office)
    with pytest.raises(OSError):
        printer(_not_a_folder(tmp_path))
    assert _recorded("print", record_type) == 0
    folder = tmp_path / "out"
    folder.mkdir()
    out = printer(folder)
    assert _recorded("print", record_type) == 1
    assert list(folder.iterdir()) == [out]  # the PDF, nothing half-written beside it


def test_a_subject_access_export_that_cannot_be_written_is_not_recorded(office, tmp_path):
    json_out = tmp_path / "zoe.json"
    with pytest.raises(OSError):
        save_subject_access(
            office.manager, office.reporter_id, json_out, _not_a_folder(tmp_path) / "zoe.pdf"
        )
    assert _recorded("subject_access", "contact") == 0
    assert not json_out.exists()  # the JSON is not handed over without its record either
    folder = tmp_path / "export"
    folder.mkdir()
    written = save_subject_access(
        office.manager, office.reporter_id, folder / "zoe.json", folder / "zoe.pdf"
    )
    assert _recorded("subject_access", "contact") == 1
    assert sorted(folder.iterdir()) == sorted(written)
    assert json.loads(written[0].read_text(encoding="utf-8"))["contact"]["name"] == "Zoë Adeyemi"
