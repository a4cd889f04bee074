"""Asking why a report is void: reports are never deleted, only voided with a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from ui.forms import enter_presses
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write


class VoidReportDialog(QDialog):
    def __init__(
        self,
        number: str,
        void: Callable[[str], object],
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voidReportDialog")
        self.setWindowTitle(self.tr("Void {0}").format(number))
        self.void = void
        self.runner = own_runner(self, runner)
        self.result_value: object = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A void report stays in the list, marked void, with this reason. "
                "It cannot be changed afterwards."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setAccessibleName(self.tr("Why the report is void"))
        self.reason.setPlaceholderText(self.tr("e.g. Duplicate of WR-2026-00041"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setProperty("role", "fieldError")
        self.message.setObjectName("voidReasonError")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Void report"))
        ok.setObjectName("voidConfirmButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        enter_presses(self, ok)

    def submit(self) -> None:
        """void(reason) on a worker; the dialog stays open until it is done or refused."""
        self.message.setVisible(False)
        reason, void = self.reason.toPlainText(), self.void
        submit_write(
            self.runner, "void report", lambda: void(reason), self, self._done, self._refused
        )

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        self.message.setText(exc.message)
        self.message.setVisible(True)

    def reject(self) -> None:
        if not is_writing(self):  # the write runs on: wait for its outcome
            super().reject()

    @classmethod
    def ask(
        cls, number: str, void: Callable[[str], object], parent: QWidget | None = None
    ) -> object:
        """Runs void(reason) when confirmed; returns its result, or None when cancelled."""
        dialog = cls(number, void, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
