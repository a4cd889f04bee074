"""An event's planning checklist: tick tasks done; managers add, change and remove them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_plan import EventPlanService, FormChoices
from desktop_app.services.event_tasks import EventTaskService, TaskRow
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.events.templates_dialog import TemplatesDialog
from ui.forms import FieldErrors, save_cancel
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.writes import submit_write

DONE, TASK, OWNER, DUE, STATE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskDialog(QDialog):
    """One task's title, owner and due date (a new one, or one changed)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        event_id: int,
        choices: FormChoices,
        task: TaskRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("Change task") if task else self.tr("Add task"))
        self.service, self.runner = EventTaskService(session), runner
        self.event_id, self.task = event_id, task
        self.saved = False
        form = QFormLayout()
        self.errors = FieldErrors()
        self.title = QLineEdit(task.title if task else "")
        self.title.setObjectName("taskTitle")
        self.title.setAccessibleName(self.tr("Task"))
        self.owner = QComboBox()
        self.owner.setObjectName("taskOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItem(self.tr("Nobody yet"), None)
        for person in choices.officers:
            self.owner.addItem(person.name, person.id)
        if task and task.owner_id and self.owner.findData(task.owner_id) < 0:
            self.owner.addItem(task.owner_name, task.owner_id)
        self.owner.setCurrentIndex(max(self.owner.findData(task.owner_id if task else None), 0))
        due_row = QWidget()
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setObjectName("taskHasDue")
        self.due = QDateEdit()
        self.due.setObjectName("taskDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd MMM yyyy")
        due = (task.due_on if task else None) or now_local().date()
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(bool(task and task.due_on))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        row.addWidget(self.has_due)
        row.addWidget(self.due, 1)
        self.errors.add_row(form, self.tr("&Task:"), "title", self.title)
        self.errors.add_row(form, self.tr("&Owner:"), "owner", self.owner)
        self.errors.add_row(form, self.tr("&Due:"), "due_on", due_row, self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "taskSaveButton")
        self.setMinimumWidth(380)

    def save(self) -> None:
        self.errors.clear()
        title, owner = self.title.text(), self.owner.currentData()
        due: date | None = self.due.date().toPython() if self.has_due.isChecked() else None  # type: ignore[assignment]
        service, task, event_id = self.service, self.task, self.event_id
        work: Callable[[], object]
        if task is None:
            work = lambda: service.add(event_id, title, owner, due)  # noqa: E731
        else:
            work = lambda: service.edit(task.id, title, owner, due)  # noqa: E731
        submit_write(self.runner, "save task", work, self, self._saved, self._invalid)

    def _saved(self, _: object) -> None:
        self.saved = True
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)


class ChecklistPanel(QWidget):
    title = QT_TRANSLATE_NOOP("ChecklistPanel", "Checklist")
    changed = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.session, self.runner = session, runner
        self.event_id: int | None = None
        self.rows: list[TaskRow] = []
        self.choices = FormChoices((), (), ())
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("checklistTable")
        self.table.setAccessibleName(self.tr("Planning checklist"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Task"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        for column in (DONE, OWNER, DUE, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._ticked)
        self.table.itemDoubleClicked.connect(lambda _: self.edit_task())
        layout.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setObjectName("checklistError")
        self.error.setProperty("role", "fieldError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        manager = allowed(session.role, "event.plan")
        self.add_button = self._button(buttons, "checklistAddButton", self.tr("&Add task…"))
        self.add_button.clicked.connect(self.add_task)
        self.edit_button = self._button(buttons, "checklistEditButton", self.tr("C&hange…"))
        self.edit_button.clicked.connect(self.edit_task)
        self.remove_button = self._button(buttons, "checklistRemoveButton", self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_task)
        buttons.addStretch(1)
        self.templates_button = self._button(
            buttons, "checklistTemplatesButton", self.tr("&Templates…")
        )
        self.templates_button.clicked.connect(self.edit_templates)
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.templates_button,
        ):
            button.setVisible(manager)
        layout.addLayout(buttons)

    @staticmethod
    def _button(row: QHBoxLayout, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    # ---- reading -----------------------------------------------------------------------------
    def load(self, event_id: int) -> None:
        self.event_id = event_id
        tasks, plan = EventTaskService(self.session), EventPlanService(self.session)

        def read(report: object) -> tuple[int, list[TaskRow], FormChoices]:
            return event_id, tasks.tasks(event_id), plan.choices()

        self.runner.submit("event checklist", read, on_result=self._show, owner=self)

    def _show(self, found: tuple[int, list[TaskRow], FormChoices]) -> None:
        event_id, rows, self.choices = found
        if event_id != self.event_id:
            return
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, task in enumerate(rows):
            done = QTableWidgetItem()
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if allowed(self.session.role, "event.run"):
                done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            done.setData(ID_ROLE, task.id)
            done.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Done") if task.done else self.tr("Not done"),
            )
            self.table.setItem(r, DONE, done)
            for column, text in (
                (TASK, task.title),
                (OWNER, task.owner_name or self.tr("Nobody yet")),
                (DUE, f"{task.due_on:%a %d %b %Y}" if task.due_on else "—"),
                (STATE, self._state(task)),
            ):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, task.id)
                if task.overdue:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, column, item)
        self.table.blockSignals(False)
        overdue = sum(1 for t in rows if t.overdue)
        finished = sum(1 for t in rows if t.done)
        text = self.tr("{0} of {1} tasks done").format(finished, len(rows))
        if overdue:
            text += " · " + self.tr("⚠ {0} overdue").format(overdue)
        self.summary.setText(text)

    def _state(self, task: TaskRow) -> str:
        if task.done:
            return self.tr("✓ Done")
        if task.overdue:
            return self.tr("⚠ Overdue")
        return ""

    def _current(self) -> TaskRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # ---- acting ------------------------------------------------------------------------------
    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != DONE or self.event_id is None:
            return
        task_id, done = int(item.data(ID_ROLE)), item.checkState() == Qt.CheckState.Checked
        self._write("tick task", lambda service: service.set_done(task_id, done))

    def _write(self, name: str, call: object) -> None:
        event_id, service = self.event_id, EventTaskService(self.session)
        if event_id is None:
            return
        submit_write(
            self.runner,
            name,
            lambda: call(service),  # type: ignore[operator]
            self,
            lambda _: self._done(event_id),
            self._refused,
        )

    def _done(self, event_id: int) -> None:
        self.error.setVisible(False)
        self.changed.emit(event_id)
        self.load(event_id)

    def _refused(self, error: ValidationError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)
        if self.event_id is not None:
            self.load(self.event_id)

    def add_task(self) -> None:
        self._open_task(None)

    def edit_task(self) -> None:
        task = self._current()
        if task is not None and allowed(self.session.role, "event.plan"):
            self._open_task(task)

    def _open_task(self, task: TaskRow | None) -> None:
        if self.event_id is None:
            return
        dialog = TaskDialog(self.session, self.runner, self.event_id, self.choices, task, self)
        dialog.exec()
        if dialog.saved:
            self._done(self.event_id)

    def remove_task(self) -> None:
        task = self._current()
        if task is not None:
            self._write("remove task", lambda service: service.remove(task.id))

    def edit_templates(self) -> None:
        TemplatesDialog(self.session, self.runner, self).exec()
