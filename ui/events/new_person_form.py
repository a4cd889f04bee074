"""A walk-in registered on the spot: name, phone, email and their consent, asked now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop_app.services.event_attendance import NewPerson
from ui.forms import FieldErrors


class NewPersonForm(QFrame):
    submitted = Signal(object)  # NewPerson
    cancelled = Signal()

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInNewPerson")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(self)
        general = QLabel()
        general.setProperty("role", "fieldError")
        general.setWordWrap(True)
        general.setVisible(False)
        self.errors = FieldErrors(general)
        self.name = self._line("checkInNewName", self.tr("Name"))
        self.phone = self._line("checkInNewPhone", self.tr("Phone"))
        self.email = self._line("checkInNewEmail", self.tr("Email"))
        self.consent = QCheckBox(self.tr("They agree to be contacted by the office (asked now)"))
        self.consent.setObjectName("checkInNewConsent")
        self.errors.add_row(form, self.tr("&Name:"), "name", self.name)
        self.errors.add_row(form, self.tr("P&hone:"), "phone", self.phone)
        self.errors.add_row(form, self.tr("E&mail:"), "email", self.email)
        self.errors.add_row(form, self.tr("Consent:"), "consent", self.consent)
        form.addRow(general)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Register and check &in"))
        self.add_button.setObjectName("checkInNewAddButton")
        self.add_button.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("checkInNewCancelButton")
        cancel.clicked.connect(self.cancelled.emit)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.add_button)
        form.addRow(row)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.returnPressed.connect(self._submit)
        return edit

    def start(self, typed: str) -> None:
        """Open with what was typed in the search as the name (or the phone, if digits)."""
        self.clear()
        if sum(ch.isdigit() for ch in typed) >= 5:
            self.phone.setText(typed.strip())
        else:
            self.name.setText(typed.strip())
        self.setVisible(True)
        self.name.setFocus()

    def clear(self) -> None:
        self.errors.clear()
        for edit in (self.name, self.phone, self.email):
            edit.clear()
        self.consent.setChecked(False)

    def value(self) -> NewPerson:
        return NewPerson(
            self.name.text(), self.phone.text(), self.email.text(), self.consent.isChecked()
        )

    def _submit(self) -> None:
        self.errors.clear()
        self.submitted.emit(self.value())
