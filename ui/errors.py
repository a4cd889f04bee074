"""Unexpected exceptions: logged with their traceback, shown with a "Copy details" button, and
the application keeps running with the user's unsaved input where it was."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.db_errors import explain

log = logging.getLogger("beacon.crash")


class ErrorDialog(QDialog):
    """A message, the technical details folded away, and a button that copies them."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setObjectName("errorMessage")
        layout.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setObjectName("errorDetails")
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if details:
            show = buttons.addButton(
                self.tr("Show details"), QDialogButtonBox.ButtonRole.ActionRole
            )
            show.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
            copy = buttons.addButton(
                self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
            )
            copy.setObjectName("copyDetailsButton")
            copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        layout.addWidget(buttons)
        self.resize(520, 160)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    ErrorDialog(parent, title, message, details).exec()


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, value, tb)
        return
    told = explain(value)  # a full disk, a lock held elsewhere, a read-only file: say so
    show_error(
        QApplication.activeWindow(),
        QApplication.translate("errors", "Something went wrong"),
        told[0].upper() + told[1:] + "."
        if told
        else QApplication.translate(
            "errors",
            "Beacon hit an unexpected problem and has written it to its log. "
            "Your unsaved work is still open. If it happens again, copy the details "
            "and send them to whoever looks after Beacon.",
        ),
        details,
    )


def install_excepthook() -> None:
    sys.excepthook = _hook
