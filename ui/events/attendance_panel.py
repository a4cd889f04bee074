"""An event's attendance: who is registered and what became of them; register people, invite
from the contacts, open the night's check-in, mark the no-shows after the event."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.event_attendance import (
    AttendanceList,
    AttendanceService,
    Attendee,
    Registered,
)
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.events.attendee_columns import ATTENDEE_COLUMNS
from ui.events.checkin_page import CheckInPage
from ui.events.invitations_dialog import InvitationsDialog
from ui.events.rows_model import ROW_ROLE, RowsModel
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.writes import submit_said


class AttendancePanel(QWidget):
    title = QT_TRANSLATE_NOOP("AttendancePanel", "Attendance")
    changed = Signal(int)
    loaded = Signal()  # the list is shown (tests wait on it)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self.setAccessibleName(self.tr("Attendance"))
        self.session, self.runner = session, runner
        self.service = AttendanceService(session)
        self.event_id: int | None = None
        self.data: AttendanceList | None = None
        self.check_in_page: CheckInPage | None = None
        may_register = allowed(session.role, "event.register")
        self.may_run = allowed(session.role, "event.run")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warning = QLabel()
        self.warning.setObjectName("attendanceWarning")
        self.warning.setProperty("role", "fieldError")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)

        self.model: RowsModel[Attendee] = RowsModel(ATTENDEE_COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("attendanceList")
        self.table.setAccessibleName(self.tr("Registered people"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        register_row = QHBoxLayout()
        self.picker = ContactPicker(session, "attendanceContact", runner=runner)
        self.picker.changed.connect(self._picked)
        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.setObjectName("registerContactButton")
        self.register_button.clicked.connect(self.register_picked)
        self.register_button.setEnabled(False)
        register_row.addWidget(self.picker, 1)
        register_row.addWidget(self.register_button)
        self.register_box = QWidget()
        self.register_box.setLayout(register_row)
        self.register_box.setVisible(may_register)
        layout.addWidget(self.register_box)

        buttons = QHBoxLayout()
        self.invite_button = self._button("inviteButton", self.tr("&Invite…"), self.invite)
        self.check_in_button = self._button(
            "openCheckInButton", self.tr("&Check-in…"), self.open_check_in
        )
        self.no_show_button = self._button(
            "markNoShowsButton", self.tr("Mark &no-shows"), self.mark_no_shows
        )
        self.remove_button = self._button(
            "unregisterButton", self.tr("Remo&ve registration"), self.unregister
        )
        self.invite_button.setVisible(may_register)
        self.remove_button.setVisible(may_register)
        self.check_in_button.setVisible(self.may_run)
        self.no_show_button.setVisible(self.may_run)
        for button in (self.invite_button, self.check_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.remove_button, self.no_show_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("attendanceMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(False)
        return button

    # ---- reading -----------------------------------------------------------------------------
    def load(self, event_id: int) -> None:
        self.event_id = event_id
        service = self.service
        self.runner.submit(
            "attendance",
            lambda progress: service.attendance(event_id),
            on_result=self.show_list,
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def show_list(self, data: AttendanceList) -> None:
        self.data = data
        c = data.counts
        places = (
            self.tr("{0} registered of {1} places").format(c.registered, c.capacity)
            if c.capacity
            else self.tr("{0} registered").format(c.registered)
        )
        self.summary.setText(
            self.tr(
                "<b>{0}</b> · {1} attended · {2} no-shows · {3} walk-ins · {4} here in all"
            ).format(places, c.attended, c.no_show, c.walk_ins, c.present)
        )
        self.warning.setText(
            self.tr("Over capacity by {0}: check the venue can take everyone.").format(
                c.over_capacity
            )
        )
        self.warning.setVisible(c.over_capacity > 0)
        self.model.set_rows(data.people)
        open_event = c.status != "cancelled"
        ended = c.ends_at <= now_local()
        waiting = c.registered - c.attended - c.no_show
        self.invite_button.setEnabled(open_event)
        self.check_in_button.setEnabled(open_event)
        self.no_show_button.setEnabled(open_event and ended and waiting > 0)
        self.no_show_button.setToolTip(
            "" if ended else self.tr("No-shows are marked after the event has ended")
        )
        self.remove_button.setEnabled(bool(data.people))
        self.register_box.setEnabled(open_event)
        self.loaded.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: object, done: object = None) -> None:
        def shown(result: object) -> None:
            data = result.attendance if isinstance(result, Registered) else result
            if isinstance(data, AttendanceList):
                self.show_list(data)
            if callable(done):
                done(result)
            if self.event_id is not None:
                self.changed.emit(self.event_id)

        self._say("")
        submit_said(self.runner, name, work, self, shown, self._say)  # type: ignore[arg-type]

    @Slot()
    def _picked(self) -> None:
        self.register_button.setEnabled(self.picker.contact_id() is not None)

    @Slot()
    def register_picked(self) -> None:
        contact_id, event_id = self.picker.contact_id(), self.event_id
        if contact_id is None or event_id is None:
            return
        service = self.service

        def done(result: object) -> None:
            if isinstance(result, Registered) and result.already:
                self._say(self.tr("Already registered."))
            self.picker.clear()
            self.picker.search.setFocus()

        self._write("register", lambda: service.register(event_id, [contact_id]), done)

    def _selected(self) -> Attendee | None:
        index = self.table.currentIndex()
        person = index.data(ROW_ROLE) if index.isValid() else None
        return person if isinstance(person, Attendee) else None

    @Slot()
    def unregister(self) -> None:
        person, event_id, service = self._selected(), self.event_id, self.service
        if person is None or event_id is None:
            self._say(self.tr("Choose someone in the list first."))
            return
        contact_id = person.contact_id
        self._write("unregister", lambda: service.unregister(event_id, contact_id))

    @Slot()
    def mark_no_shows(self) -> None:
        event_id, service = self.event_id, self.service
        if event_id is not None:
            self._write("no-shows", lambda: service.mark_no_shows(event_id))

    @Slot()
    def invite(self) -> None:
        if self.event_id is None:
            return
        dialog = InvitationsDialog(self.session, self.runner, self.event_id, self)
        dialog.registered.connect(lambda _: self._after_invitations())
        dialog.open()

    def _after_invitations(self) -> None:
        if self.event_id is not None:
            self.load(self.event_id)
            self.changed.emit(self.event_id)

    @Slot()
    def open_check_in(self) -> None:
        """The check-in page, a window of its own (maximised: the night's one task)."""
        if self.event_id is None:
            return
        page = CheckInPage(self.session, self.runner, self.event_id, self)
        page.changed.connect(self._checked_in)
        self.check_in_page = page
        page.showMaximized()

    def _checked_in(self, event_id: int) -> None:
        self.load(event_id)
        self.changed.emit(event_id)
