"""The events list's table model: paged from EventCalendar by keyset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.services.events import EventRow
from desktop_app.vocabulary import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import STYLE_ROLE, Column, PagedTableModel
from ui.tasks import TaskRunner


def when_text(row: EventRow) -> str:
    """'Tue 27 Oct 2026 19:00' in the user's language (the end is on the event's page)."""
    start = row.starts_at
    shown = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
    return QLocale().toString(shown, "ddd d MMM yyyy HH:mm")


def _people(row: EventRow) -> str:
    return f"{row.registered} / {row.capacity}" if row.capacity else str(row.registered)


COLUMNS: list[Column[EventRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "When"), when_text),
    Column(
        QT_TRANSLATE_NOOP("columns", "Kind"),
        lambda r: vocabulary(label(EVENT_KIND_LABELS, r.kind)),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: vocabulary(label(EVENT_STATUS_LABELS, r.status)),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Venue"), lambda r: r.venue),
    Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda r: r.zone),
    Column(QT_TRANSLATE_NOOP("columns", "Lead"), lambda r: r.lead),
    Column(QT_TRANSLATE_NOOP("columns", "Registered"), _people, align_right=True),
]
WIDTHS = (0, 0, 0, 80, 0, 90, 100, 80)  # 0: sized by fit_columns
WHEN, KIND, TITLE, VENUE, ZONE, LEAD = 0, 1, 2, 4, 5, 6
NARROW = 760  # a list narrower than this leaves out zone and lead (its filters still work)


def fit_columns(table: QTableView) -> None:
    """The list fits its pane, beside the month, from a 1024-pixel window up: "When" as wide as
    its longest text; kind, title and venue share what is left (title first), elided."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    sample = QLocale().toString(
        QDateTime(QDate(2026, 9, 30), QTime(18, 30)), "ddd d MMM yyyy HH:mm"
    )
    table.setColumnWidth(WHEN, table.fontMetrics().horizontalAdvance(sample) + 16)
    for column in (KIND, TITLE, VENUE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


class EventTableModel(PagedTableModel[EventRow]):
    """A cancelled event is struck through."""

    def __init__(self, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(COLUMNS, parent, runner)

    def style_data(self, row: EventRow, role: int) -> Any:
        if role == STYLE_ROLE and row.status == "cancelled":
            return "muted"
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return self.muted_brush()
        return None
