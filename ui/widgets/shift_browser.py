"""Past shifts: who patrolled where and when, their handover notes, and each shift's entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.patrol import EntryCursor, EntryFilter, PatrolService, ShiftRow
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from desktop_app.vocabulary import PATROL_TYPE_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column, PagedTableModel
from ui.models.patrol_entry_model import PatrolEntryModel
from ui.widgets.filters import any_day_edit, day_or_none, list_table

PAGE = 100


def _when(value: Any) -> str:
    return value.strftime("%a %d %b %Y %H:%M") if value else "still on shift"


SHIFT_COLUMNS: list[Column[ShiftRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Started"), lambda s: _when(s.started_at)),
    Column(QT_TRANSLATE_NOOP("columns", "Ended"), lambda s: _when(s.ended_at)),
    Column(QT_TRANSLATE_NOOP("columns", "Officer"), lambda s: s.officer),
    Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda s: s.zone),
    Column(
        QT_TRANSLATE_NOOP("columns", "Type"),
        lambda s: vocabulary(label(PATROL_TYPE_LABELS, s.patrol_type)),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Entries"), lambda s: str(s.entries), align_right=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Handover notes"), lambda s: " ".join(s.handover_notes.split())
    ),
]


class ShiftBrowser(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftBrowser")
        self.session = session
        self.patrol = PatrolService(session)
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.officer = QComboBox()
        self.officer.setObjectName("shiftFilterOfficer")
        self.officer.setAccessibleName(self.tr("Officer"))
        self.zone = QComboBox()
        self.zone.setObjectName("shiftFilterZone")
        self.zone.setAccessibleName(self.tr("Zone"))
        self.officer.addItem(self.tr("All officers"), None)
        for user in UserService(session).officers():
            self.officer.addItem(user.display_name, user.id)
        self.zone.addItem(self.tr("All zones"), None)
        for zone in PicklistService(session).zones(include_inactive=True):
            self.zone.addItem(zone.name, zone.id)
        bar.addWidget(self.officer, 1)
        bar.addWidget(self.zone, 1)
        bar.addWidget(QLabel(self.tr("Started from")))
        self.date_from = any_day_edit("shiftFilterFrom")
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        self.date_to = any_day_edit("shiftFilterTo")
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model: PagedTableModel[ShiftRow] = PagedTableModel(SHIFT_COLUMNS, self)
        self.table = list_table("shiftTable", self.model, (170, 170, 140, 130, 80, 60))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        splitter.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        self.entries = PatrolEntryModel(self)
        self.entry_table = list_table(
            "shiftBrowserEntries", self.entries, (145, 0, 0, 160, 150, 360)
        )
        self.entry_table.hideColumn(1)
        self.entry_table.hideColumn(2)
        lower.addWidget(self.entry_table)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("shiftBrowserNotes")
        self.notes.setReadOnly(True)
        lower.addWidget(self.notes)
        lower.setSizes([860, 380])
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)
        for combo in (self.officer, self.zone):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)

    @Slot()
    def reload(self, *args: object) -> None:
        self.loaded = True

        officer, zone = self.officer.currentData(), self.zone.currentData()
        start, end = day_or_none(self.date_from), day_or_none(self.date_to)
        patrol = self.patrol

        def fetch(cursor: EntryCursor | None) -> tuple[list[ShiftRow], EntryCursor | None]:
            return patrol.shifts(officer, zone, start, end, after=cursor, limit=PAGE)

        self.model.set_source(fetch)
        self.entries.set_source(lambda cursor: ([], None))
        self.notes.clear()

    @Slot()
    def _selected(self, *args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        shift = self.model.row_at(rows[0].row()) if rows else None
        if shift is None:
            return
        patrol = self.patrol
        flt = EntryFilter(shift_id=shift.id)
        self.entries.set_source(
            lambda cursor: patrol.entries(flt, after=cursor, newest_first=False)
        )
        self.notes.setPlainText(
            f"{shift.officer} — {shift.zone or 'no zone'}, "
            f"{shift.weather or 'weather not noted'}\n\n"
            f"Summary: {shift.summary or '—'}\n\nHandover notes:\n{shift.handover_notes or '—'}"
        )

    def showEvent(self, event: Any) -> None:
        if not self.loaded:
            self.reload()
        super().showEvent(event)
