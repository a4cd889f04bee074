"""Others involved in a report (victim, witness, subject): a contact, or a name and description."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports import PersonInput
from desktop_app.services.session import Session
from desktop_app.vocabulary import PERSON_ROLE_LABELS
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker

# The reporter has a field of their own on the form.
ROLES = tuple((role, PERSON_ROLE_LABELS[role]) for role in ("victim", "witness", "subject"))


class PeopleInvolved(QWidget):
    changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInPeople")
        self.people: list[tuple[PersonInput, str]] = []  # the input and how it is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.role = QComboBox()
        self.role.setObjectName("walkInPersonRole")
        self.role.setAccessibleName(self.tr("Role of the person involved"))
        for value, label in ROLES:
            self.role.addItem(vocabulary(label), value)
        row.addWidget(self.role)
        self.picker = ContactPicker(session, "walkInPerson", runner=runner)
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("walkInPersonName")
        self.name.setAccessibleName(self.tr("Name, if not a contact"))
        self.name.setPlaceholderText(self.tr("…or a name if they are not a contact"))
        self.description = QLineEdit()
        self.description.setObjectName("walkInPersonDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("Description (age, clothing, vehicle…)"))
        self.add = QPushButton(self.tr("Add"))
        self.add.setObjectName("walkInPersonAddButton")
        self.add.clicked.connect(self._add)
        row2.addWidget(self.name, 1)
        row2.addWidget(self.description, 1)
        row2.addWidget(self.add)
        layout.addLayout(row2)
        self.message = QLabel()
        self.message.setProperty("role", "fieldError")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.listing = QListWidget()
        self.listing.setObjectName("walkInPeopleList")
        self.listing.setMaximumHeight(72)
        self.listing.setVisible(False)
        layout.addWidget(self.listing)
        self.remove = QPushButton(self.tr("Remove selected person"))
        self.remove.setObjectName("walkInPersonRemoveButton")
        self.remove.clicked.connect(self._remove)
        self.remove.setVisible(False)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

    @Slot()
    def _add(self) -> None:
        contact = self.picker.contact
        name = self.name.text().strip()
        description = self.description.text().strip()
        if contact is None and not name and not description:
            self.message.setText(self.tr("Choose a contact, or type a name or a description"))
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        role = str(self.role.currentData())
        person = PersonInput(
            role, contact.id if contact else None, "" if contact else name, description
        )
        shown = f"{self.role.currentText()}: {contact.name if contact else (name or 'unnamed')}"
        if description:
            shown += f" — {description}"
        self.append(person, shown)
        self.picker.clear()
        self.name.clear()
        self.description.clear()

    def add_contact(self, role: str, contact_id: int, name: str) -> None:
        """A known contact in the list, e.g. someone the officer met on the entry reported."""
        if any(p.contact_id == contact_id for p, _ in self.people):
            return
        self.append(
            PersonInput(role, contact_id),
            f"{vocabulary(PERSON_ROLE_LABELS.get(role, role))}: {name}",
        )

    def append(self, person: PersonInput, shown: str) -> None:
        self.people.append((person, shown))
        self.listing.addItem(QListWidgetItem(shown))
        self.listing.setVisible(True)
        self.remove.setVisible(True)
        self.changed.emit()

    @Slot()
    def _remove(self) -> None:
        row = self.listing.currentRow()
        if 0 <= row < len(self.people):
            del self.people[row]
            self.listing.takeItem(row)
            self.changed.emit()
        if not self.people:
            self.listing.setVisible(False)
            self.remove.setVisible(False)

    def inputs(self) -> tuple[PersonInput, ...]:
        return tuple(p for p, _ in self.people)

    def clear(self) -> None:
        self.people.clear()
        self.listing.clear()
        self.listing.setVisible(False)
        self.remove.setVisible(False)
        self.picker.clear()
        self.name.clear()
        self.description.clear()

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
