"""The event form's compound fields: officers to tick, partner organisations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_plan import Person
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OfficerList(QListWidget):
    """The other officers, each a box to tick (Space ticks the current one)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventOfficers")
        self.setAccessibleName(self.tr("Other officers"))
        self.setFixedHeight(120)
        self.itemChanged.connect(lambda _: self.changed.emit())

    def set_people(self, people: tuple[Person, ...], ticked: tuple[Person, ...]) -> None:
        """Everyone who may staff an event, and those on it (kept, though no longer offered)."""
        chosen = {p.id for p in ticked}
        offered = list(people) + [p for p in ticked if p.id not in {q.id for q in people}]
        self.blockSignals(True)
        self.clear()
        for person in offered:
            item = QListWidgetItem(person.name)
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def ticked(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def tick(self, person_id: int, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == person_id:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.item(i).setCheckState(state)


class PartnerList(QWidget):
    """Partner organisations: found with the contact picker, listed, removed with Delete."""

    changed = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = ContactPicker(session, "eventPartnerPicker", runner=runner)
        self.picker.new_button.setVisible(False)  # partners are known organisations
        self.picker.changed.connect(self._picked)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("eventPartners")
        self.list.setAccessibleName(self.tr("Partner organisations"))
        self.list.setFixedHeight(64)
        row.addWidget(self.list, 1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("eventPartnerRemove")
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def set_people(self, people: tuple[Person, ...]) -> None:
        self.list.clear()
        for person in people:
            self._add(person.id, person.name)

    def _add(self, contact_id: int, name: str) -> None:
        if contact_id in self.ids():
            return
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, contact_id)
        self.list.addItem(item)

    def _picked(self) -> None:
        chosen = self.picker.contact
        if chosen is None:
            return
        self._add(chosen.id, chosen.organisation or chosen.name)
        self.picker.set_contact(None)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def ids(self) -> tuple[int, ...]:
        return tuple(int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count()))
