"""A manager's checklist templates per kind of event: add, change, reorder, remove lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.event_task_templates import TemplateRow, TemplateService
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS
from ui.forms import FieldErrors, enter_presses
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesDialog(QDialog):
    def __init__(
        self, session: Session, runner: TaskRunner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Checklist templates"))
        self.service, self.runner = TemplateService(session), own_runner(self, runner)
        self.rows: list[TemplateRow] = []
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("templatesKind")
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for value, text in EVENT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        top.addRow(self.tr("&Kind of event:"), self.kind)
        layout.addLayout(top)
        note = QLabel(self.tr("A new event of this kind starts with these tasks, in this order."))
        note.setWordWrap(True)
        layout.addWidget(note)
        middle = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("templatesList")
        self.list.setAccessibleName(self.tr("Checklist lines"))
        self.list.currentRowChanged.connect(self._picked)
        middle.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up = self._button(
            side, "templatesUpButton", self.tr("Move &up"), lambda: self._move(-1)
        )
        self.down = self._button(
            side, "templatesDownButton", self.tr("Move &down"), lambda: self._move(1)
        )
        self.remove = self._button(side, "templatesRemoveButton", self.tr("&Remove"), self._remove)
        side.addStretch(1)
        middle.addLayout(side)
        layout.addLayout(middle, 1)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.title.setObjectName("templatesTitle")
        self.title.setAccessibleName(self.tr("Task"))
        self.days = QSpinBox()
        self.days.setObjectName("templatesDays")
        self.days.setAccessibleName(self.tr("Days before the event"))
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days before"))
        self.errors.add_row(form, self.tr("&Task:"), "title", self.title)
        self.errors.add_row(form, self.tr("D&ue:"), "days_before", self.days)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        row = QHBoxLayout()
        self.add_button = self._button(row, "templatesAddButton", self.tr("&Add line"), self._add)
        self.change_button = self._button(
            row, "templatesChangeButton", self.tr("&Change line"), self._change
        )
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        enter_presses(self, self.add_button)
        self.kind.currentIndexChanged.connect(lambda _: self.load())
        self.resize(560, 460)
        self.load()

    @staticmethod
    def _button(
        row: QHBoxLayout | QVBoxLayout, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _kind(self) -> str:
        return str(self.kind.currentData())

    def load(self, keep: int | None = None) -> None:
        service, kind = self.service, self._kind()
        self.runner.submit(
            "checklist templates",
            lambda report: (kind, service.templates(kind)),
            on_result=lambda found: self._show(found, keep),
            owner=self,
        )

    def _show(self, found: tuple[str, list[TemplateRow]], keep: int | None) -> None:
        kind, rows = found
        if kind != self._kind():
            return
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for t in rows:
            item = QListWidgetItem(self.tr("{0} — {1} days before").format(t.title, t.days_before))
            item.setData(ID_ROLE, t.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        at = next((i for i, t in enumerate(rows) if t.id == keep), -1)
        self.list.setCurrentRow(at)
        self._picked(at)

    def _picked(self, row: int) -> None:
        chosen = 0 <= row < len(self.rows)
        for button in (self.up, self.down, self.remove, self.change_button):
            button.setEnabled(chosen)
        if chosen:
            self.title.setText(self.rows[row].title)
            self.days.setValue(self.rows[row].days_before)

    def _current(self) -> TemplateRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _write(self, name: str, work: Callable[[], object], keep: int | None) -> None:
        self.errors.clear()
        submit_write(
            self.runner,
            name,
            work,
            self,
            lambda result: self.load(keep if keep is not None else int(result)),  # type: ignore[call-overload]
            self._invalid,
        )

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)

    def _add(self) -> None:
        service, kind, title, days = (
            self.service,
            self._kind(),
            self.title.text(),
            self.days.value(),
        )
        self._write("add template", lambda: service.add(kind, title, days), None)

    def _change(self) -> None:
        row = self._current()
        if row is not None:
            service, title, days = self.service, self.title.text(), self.days.value()
            self._write("change template", lambda: service.edit(row.id, title, days), row.id)

    def _move(self, step: int) -> None:
        row = self._current()
        if row is not None:
            service = self.service
            self._write("move template", lambda: service.move(row.id, step), row.id)

    def _remove(self) -> None:
        row = self._current()
        if row is not None:
            service = self.service
            self._write("remove template", lambda: service.remove(row.id), -1)
