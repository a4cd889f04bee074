"""The Audit view reads like the office talks: report numbers, usernames, labels, local minutes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop_app.services.reports import ReportInput, ReportService
from ui.dialogs.audit_view import AuditDialog


def _cells(dialog: AuditDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [
            str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]


def test_a_report_created_assigned_and_moved_on_reads_by_number_and_name(qtbot, office):
    reports = ReportService(office.manager)
    report = reports.create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, 20),
            category="Vandalism",
            location="Elm Street car park",
            account="Paint sprayed over the pay machine overnight.",
            reporter_id=office.reporter_id,
        )
    )
    reports.assign(report.row.id, office.officer.user_id)
    reports.set_status(report.row.id, "in_progress")
    dialog = AuditDialog(office.manager)
    qtbot.addWidget(dialog)
    dialog.record_type.setCurrentIndex(dialog.record_type.findData("report"))
    rows = _cells(dialog)
    assert len(rows) == 3
    assert all(f"Report {report.row.number}" in row for row in rows)
    assert [row[4] for row in rows] == ["Changed", "Changed", "Created"]  # not "update", "create"
    changes = [row[-1] for row in rows]
    assert changes[0] == "status: New → In progress"
    assert changes[1] == "assigned officer: — → akhan"
    assert "reporter: Zoë Adeyemi" in changes[2]
    assert "occurred at: 03 Oct 2026 14:20" in changes[2]
    assert "location: Elm Street car park" in changes[2]
    assert all(row[2] == "morgan" for row in rows)
    assert dialog.record_type.currentText() == "Report"


def test_opening_the_trail_is_itself_recorded_in_words(qtbot, office):
    first = AuditDialog(office.manager)
    qtbot.addWidget(first)
    again = AuditDialog(office.manager)
    qtbot.addWidget(again)
    rows = [row for row in _cells(again) if row[5].startswith("Audit trail")]
    assert rows and rows[0][4] == "Viewed"  # not "read" / "audit log"
