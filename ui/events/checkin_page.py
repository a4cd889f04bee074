"""The night's check-in: a full window with the type-ahead focused; Enter checks in the
highlighted person, walk-ins are counted (+1 / −1) or registered on the spot with their consent,
and the counts stay big and clear at the top."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.event_attendance import (
    AttendanceList,
    AttendanceService,
    Attendee,
    NewPerson,
)
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.events.attendee_columns import ATTENDEE_COLUMNS, matches
from ui.events.new_person_form import NewPersonForm
from ui.events.rows_model import ROW_ROLE, RowsModel, TypedFilter
from ui.tasks import TaskRunner
from ui.writes import submit_said, submit_write

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


class _ListKeys(QObject):
    """Up / Down (and Page Up / Down) in the search field move the highlighted person; Enter
    checks them in (taken here: the field is disabled while the check-in is saved, and the key
    would otherwise travel on to a disabled page)."""

    def __init__(self, page: CheckInPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.check_in()
                return True
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None:
                self.page.move_highlight(step)
                return True
        return False


class CheckInPage(QDialog):
    """Open with CheckInPage(session, runner, event_id, parent).show() (it loads itself)."""

    changed = Signal(int)  # the event's id, after every check-in, walk-in or registration
    loaded = Signal()  # the list and counts are shown (tests wait on it)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPage")
        self.setWindowTitle(self.tr("Check-in"))
        self.setAccessibleName(self.tr("Check-in"))
        self.service = AttendanceService(session)
        self.runner, self.event_id = runner, event_id
        self.data: AttendanceList | None = None
        may_run = allowed(session.role, "event.run")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("checkInHeading")
        layout.addWidget(self.heading)
        layout.addLayout(self._counts_row())

        self.search = QLineEdit()
        self.search.setObjectName("checkInSearch")
        self.search.setAccessibleName(self.tr("Find a registered person"))
        self.search.setPlaceholderText(
            self.tr("Type a name or phone; ↑ ↓ choose; Enter checks in the highlighted person")
        )
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.search.setFont(font)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(_ListKeys(self))
        layout.addWidget(self.search)

        self.model: RowsModel[Attendee] = RowsModel(ATTENDEE_COLUMNS, self)
        self.proxy = TypedFilter(matches, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("checkInList")
        self.table.setAccessibleName(self.tr("Registered people"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        big = self.table.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)  # read at arm's length at the door
        self.table.setFont(big)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.check_in())
        layout.addWidget(self.table, 1)

        self.message = QLabel()
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.new_person = NewPersonForm()
        self.new_person.setVisible(False)
        self.new_person.submitted.connect(self.register_new)
        self.new_person.cancelled.connect(self._close_new_person)
        layout.addWidget(self.new_person)
        layout.addLayout(self._buttons())
        for widget in (*self._run_buttons, self.search):
            widget.setEnabled(may_run)
        QShortcut(QKeySequence("Ctrl++"), self, self.add_walk_in)
        QShortcut(QKeySequence("Ctrl+N"), self, self.show_new_person)
        self.search.setFocus()
        self.load()

    # ---- parts -------------------------------------------------------------------------------
    def _counts_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key in ("attended", "walk_ins", "present", "registered"):
            label = QLabel("–")
            label.setObjectName(f"checkInCount_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMinimumWidth(150)
            self.count_labels[key] = label
            row.addWidget(label, 1)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.check_in_button = QPushButton(self.tr("Check in (Enter)"))
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.clicked.connect(self.check_in)
        self.undo_button = QPushButton(self.tr("&Undo check-in"))
        self.undo_button.setObjectName("undoCheckInButton")
        self.undo_button.clicked.connect(self.undo_check_in)
        self.walk_in_button = QPushButton(self.tr("+ &Walk-in (Ctrl++)"))
        self.walk_in_button.setObjectName("walkInPlusButton")
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.walk_in_minus = QPushButton(self.tr("− Walk-in"))
        self.walk_in_minus.setObjectName("walkInMinusButton")
        self.walk_in_minus.setToolTip(self.tr("Counted one too many: take one off"))
        self.walk_in_minus.clicked.connect(lambda: self._count_walk_in(-1))
        self.new_button = QPushButton(self.tr("&Register new person… (Ctrl+N)"))
        self.new_button.setObjectName("registerNewPersonButton")
        self.new_button.clicked.connect(self.show_new_person)
        close = QPushButton(self.tr("&Close"))
        close.setObjectName("checkInCloseButton")
        close.clicked.connect(self.accept)
        self._run_buttons = (
            self.check_in_button,
            self.undo_button,
            self.walk_in_button,
            self.walk_in_minus,
            self.new_button,
        )
        for button in self._run_buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        close.setAutoDefault(False)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # ---- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        service, event_id = self.service, self.event_id
        self.runner.submit(
            "check-in list",
            lambda progress: service.attendance(event_id),
            on_result=self.show_list,
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def show_list(self, data: AttendanceList) -> None:
        self.data = data
        c = data.counts
        self.heading.setText(
            f"<h2>{html.escape(c.title)}</h2>"
            + html.escape(c.starts_at.strftime("%A %d %B %Y, %H:%M"))
        )
        big = '<span style="font-size:28pt; font-weight:bold">{0}</span><br>{1}'
        self.count_labels["attended"].setText(big.format(c.attended, self.tr("checked in")))
        self.count_labels["walk_ins"].setText(big.format(c.walk_ins, self.tr("walk-ins")))
        self.count_labels["present"].setText(big.format(c.present, self.tr("here in all")))
        waiting = c.registered - c.attended - c.no_show
        self.count_labels["registered"].setText(
            big.format(waiting, self.tr("still expected of {0} registered").format(c.registered))
        )
        self.walk_in_minus.setEnabled(c.walk_ins > 0 and self.walk_in_button.isEnabled())
        self.model.set_rows(data.people)
        self._highlight_first()
        self.loaded.emit()

    # ---- the highlighted person ---------------------------------------------------------------
    @Slot(str)
    def _typed(self, text: str) -> None:
        self.proxy.set_typed(text)
        self._highlight_first()

    def _highlight_first(self) -> None:
        """The first person still expected (else the first shown) is the one Enter checks in."""
        for row in range(self.proxy.rowCount()):
            person = self.proxy.index(row, 0).data(ROW_ROLE)
            if person is not None and person.status == "registered":
                self._select(row)
                return
        self._select(0 if self.proxy.rowCount() else -1)

    def _select(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.index(row, 0)
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def move_highlight(self, step: int) -> None:
        count = self.proxy.rowCount()
        if count:
            current = self.table.currentIndex().row()
            self._select(min(max(current + step, 0), count - 1))

    def highlighted(self) -> Attendee | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        person = index.data(ROW_ROLE)
        return person if isinstance(person, Attendee) else None

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: object, said: str = "") -> None:
        def done(data: AttendanceList) -> None:
            self.search.clear()
            self.show_list(data)
            self._say(said)
            self.search.setFocus()
            self.changed.emit(self.event_id)

        submit_said(self.runner, name, work, self, done, self._say)  # type: ignore[arg-type]

    @Slot()
    def check_in(self) -> None:
        person = self.highlighted()
        if person is None:
            self._say(self.tr("No one registered matches: count a walk-in or register them."))
            return
        if person.status == "attended":
            self._say(self.tr("{0} is already checked in.").format(person.name))
            return
        service, event_id, contact_id = self.service, self.event_id, person.contact_id
        self._write(
            "check in",
            lambda: service.check_in(event_id, contact_id),
            self.tr("{0} checked in.").format(person.name),
        )

    @Slot()
    def undo_check_in(self) -> None:
        person = self.highlighted()
        if person is None or person.status != "attended":
            self._say(self.tr("Highlight someone checked in to undo it."))
            return
        service, event_id, contact_id = self.service, self.event_id, person.contact_id
        self._write(
            "undo check-in",
            lambda: service.undo_check_in(event_id, contact_id),
            self.tr("{0} is no longer checked in.").format(person.name),
        )

    @Slot()
    def add_walk_in(self) -> None:
        self._count_walk_in(1)

    def _count_walk_in(self, step: int) -> None:
        service, event_id = self.service, self.event_id
        said = self.tr("One walk-in counted.") if step > 0 else self.tr("One walk-in taken off.")
        self._write("walk-in", lambda: service.count_walk_in(event_id, step), said)

    @Slot()
    def show_new_person(self) -> None:
        self.new_person.start(self.search.text())

    def _close_new_person(self) -> None:
        self.new_person.setVisible(False)
        self.search.setFocus()

    @Slot(object)
    def register_new(self, person: NewPerson) -> None:
        service, event_id = self.service, self.event_id

        def done(result: tuple[int, AttendanceList]) -> None:
            self.new_person.clear()
            self.new_person.setVisible(False)
            self.search.clear()
            self.show_list(result[1])
            self._say(self.tr("{0} registered and checked in.").format(person.name.strip()))
            self.search.setFocus()
            self.changed.emit(self.event_id)

        submit_write(
            self.runner,
            "register walk-in",
            lambda: service.register_walk_in(event_id, person),
            self.new_person,
            done,
            self._invalid_new,
            lambda exc: self._say(str(exc)),
        )

    def _invalid_new(self, error: ValidationError) -> None:
        self.new_person.errors.show(error)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere but a button checks in, never closes the page (as QDialog would)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
