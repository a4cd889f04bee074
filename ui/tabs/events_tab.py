"""The Events tab: the month view and the filtered list side by side, an event's page in their
place when one is opened (Back returns), the range export and, for managers, a new event."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.event_calendar import EventCalendar
from desktop_app.services.event_ics import EventIcs
from desktop_app.services.events import EventRow
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from desktop_app.services.today import WEEK
from ui.events.event_list import EventListPanel
from ui.events.event_page import EventPage, PanelClass, save_ics_as
from ui.events.month_view import EventMonthView, qdate
from ui.events.open_findings import OpenFindingsDialog
from ui.events.overview_panel import OverviewPanel
from ui.events.range_dialog import RangeDialog
from ui.tasks import TaskRunner


def _day(day: date) -> str:
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


class EventsTab(QWidget):
    new_event_requested = Signal(QDate)  # "New event…": the day selected in the month view
    event_opened = Signal(int)  # an event's page is shown

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        panels: Sequence[PanelClass] = (OverviewPanel,),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventsTab")
        self.setAccessibleName(self.tr("Events"))
        self.session, self.runner = session, runner
        self.pages = QStackedWidget()
        self.pages.setObjectName("eventPages")
        self.home = QWidget()
        column = QVBoxLayout(self.home)
        column.setContentsMargins(8, 6, 8, 8)
        column.addLayout(self._tools())
        self.month = EventMonthView(session, runner)
        self.list = EventListPanel(session, runner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("eventsSplitter")
        splitter.addWidget(self.month)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        column.addWidget(splitter, 1)
        self.pages.addWidget(self.home)
        self.page = EventPage(session, runner, panels)
        self.page.back_requested.connect(self.show_calendar)
        self.page.event_changed.connect(lambda _: self.reload())
        self.pages.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.month.day_clicked.connect(self.show_day)
        self.month.day_activated.connect(self.open_day)
        self.list.event_opened.connect(self.open_event)
        self.setFocusProxy(self.month)
        if allowed(session.role, "event.read"):
            self.reload()
        else:  # an administrator keeps the accounts, not the office's programme
            self.home.setEnabled(False)
            self.note.setText(self.tr("Events are for the front desk, officers and managers"))

    def _tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("eventsNote")
        row.addWidget(self.note, 1)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("eventsTodayButton")
        self.today_button.clicked.connect(self.show_today)
        self.range_button = QPushButton(self.tr("Export range .ics…"))
        self.range_button.setObjectName("exportRangeIcsButton")
        self.range_button.clicked.connect(self.export_range)
        self.findings_button = QPushButton(self.tr("Open &findings…"))
        self.findings_button.setObjectName("openFindingsButton")
        self.findings_button.setToolTip(
            self.tr("What the safety walks found that is not fixed yet")
        )
        self.findings_button.clicked.connect(self.show_open_findings)
        row.addWidget(self.today_button)
        row.addWidget(self.findings_button)
        row.addWidget(self.range_button)
        self.new_button: QPushButton | None = None
        if allowed(self.session.role, "event.plan"):
            self.new_button = QPushButton(self.tr("New event…"))
            self.new_button.setObjectName("newEventButton")
            self.new_button.clicked.connect(
                lambda: self.new_event_requested.emit(qdate(self.month.selected_day()))
            )
            row.addWidget(self.new_button)
        return row

    # ---- the calendar and the list -----------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the month's marks and the list again (after an event was saved elsewhere)."""
        self.month.reload()
        self.list.reload()

    @Slot()
    def show_calendar(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.month.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_today(self) -> None:
        self.month.calendar.showToday()
        self.month.calendar.setSelectedDate(QDate.currentDate())
        self.list.set_days(None, None)

    def show_open_findings(self) -> OpenFindingsDialog:
        """The safety walks' findings still open, across every walk; one opens its walk."""
        dialog = OpenFindingsDialog(self.session, self.runner, self)
        dialog.open_event.connect(self.open_event)
        dialog.open()
        return dialog

    def show_week(self) -> None:
        """The events of today and the next six days (the Today page's count)."""
        first = now_local().date()
        self.show_calendar()
        self.note.setText(
            self.tr("Showing {0} to {1}; All days shows every event.").format(
                _day(first), _day(first + timedelta(days=WEEK - 1))
            )
        )
        self.list.set_days(first, first + timedelta(days=WEEK - 1))

    def show_day(self, day: date) -> None:
        """A day clicked: the list shows that day's events."""
        self.note.setText(self.tr("Showing {0}; All days shows every event.").format(_day(day)))
        self.list.set_days(day, day)

    def open_day(self, day: date) -> None:
        """Enter on a day: its one event opens; several are listed to choose from."""
        service = EventCalendar(self.session)

        def landed(events: list[EventRow]) -> None:
            if len(events) == 1:
                self.open_event(events[0].id)
                return
            self.show_day(day)
            if not events:
                self.note.setText(self.tr("No events on {0}").format(_day(day)))
                return
            self.note.setText(
                self.tr("%n event(s) on {0}: choose one", "", len(events)).format(day)
            )
            self.list.model.loaded.connect(self._focus_list, Qt.ConnectionType.SingleShotConnection)

        self.runner.submit("event day", lambda p: service.on_day(day), landed, owner=self)

    @Slot()
    def _focus_list(self) -> None:
        self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.table.selectRow(0)

    # ---- an event ----------------------------------------------------------------------------
    @Slot(int)
    def open_event(self, event_id: int) -> None:
        """Show the event's page (from the list, the month view, a contact's history)."""
        self.page.load(event_id)
        self.pages.setCurrentWidget(self.page)
        self.page.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.event_opened.emit(event_id)

    @Slot()
    def export_range(self) -> None:
        shown = date(self.month.calendar.yearShown(), self.month.calendar.monthShown(), 1)
        chosen = RangeDialog.ask(self, shown)
        if chosen is None:
            return
        first, last = chosen
        target = save_ics_as(self, f"events-{first}-to-{last}.ics")
        if not target:
            return
        ics = EventIcs(self.session)

        def work(progress: object) -> int:
            export = ics.between(first, last)
            ics.save(export, Path(target))
            return export.events

        self.runner.submit(
            "events ics",
            work,
            lambda n: self.note.setText(
                self.tr("%n event(s) written to {0}", "", n).format(target)
            ),
            lambda exc: self.note.setText(self.tr("Could not export: {0}").format(exc)),
            owner=self,
        )
