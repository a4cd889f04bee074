"""The events list: filters (kind, status, zone, officer, a range of days) over a list read a page
at a time, upcoming first, then the past newest first. Enter or a double-click opens an event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.event_calendar import (
    PAGE,
    EventCalendar,
    EventCursor,
    EventFilter,
    Officer,
)
from desktop_app.services.events import EventRow
from desktop_app.services.picklists import PicklistService, ZoneRow
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS, EVENT_STATUS_LABELS
from ui.events.month_view import qdate
from ui.i18n import grouped, vocabulary
from ui.models.event_table_model import LEAD, NARROW, WIDTHS, ZONE, EventTableModel, fit_columns
from ui.tasks import TaskRunner
from ui.widgets.filters import NO_DATE, any_day_edit, day_or_none, filter_combo, list_table

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EventListPanel(QWidget):
    event_opened = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventListPanel")
        self.session, self.runner = session, runner
        self.service = EventCalendar(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_bar())
        layout.addLayout(self._range_bar())
        self.model = EventTableModel(self, runner)
        self.table = list_table("eventTable", self.model, WIDTHS)
        fit_columns(self.table)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.model.failed.connect(
            lambda exc: self.count.setText(self.tr("The list could not be read; see the log"))
        )
        layout.addWidget(self.table, 1)
        for combo in (self.kind, self.status, self.zone, self.officer):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self.reload)
        self._load_choices()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = filter_combo("eventFilterKind", self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for value, text in EVENT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        self.status = filter_combo("eventFilterStatus", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for value, text in EVENT_STATUS_LABELS.items():
            self.status.addItem(vocabulary(text), value)
        self.zone = filter_combo("eventFilterZone", self.tr("Zone"))
        self.zone.addItem(self.tr("All zones"), None)
        self.officer = filter_combo("eventFilterOfficer", self.tr("Officer"))
        self.officer.addItem(self.tr("Any officer"), None)
        for widget in (self.kind, self.status, self.zone, self.officer):
            # as wide as a short name, not the longest: a narrow window keeps its filters
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(6)
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _range_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.first = any_day_edit("eventFilterFrom")
        self.first.setAccessibleName(self.tr("From"))
        self.last = any_day_edit("eventFilterTo")
        self.last.setAccessibleName(self.tr("To"))
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.last)
        self.clear_button = QPushButton(self.tr("All days"))
        self.clear_button.setObjectName("eventFilterAllDays")
        self.clear_button.clicked.connect(lambda: self.set_days(None, None))
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("eventCount")
        bar.addWidget(self.count)
        return bar

    def _load_choices(self) -> None:
        """The zones (retired ones too: old events name them) and officers, read off the GUI
        thread."""
        service, picklists = self.service, PicklistService(self.session)

        def read(report: object) -> tuple[list[ZoneRow], list[Officer]]:
            return picklists.zones(include_inactive=True), service.officers()

        def landed(found: tuple[list[ZoneRow], list[Officer]]) -> None:
            zones, officers = found
            for zone in zones:
                self.zone.addItem(zone.name, zone.id)
            for officer in officers:
                self.officer.addItem(officer.name, officer.id)

        self.runner.submit("event filter choices", read, landed, owner=self)

    # ---- the list ----------------------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        return EventFilter(
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            zone_id=self.zone.currentData(),
            officer_id=self.officer.currentData(),
            first=day_or_none(self.first),
            last=day_or_none(self.last),
        )

    def set_days(self, first: date | None, last: date | None) -> None:
        """Show one range of days (a day clicked in the month view), or every day."""
        for edit, day in ((self.first, first), (self.last, last)):
            blocked = edit.blockSignals(True)
            edit.setDate(qdate(day) if day else NO_DATE)
            edit.blockSignals(blocked)
        self.reload()

    @Slot()
    def reload(self) -> None:
        flt = self.current_filter()
        service = self.service

        def fetch(cursor: EventCursor | None) -> tuple[list[EventRow], object]:
            return service.page(flt, after=cursor, limit=PAGE)

        def done(total: int) -> None:
            self.count.setText(grouped(self.tr("%n event(s)", "", total), total))

        self.count.setText(self.tr("Reading…"))
        self.model.load(fetch, extra=lambda: service.count(flt), done=done)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        for column in (ZONE, LEAD):
            self.table.setColumnHidden(column, narrow)

    # ---- keyboard and opening ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in OPEN_KEYS
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.event_opened.emit(row.id)
