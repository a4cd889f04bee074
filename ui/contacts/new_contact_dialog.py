"""A new contact from the directory: a name and a way to reach them, saved by ContactService."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.services.contacts import ContactMatch, ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.session import Session
from desktop_app.vocabulary import CONTACT_KIND_LABELS
from ui.forms import save_cancel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write

FIELDS = ("name", "organisation", "phone", "email", "address")


class NewContactDialog(QDialog):
    def __init__(
        self, session: Session, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newContactDialog")
        self.setWindowTitle(self.tr("New contact"))
        self.contacts = ContactService(session)
        self.runner = own_runner(self, runner)
        self.created: ContactMatch | None = None
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("newContactKind")
        for value, text in CONTACT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        form.addRow(self.tr("Kind"), self.kind)
        labels = (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("Address"),
        )
        self.edits: dict[str, QLineEdit] = {}
        for field, text in zip(FIELDS, labels, strict=True):
            edit = QLineEdit()
            edit.setObjectName(f"newContact{field.capitalize()}")
            edit.setAccessibleName(text)
            form.addRow(text, edit)
            self.edits[field] = edit
        self.message = QLabel()
        self.message.setObjectName("newContactError")
        self.message.setProperty("role", "fieldError")
        self.message.setVisible(False)
        form.addRow(self.message)
        save_cancel(self, form, self.submit, "newContactSave")
        self.setMinimumWidth(420)

    def submit(self) -> None:
        """Create on a worker; the dialog stays open until it is saved or refused."""
        self.message.setVisible(False)
        values = {field: edit.text() for field, edit in self.edits.items()}
        kind, contacts = str(self.kind.currentData()), self.contacts
        submit_write(
            self.runner,
            "new contact",
            lambda: contacts.create(kind=kind, **values),
            self,
            self._done,
            self._refused,
        )

    def _done(self, match: ContactMatch) -> None:
        self.created = match
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        self.message.setText(exc.message)
        self.message.setVisible(True)
        edit = self.edits.get(exc.field)
        if edit is not None:
            edit.setFocus()

    def reject(self) -> None:
        if not is_writing(self):  # the write runs on: wait for its outcome
            super().reject()

    @classmethod
    def ask(
        cls, session: Session, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> ContactMatch | None:
        """The contact created, or None when cancelled."""
        dialog = cls(session, runner, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.created if accepted else None
