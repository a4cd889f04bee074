"""The first section of a problem's card: what the problem is (its description) and the partners
working it with the office, added from the contact picker and removed again."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.problems import PartnerRow, ProblemCard, ProblemService
from desktop_app.services.session import Session
from ui.i18n import grouped
from ui.problems.common import message_label, say
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.writes import submit_write

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def partner_text(p: PartnerRow) -> str:
    parts = [p.name]
    if p.organisation and p.organisation != p.name:
        parts.append(p.organisation)
    if p.phone:
        parts.append(p.phone)
    return " · ".join(parts)


class OverviewPanel(QWidget):
    changed = Signal()
    open_contact = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemOverview")
        self.session, self.runner = session, runner
        self.service = ProblemService(session)
        self.card: ProblemCard | None = None
        may_act = allowed(session.role, "problem.act")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        about = QGroupBox(self.tr("Description"))
        column = QVBoxLayout(about)
        self.description = QTextBrowser()
        self.description.setObjectName("problemDescriptionView")
        self.description.setAccessibleName(self.tr("Description"))
        column.addWidget(self.description, 1)
        self.glance = QLabel()
        self.glance.setObjectName("problemAtAGlance")
        self.glance.setWordWrap(True)
        column.addWidget(self.glance)
        layout.addWidget(about, 3)

        partners = QGroupBox(self.tr("Partners"))
        column = QVBoxLayout(partners)
        self.partners = QListWidget()
        self.partners.setObjectName("problemPartners")
        self.partners.setAccessibleName(self.tr("Partners"))
        self.partners.itemActivated.connect(
            lambda item: self.open_contact.emit(int(item.data(ID_ROLE)))
        )
        column.addWidget(self.partners, 1)
        self.picker = ContactPicker(session, "problemPartnerPicker", runner=runner)
        self.picker.setVisible(may_act)
        column.addWidget(self.picker)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add partner"))
        self.add_button.setObjectName("problemAddPartnerButton")
        self.add_button.clicked.connect(self.add_partner)
        self.remove_button = QPushButton(self.tr("&Remove partner"))
        self.remove_button.setObjectName("problemRemovePartnerButton")
        self.remove_button.clicked.connect(self.remove_partner)
        row.addStretch(1)
        for button in (self.add_button, self.remove_button):
            button.setVisible(may_act)
            row.addWidget(button)
        column.addLayout(row)
        self.error = message_label("problemPartnerError")
        column.addWidget(self.error)
        hint = QLabel(
            self.tr("The business owner, the school, the council: who works the problem with us.")
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        layout.addWidget(partners, 2)

    def show_card(self, card: ProblemCard) -> None:
        self.card = card
        self.description.setPlainText(card.description or self.tr("No description yet."))
        self.glance.setText(self._glance(card))
        self.partners.clear()
        for p in card.partners:
            item = QListWidgetItem(partner_text(p))
            item.setData(ID_ROLE, p.contact_id)
            self.partners.addItem(item)
        if not card.partners:
            item = QListWidgetItem(self.tr("No partners yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.partners.addItem(item)

    def _glance(self, card: ProblemCard) -> str:
        a = card.analysis
        kinds = ", ".join(f"{cat} {n}" for cat, n in a.by_category[:3])
        reports = grouped(self.tr("%n linked report(s)", "", a.total), a.total)
        actions = grouped(self.tr("%n action(s) logged", "", len(card.actions)), len(card.actions))
        text = self.tr("<b>At a glance:</b> {0}{1}; {2}").format(
            reports, f" ({html.escape(kinds)})" if kinds else "", actions
        )
        if card.actions:
            last = card.actions[-1]
            text += self.tr(", the latest on {0}: {1}").format(
                last.on.strftime("%d %b %Y"), html.escape(last.action)
            )
        return text + "."

    def _write(self, name: str, work: object, said_if_nothing: str = "") -> None:
        """Run work; a False back means nothing needed writing: said_if_nothing is said."""
        say(self.error, "")
        submit_write(
            self.runner,
            name,
            work,  # type: ignore[arg-type]
            self,
            lambda done: self._written(done, said_if_nothing),
            lambda exc: say(self.error, exc.message),
            lambda exc: say(self.error, str(exc)),
        )

    def _written(self, done: object, said_if_nothing: str) -> None:
        if done is False:
            say(self.error, said_if_nothing)
        else:
            self.changed.emit()

    @Slot()
    def add_partner(self) -> None:
        contact_id = self.picker.contact_id()
        if self.card is None:
            return
        if contact_id is None:
            say(self.error, self.tr("Find the partner by name first, then Add partner"))
            self.picker.search.setFocus()
            return
        service, problem_id = self.service, self.card.row.id
        name = self.picker.contact.name if self.picker.contact else ""
        self.picker.clear()
        self._write(
            "add partner",
            lambda: service.add_partner(problem_id, contact_id),
            self.tr("{0} is already a partner").format(name),
        )

    @Slot()
    def remove_partner(self) -> None:
        item = self.partners.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        if self.card is None or value is None:
            say(self.error, self.tr("Choose a partner in the list to remove"))
            return
        service, problem_id, contact_id = self.service, self.card.row.id, int(value)
        self._write("remove partner", lambda: service.remove_partner(problem_id, contact_id))
