"""The report list's table model: paged from ReportService, sorted by the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.services.reports import ReportRow, follow_up_state
from desktop_app.vocabulary import REPORT_STATUS_LABELS, SEVERITY_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import STYLE_ROLE, Column, Index, PagedTableModel
from ui.models.work_queue_model import follow_up_brush, follow_up_text, short_day
from ui.tasks import TaskRunner

CORRECTED = "✎"  # after the number of a report corrected by supplements


def _when(value: Any) -> str:
    """'26 Nov 20:59' this year, '26 Nov 2025 20:59' before: the key columns fit 1280 pixels."""
    return f"{short_day(value)} {value:%H:%M}" if value else ""


def _follow_up(row: ReportRow) -> str:
    if row.follow_up_due is None:
        return ""
    state = follow_up_state(row)
    # A closed report's date is history, not a task: plain, without "due".
    return follow_up_text(state, row.follow_up_due) if state else short_day(row.follow_up_due)


# The columns a user works from come first, so that they fit a 1280-pixel-wide window beside the
# detail pane; the others follow, a scroll away.
COLUMNS: list[Column[ReportRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Number"),
        lambda r: r.number + (f" {CORRECTED}" if r.supplements else ""),
        "number",
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Received"), lambda r: _when(r.received_at), "received_at"),
    Column(QT_TRANSLATE_NOOP("columns", "Category"), lambda r: r.category, "category"),
    Column(QT_TRANSLATE_NOOP("columns", "Location"), lambda r: r.location, "location"),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: vocabulary(label(REPORT_STATUS_LABELS, r.status)),
        "status",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Severity"),
        lambda r: vocabulary(label(SEVERITY_LABELS, r.severity)),
        "severity",
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Assigned to"), lambda r: r.assigned_officer),
    Column(QT_TRANSLATE_NOOP("columns", "Follow-up"), _follow_up),
    Column(QT_TRANSLATE_NOOP("columns", "Happened"), lambda r: _when(r.occurred_at), "occurred_at"),
    Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda r: r.zone),
    Column(QT_TRANSLATE_NOOP("columns", "Reported by"), lambda r: r.reporter),
]
WIDTHS = (122, 98, 98, 98, 88, 62, 96, 124, 120, 80)  # the last column stretches


class ReportTableModel(PagedTableModel[ReportRow]):
    """Void reports stay in the list, struck through and greyed, so nothing silently disappears;
    urgent ones are bold; an open report past its follow-up day is dark red and says "Overdue"."""

    def __init__(self, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(COLUMNS, parent, runner)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row and row.supplements:
            return QCoreApplication.translate(
                "ReportTableModel",
                "Corrected by %n supplement(s); the original stays in the report",
                "",
                row.supplements,
            )
        return super().data(index, role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return QCoreApplication.translate(
                "ReportTableModel", "✎ after a number: the report was corrected by a supplement"
            )
        return super().headerData(section, orientation, role)

    def style_data(self, row: ReportRow, role: int) -> Any:
        if row.status == "void":
            if role == STYLE_ROLE:
                return "muted"
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.muted_brush()
        if role == STYLE_ROLE and row.severity == "urgent":
            return "bold"
        if role == Qt.ItemDataRole.ForegroundRole and follow_up_state(row) == "overdue":
            return follow_up_brush("overdue")
        return None
