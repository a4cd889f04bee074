"""My shift: start it (reading the last handover), log timed entries, hand over; beside it the
officer's work queue and the handover notes, in sight for the whole shift."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.patrol import EntryRow, PatrolService, ShiftRow
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.vocabulary import ACTIVITY_LABELS, PATROL_TYPE_LABELS, label
from ui.forms import FieldErrors, qt_datetime
from ui.i18n import grouped, vocabulary
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.handover_notes import HandoverNotes
from ui.widgets.pick_line import PickLineEdit
from ui.widgets.shift_entries import ShiftEntries
from ui.widgets.work_queue import WorkQueuePanel
from ui.writes import is_writing, submit_write


def _now_qt() -> QDateTime:
    now = now_local()
    return QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0)


class ShiftLogPage(QWidget):
    raise_report = Signal(object)  # EntryRow: start a report pre-filled from this entry
    open_report = Signal(int)  # a report of the work queue, by id

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftLog")
        self.session = session
        self.runner = runner
        self.patrol = PatrolService(session)
        self.shift: ShiftRow | None = None
        self.people_met: list[tuple[int, str]] = []
        self.stack = QStackedWidget()  # starting the shift, or the shift running
        self.stack.addWidget(self._start_page())
        self.stack.addWidget(self._shift_page())
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.setObjectName("shiftSplitter")
        outer.setChildrenCollapsible(False)
        outer.addWidget(self.stack)
        outer.addWidget(self._side())
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 2)
        outer.setSizes([800, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        self.refresh()

    def _side(self) -> QWidget:
        """The work queue over the handover notes: both in sight before and during the shift."""
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.queue = WorkQueuePanel(self.session, self.runner)
        self.queue.open_report.connect(self.open_report)
        self.handover_notes = HandoverNotes()
        self.handovers = self.handover_notes.text
        side.addWidget(self.queue)
        side.addWidget(self.handover_notes)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        return side

    # ---- start -------------------------------------------------------------------------------
    def _start_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        box = self.start_box = QGroupBox(self.tr("Start your shift"))
        box.setMaximumWidth(560)  # a short form: its fields need not run across the screen
        form = QFormLayout(box)
        self.start_errors = FieldErrors()
        self.zone = QComboBox()
        self.zone.setObjectName("shiftZone")
        self.zone.setAccessibleName(self.tr("Zone"))
        self.zone.currentIndexChanged.connect(self._show_handovers)
        self.patrol_type = QComboBox()
        self.patrol_type.setObjectName("shiftPatrolType")
        self.patrol_type.setAccessibleName(self.tr("Patrol type"))
        for value, text in PATROL_TYPE_LABELS.items():
            self.patrol_type.addItem(vocabulary(text), value)
        self.weather = QLineEdit()
        self.weather.setObjectName("shiftWeather")
        self.weather.setAccessibleName(self.tr("Weather"))
        self.weather.setPlaceholderText(self.tr("e.g. Dry, clear"))
        self.start_errors.add_row(form, self.tr("Zone:"), "zone", self.zone)
        self.start_errors.add_row(form, self.tr("Patrol type:"), "patrol_type", self.patrol_type)
        self.start_errors.add_row(form, self.tr("Weather:"), "weather", self.weather)
        form.addRow(self.start_errors.fallback)
        start = QPushButton(self.tr("Start shift"))
        start.setObjectName("startShiftButton")
        start.clicked.connect(self.start_shift)
        form.addRow(start)
        column = QVBoxLayout()
        column.addWidget(box)
        column.addStretch(1)
        layout.addLayout(column)
        return page

    def reload_picklists(self) -> None:
        picklists = PicklistService(self.session)
        # The zone in use, or at first the zone of the officer's last shift.
        chosen = self.zone.currentData() if self.zone.count() else self.patrol.last_zone()
        self.zone.blockSignals(True)
        self.zone.clear()
        for zone in picklists.zones():
            self.zone.addItem(zone.name, zone.id)
        self.zone.setCurrentIndex(max(self.zone.findData(chosen), 0))
        self.zone.blockSignals(False)
        self.location.set_choices([loc.name for loc in picklists.locations()])
        self._show_handovers()

    @Slot()
    def _show_handovers(self, *args: object) -> None:
        """The zone chosen to start in, or the running shift's zone (the combo follows it)."""
        self.handover_notes.show_notes(self.patrol.previous_handovers(self.zone.currentData()))

    @Slot()
    def start_shift(self) -> None:
        self.start_errors.clear()
        zone, kind = self.zone.currentData(), str(self.patrol_type.currentData())
        weather, patrol = self.weather.text(), self.patrol
        submit_write(
            self.runner,
            "start shift",
            lambda: patrol.start_shift(zone, kind, weather),
            self.start_box,
            lambda shift: self.refresh(),
            self.start_errors.show,
        )

    # ---- the running shift -------------------------------------------------------------------
    def _shift_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.header = QLabel()
        self.header.setObjectName("shiftHeader")
        layout.addWidget(self.header)
        forms = QWidget()  # adding entries and ending the shift side by side, the list below
        forms_layout = QHBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        self.entry_box = self._entry_box()
        forms_layout.addWidget(self.entry_box, 3)
        self.end_box = self._end_box()
        forms_layout.addWidget(self.end_box, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(forms)
        self.entries_side = ShiftEntries(self.session, self.runner)
        self.entries_side.raise_report.connect(self.raise_report)
        self.entries_side.linked.connect(self.refresh)
        self.table, self.entries = self.entries_side.table, self.entries_side.entries
        self.link_number = self.entries_side.link_number
        self.attachments = self.entries_side.attachments
        splitter.addWidget(self.entries_side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return page

    def _entry_box(self) -> QGroupBox:
        entry_box = QGroupBox(self.tr("Add an entry"))
        form = QFormLayout(entry_box)
        self.entry_errors = FieldErrors()
        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        self.entry_time = QDateTimeEdit()
        self.entry_time.setObjectName("entryTime")
        self.entry_time.setAccessibleName(self.tr("Time"))
        self.entry_time.setDisplayFormat("dd MMM HH:mm")
        now_button = QPushButton(self.tr("Now"))
        now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        now_button.clicked.connect(lambda: self.entry_time.setDateTime(_now_qt()))
        time_layout.addWidget(self.entry_time, 1)
        time_layout.addWidget(now_button)
        self.entry_errors.add_row(form, self.tr("Time:"), "at", time_row, self.entry_time)
        self.activity = QComboBox()
        self.activity.setObjectName("entryActivity")
        self.activity.setAccessibleName(self.tr("Activity"))
        for value, text in ACTIVITY_LABELS.items():
            self.activity.addItem(vocabulary(text), value)
        self.entry_errors.add_row(form, self.tr("Activity:"), "activity", self.activity)
        self.location = PickLineEdit("entryLocation", self.tr("Location"))
        self.entry_errors.add_row(form, self.tr("Location:"), "location", self.location)
        self.observation = QPlainTextEdit()
        self.observation.setObjectName("entryObservation")
        self.observation.setAccessibleName(self.tr("Observation"))
        self.observation.setPlaceholderText(self.tr("What you checked and what you saw"))
        self.observation.setTabChangesFocus(True)
        self.observation.setMaximumHeight(80)
        self.entry_errors.add_row(form, self.tr("Observation:"), "observation", self.observation)
        self.action = QLineEdit()
        self.action.setObjectName("entryAction")
        self.action.setAccessibleName(self.tr("Action taken"))
        self.entry_errors.add_row(form, self.tr("Action taken:"), "action_taken", self.action)
        self.entry_errors.add_row(form, self.tr("People met:"), "people", self._people_met())
        form.addRow(self.entry_errors.fallback)
        add = QPushButton(self.tr("Add entry"))
        add.setObjectName("addEntryButton")
        add.setToolTip(self.tr("Ctrl+Return"))
        add.clicked.connect(self.add_entry)
        form.addRow(add)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            entry_box,
            self.add_entry,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        return entry_box

    def _people_met(self) -> QWidget:
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        self.person = ContactPicker(self.session, "entryPerson", runner=self.runner)
        self.person.changed.connect(self._person_chosen)
        self.people_label = QLabel()
        self.people_label.setObjectName("entryPeopleMet")
        self.people_label.setWordWrap(True)
        people_layout.addWidget(self.person)
        people_layout.addWidget(self.people_label)
        return people_box

    def _end_box(self) -> QGroupBox:
        end_box = QGroupBox(self.tr("End the shift"))
        end_form = QFormLayout(end_box)
        self.end_errors = FieldErrors()
        self.handover = QPlainTextEdit()
        self.handover.setObjectName("endShiftHandover")
        self.handover.setAccessibleName(self.tr("Handover notes for the next shift"))
        self.handover.setTabChangesFocus(True)
        self.handover.setPlaceholderText(self.tr("What the next shift should know or check"))
        self.summary = QLineEdit()
        self.summary.setObjectName("endShiftSummary")
        self.summary.setAccessibleName(self.tr("Closing summary"))
        self.end_errors.add_row(
            end_form, self.tr("Handover notes:"), "handover_notes", self.handover
        )
        self.end_errors.add_row(end_form, self.tr("Summary:"), "summary", self.summary)
        end_form.addRow(self.end_errors.fallback)
        end = QPushButton(self.tr("End shift"))
        end.setObjectName("endShiftButton")
        end.clicked.connect(self.end_shift)
        end_form.addRow(end)
        return end_box

    def refresh(self) -> None:
        self.shift = self.patrol.open_shift()
        self.reload_picklists()
        if self.shift is None:
            self.stack.setCurrentIndex(0)
            return
        shift = self.shift
        self.zone.setCurrentIndex(max(self.zone.findData(shift.zone_id), 0))
        self.header.setText(
            self.tr("<b>On shift since {0}</b> — {1}, {2}{3}. {4}").format(
                shift.started_at.strftime("%a %d %b %H:%M"),
                html.escape(shift.zone or "no zone"),
                vocabulary(label(PATROL_TYPE_LABELS, shift.patrol_type)).lower(),
                f", {html.escape(shift.weather)}" if shift.weather else "",
                grouped(self.tr("%n entries so far.", "", shift.entries), shift.entries),
            )
        )
        self.entry_time.setDateTime(_now_qt())
        self.entries_side.show_shift(shift.id)
        self.stack.setCurrentIndex(1)

    @Slot()
    def _person_chosen(self) -> None:
        contact = self.person.contact
        if contact is not None and contact.id not in [i for i, _ in self.people_met]:
            self.people_met.append((contact.id, contact.name))
            self.person.clear()
        self.people_label.setText(", ".join(name for _, name in self.people_met))

    @Slot()
    def add_entry(self) -> None:
        if self.shift is None or is_writing(self.entry_box):
            return
        self.entry_errors.clear()
        shift_id, patrol = self.shift.id, self.patrol
        activity, location = str(self.activity.currentData()), self.location.matching_choice()
        observation, action = self.observation.toPlainText(), self.action.text()
        at, people = qt_datetime(self.entry_time.dateTime()), tuple(i for i, _ in self.people_met)
        submit_write(
            self.runner,
            "add entry",
            lambda: patrol.add_entry(
                shift_id, activity, location, observation, action, at=at, people=people
            ),
            self.entry_box,
            self._entry_added,
            self.entry_errors.show,
        )

    def _entry_added(self, entry: object) -> None:
        self.observation.clear()
        self.action.clear()
        self.people_met.clear()
        self.people_label.clear()
        self.refresh()
        self.observation.setFocus()

    @Slot()
    def end_shift(self) -> None:
        if self.shift is None or not self._end_confirmed():
            return
        self.end_errors.clear()
        shift_id, patrol = self.shift.id, self.patrol
        notes, summary = self.handover.toPlainText(), self.summary.text()
        submit_write(
            self.runner,
            "end shift",
            lambda: patrol.end_shift(shift_id, notes, summary),
            self.end_box,
            self._ended,
            self.end_errors.show,
        )

    def _end_confirmed(self) -> bool:
        """A shift once ended cannot be reopened: ask, and say when no handover is written."""
        text = self.tr("End your shift now? An ended shift cannot be reopened.")
        if not self.handover.toPlainText().strip():
            text += "\n\n" + self.tr("You have written no handover notes for the next shift.")
        answer = QMessageBox.question(
            self,
            self.tr("End shift"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_end_of_shift(self) -> None:
        """The running shift's handover box, ready to type in (asked for before quitting)."""
        if self.shift is not None:
            self.stack.setCurrentIndex(1)
            self.handover.setFocus()

    def _ended(self, shift: object) -> None:
        self.handover.clear()
        self.summary.clear()
        self.refresh()

    def selected_entry(self) -> EntryRow | None:
        return self.entries_side.selected_entry()
