"""Every patrol entry, newest first, filtered by officer, zone, day, activity or text.

The first page is fetched in the background and later pages by keyset as the list scrolls, so
the browse opens as fast on a million entries as on ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.patrol import EntryCursor, EntryFilter, EntryRow, PatrolService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from desktop_app.vocabulary import ACTIVITY_LABELS
from ui.i18n import grouped, vocabulary
from ui.models.patrol_entry_model import PatrolEntryModel
from ui.tasks import TaskRunner
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.filters import NO_DATE, any_day_edit, day_or_none, filter_combo, list_table

PAGE = 200


class EntryBrowser(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryBrowser")
        self.session = session
        self.runner = runner
        self.patrol = PatrolService(session)
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("entryFilterText")
        self.text.setAccessibleName(self.tr("Search patrol entries"))
        self.text.setPlaceholderText(self.tr("Search observations, actions, places…"))
        self.text.setClearButtonEnabled(True)
        bar.addWidget(self.text, 3)
        self.officer = filter_combo("entryFilterOfficer", self.tr("Officer"))
        self.zone = filter_combo("entryFilterZone", self.tr("Zone"))
        self.activity = filter_combo("entryFilterActivity", self.tr("Activity"))
        for combo in (self.officer, self.zone, self.activity):
            bar.addWidget(combo, 1)
        layout.addLayout(bar)
        bar2 = QHBoxLayout()
        bar2.addWidget(QLabel(self.tr("From")))
        self.date_from = any_day_edit("entryFilterFrom")
        bar2.addWidget(self.date_from)
        bar2.addWidget(QLabel(self.tr("to")))
        self.date_to = any_day_edit("entryFilterTo")
        bar2.addWidget(self.date_to)
        clear = QPushButton(self.tr("Clear filters"))
        clear.setObjectName("entryFilterClear")
        clear.clicked.connect(self.clear_filters)
        bar2.addWidget(clear)
        bar2.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("entryStatus")
        bar2.addWidget(self.status)
        layout.addLayout(bar2)
        self.model = PatrolEntryModel(self, runner)
        self.model.loaded.connect(self._show_loaded)
        self.model.failed.connect(
            lambda exc: self.status.setText(self.tr("The list could not be read; see the log"))
        )
        self.table = list_table("entryTable", self.model, (145, 130, 120, 170, 160, 380, 180, 120))
        self.attachments = AttachmentsPanel(session, runner)
        self.attachments.follow(self.table, self.selected_entry)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.attachments)
        split.setStretchFactor(0, 1)
        layout.addWidget(split, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.officer, self.zone, self.activity):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
        self.reload_picklists()

    def reload_picklists(self) -> None:
        combos = (self.officer, self.zone, self.activity)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.officer.addItem(self.tr("All officers"), None)
        for user in UserService(self.session).officers():
            self.officer.addItem(user.display_name, user.id)
        self.zone.addItem(self.tr("All zones"), None)
        for zone in PicklistService(self.session).zones(include_inactive=True):
            self.zone.addItem(zone.name, zone.id)
        self.activity.addItem(self.tr("All activities"), None)
        for value, label in ACTIVITY_LABELS.items():
            self.activity.addItem(vocabulary(label), value)
        for combo in combos:
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:

        return EntryFilter(
            officer_id=self.officer.currentData(),
            zone_id=self.zone.currentData(),
            date_from=day_or_none(self.date_from),
            date_to=day_or_none(self.date_to),
            activity=self.activity.currentData(),
            text=self.text.text(),
        )

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.text, self.officer, self.zone, self.activity, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        for combo in (self.officer, self.zone, self.activity):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """The first page in the background, later pages as the list scrolls."""
        self._debounce.stop()
        self.loaded = True
        flt = self.current_filter()
        patrol = self.patrol

        def fetch(cursor: EntryCursor | None) -> tuple[list[EntryRow], EntryCursor | None]:
            return patrol.entries(flt, after=cursor, limit=PAGE)

        self.status.setText(self.tr("Searching…"))
        self.model.load(fetch)

    @Slot()
    def _show_loaded(self) -> None:
        count = self.model.row_total
        more = self.model.canFetchMore()
        if count == 0:
            self.status.setText(self.tr("No entries match"))
        else:
            self.status.setText(
                grouped(self.tr("%n entries shown", "", count), count)
                + (self.tr(", more as you scroll") if more else "")
            )

    def showEvent(self, event: Any) -> None:
        if not self.loaded:
            self.reload()  # the first look fetches; a hidden page costs nothing
        super().showEvent(event)

    def selected_entry(self) -> EntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
