"""Form helpers: a message label under each field, filled from a service's ValidationError."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError


def qt_datetime(value: QDateTime) -> datetime:
    """A date-time edit's value as a naive datetime in office time, to the minute."""
    return datetime(
        value.date().year(),
        value.date().month(),
        value.date().day(),
        value.time().hour(),
        value.time().minute(),
    )


def enter_presses(dialog: QDialog, main: QPushButton | None) -> None:
    """Enter in the dialog's fields presses main (or nothing when None). Call once every button
    is in the dialog. No button is auto-default: Qt would otherwise make Cancel the default once
    Tab had passed over it, and Enter in a field would throw away what was typed."""
    on_button = _EnterOnButton(dialog)
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        if button is not main:
            button.setDefault(False)
        button.installEventFilter(on_button)
    if main is not None:
        main.setDefault(False)  # set again now that it is in the dialog: Qt remembers it there
        main.setDefault(True)


def save_cancel(
    dialog: QDialog, layout: QVBoxLayout | QFormLayout, on_save: Callable[[], object], name: str
) -> QPushButton:
    """Save and Cancel at the foot of a dialog: Save (objectName `name`) calls on_save, Cancel
    rejects, Enter in a field presses Save (enter_presses). Add every other button first.
    Returns the Save button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName(name)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    if isinstance(layout, QFormLayout):
        layout.addRow(buttons)
    else:
        layout.addWidget(buttons)
    enter_presses(dialog, save)
    return save


_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _EnterOnButton(QObject):
    """Enter on a focused button presses that button, as Space does. With auto-default off, Qt
    would send it to the dialog's default button: Enter on a focused Cancel would void or save."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QPushButton)
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return False


class FieldErrors:
    """Keeps one hidden error label per field; show() reveals the one a ValidationError names."""

    def __init__(self, fallback: QLabel | None = None) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        if fallback is None:  # the form's own line for errors about no particular field
            fallback = QLabel()
            fallback.setObjectName("formError")
            fallback.setWordWrap(True)
            fallback.setVisible(False)
        self.fallback = fallback

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        field: str,
        widget: QWidget,
        focus: QWidget | None = None,
    ) -> QWidget:
        """Add widget to form with an error label beneath it; returns the row's container.
        focus: the input inside a compound widget, which names the error label and gets focus."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setProperty("role", "fieldError")
        error.setObjectName(f"{(focus or widget).objectName() or field}Error")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        form.addRow(label, box)
        self._follow(focus or widget, error)
        self.labels[field] = error
        self.widgets[field] = focus or widget
        return box

    @staticmethod
    def _follow(widget: QWidget, error: QLabel) -> None:
        """The message goes once the field is edited; a field that finds its own problem as the
        user leaves it (a `problem` signal, as PickLineEdit has) says it here at once."""

        def say(text: str) -> None:
            error.setText(text)
            error.setVisible(bool(text))

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _: say(""))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _: say(""))
        problem = getattr(widget, "problem", None)
        if problem is not None:
            problem.connect(say)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.setVisible(False)
        self.fallback.clear()
        self.fallback.setVisible(False)

    def show(self, error: ValidationError) -> None:
        """Show every message the error carries; focus goes to the first field named."""
        errors = getattr(error, "errors", [error])
        for item in reversed(errors):  # reversed, so the first field ends up with the focus
            self.show_message(item.field, item.message)

    def show_message(self, field: str, message: str, focus: bool = True) -> None:
        label = self.labels.get(field, self.fallback)
        label.setText(message)
        label.setVisible(True)
        widget = self.widgets.get(field)
        if widget is not None and focus:
            widget.setFocus()

    def hide_message(self, field: str) -> None:
        label = self.labels.get(field, self.fallback)
        label.clear()
        label.setVisible(False)

    def message(self, field: str) -> str:
        label = self.labels.get(field, self.fallback)
        return label.text() if label.isVisible() or label.text() else ""
