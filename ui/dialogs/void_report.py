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


class VoidReportDialog(QDialog):
    def __init__(
        self, number: str, void: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voidReportDialog")
        self.setWindowTitle(self.tr("Void {0}").format(number))
        self.void = void
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

    def submit(self) -> None:
        try:
            self.result_value = self.void(self.reason.toPlainText())
        except ValidationError as exc:
            self.message.setText(exc.message)
            self.message.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(
        cls, number: str, void: Callable[[str], object], parent: QWidget | None = None
    ) -> object:
        """Runs void(reason) when confirmed; returns its result, or None when cancelled."""
        dialog = cls(number, void, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
