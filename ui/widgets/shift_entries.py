"""The running shift's entries: the list, linking an entry to a report that exists, and raising a
new report from an entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.patrol import EntryFilter, EntryRow, PatrolService
from desktop_app.services.reports import ReportService
from desktop_app.services.session import Session
from ui.models.patrol_entry_model import PatrolEntryModel
from ui.tasks import TaskRunner
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.filters import list_table
from ui.writes import submit_write


class ShiftEntries(QWidget):
    raise_report = Signal(object)  # EntryRow: start a report pre-filled from this entry
    linked = Signal()  # an entry now points at a report

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftEntriesSide")
        self.session = session
        self.runner = runner
        self.patrol = PatrolService(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.entries = PatrolEntryModel(self)
        self.table = list_table("shiftEntries", self.entries, (125, 0, 0, 140, 130, 320))
        for column in (1, 2):  # officer and zone are the shift's own
            self.table.hideColumn(column)
        layout.addWidget(self.table, 1)
        self.attachments = AttachmentsPanel(session, runner)
        self.attachments.follow(self.table, self.selected_entry)
        layout.addWidget(self.attachments)
        link_row = QHBoxLayout()
        self.link_message = QLabel()
        self.link_message.setObjectName("linkReportMessage")
        self.link_message.setProperty("role", "fieldError")
        self.link_message.setWordWrap(True)
        self.link_number = QLineEdit()
        self.link_number.setObjectName("linkReportNumber")
        self.link_number.setAccessibleName(self.tr("Number of an existing report"))
        self.link_number.setPlaceholderText(self.tr("WR-…"))
        self.link_number.setMaximumWidth(130)
        link_button = QPushButton(self.tr("Link to report"))
        link_button.setObjectName("linkReportButton")
        link_button.clicked.connect(self._link_report)
        raise_button = QPushButton(self.tr("Raise a report…"))
        raise_button.setObjectName("raiseReportButton")
        raise_button.setToolTip(self.tr("A new report from the selected entry, with its people"))
        raise_button.clicked.connect(self._raise_report)
        link_row.addWidget(self.link_message, 1)
        link_row.addWidget(self.link_number)
        link_row.addWidget(link_button)
        link_row.addWidget(raise_button)
        layout.addLayout(link_row)

    def show_shift(self, shift_id: int) -> None:
        patrol, flt = self.patrol, EntryFilter(shift_id=shift_id)
        self.entries.set_source(lambda cursor: patrol.entries(flt, after=cursor))

    def selected_entry(self) -> EntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries.row_at(rows[0].row()) if rows else None

    @Slot()
    def _link_report(self) -> None:
        """Tie the selected entry to a report that already exists, by its number."""
        entry = self.selected_entry()
        if entry is None:
            self.link_message.setText(self.tr("Choose an entry in the list first"))
            return
        report_id = ReportService(self.session).find_number(self.link_number.text())
        if report_id is None:
            self.link_message.setText(self.tr("No report with that number"))
            return
        patrol, entry_id = self.patrol, entry.id
        submit_write(
            self.runner,
            "link entry",
            lambda: patrol.link_report(entry_id, report_id),
            self,
            self._linked,
            lambda exc: self.link_message.setText(exc.message),
        )

    def _linked(self, entry: object) -> None:
        self.link_message.clear()
        self.link_number.clear()
        self.linked.emit()

    @Slot()
    def _raise_report(self, *args: Any) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.link_message.setText(self.tr("Choose an entry in the list first"))
            return
        self.link_message.clear()
        self.raise_report.emit(entry)
