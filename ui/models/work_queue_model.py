"""The officer's work queue as a table: each open report assigned to them, follow-up first.

Overdue follow-ups say so in words and in colour (never colour alone: printed, or for a
colour-blind officer, the word carries it)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.clock import now_local
from desktop_app.services.reports import WorkItem
from desktop_app.vocabulary import REPORT_STATUS_LABELS, SEVERITY_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import STYLE_ROLE, Column, PagedTableModel

OVERDUE_COLOUR = QColor("#b3261e")  # dark red: readable on white and on the alternate rows
TODAY_COLOUR = QColor("#8a5300")  # dark amber


def short_day(day: date, today: date | None = None) -> str:
    """'03 Oct' this year, '03 Oct 2025' another: narrow enough for a list's column."""
    this_year = (today or now_local().date()).year
    return day.strftime("%d %b") if day.year == this_year else day.strftime("%d %b %Y")


def follow_up_text(state: str, due: date | None) -> str:
    """'Overdue: 03 Oct', 'Due today', 'Due 12 Oct' or '—': the words carry what the colour
    shows, and "Overdue" comes first so that it survives when the column is narrowed."""
    if due is None:
        return "—"
    if state == "overdue":
        return QCoreApplication.translate("workQueue", "Overdue: {0}").format(short_day(due))
    if state == "today":
        return QCoreApplication.translate("workQueue", "Due today")
    return QCoreApplication.translate("workQueue", "Due {0}").format(short_day(due))


def follow_up_brush(state: str) -> QBrush | None:
    if state == "overdue":
        return QBrush(OVERDUE_COLOUR)
    if state == "today":
        return QBrush(TODAY_COLOUR)
    return None


COLUMNS: list[Column[WorkItem]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda i: i.report.number),
    Column(
        QT_TRANSLATE_NOOP("columns", "Follow-up"),
        lambda i: follow_up_text(i.follow_up, i.report.follow_up_due),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda i: vocabulary(label(REPORT_STATUS_LABELS, i.report.status)),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "What and where"),
        lambda i: f"{i.report.category} — {i.report.location}",
    ),
]
WIDTHS = (118, 112, 86)  # the last column stretches


class WorkQueueModel(PagedTableModel[WorkItem]):
    """One officer's queue, read whole (it is short) by a worker and handed in as one page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is not None and role == Qt.ItemDataRole.UserRole:
            return item.report.id
        if item is not None and role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return super().data(index, role)

    @staticmethod
    def _tooltip(item: WorkItem) -> str:
        r = item.report
        severity = vocabulary(label(SEVERITY_LABELS, r.severity))
        return QCoreApplication.translate(
            "workQueue", "{0}: {1} at {2}, severity {3}. {4} Double-click or Enter to open it."
        ).format(r.number, r.category, r.location, severity.lower(), r.summary)

    def style_data(self, row: WorkItem, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return follow_up_brush(row.follow_up)
        if role == STYLE_ROLE and row.report.severity == "urgent":  # as in the list
            return "bold"
        return None
