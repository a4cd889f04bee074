"""Follow up a concern raised at an event: with whom, by when; it becomes an interaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_outcomes import Concern, Outcome, OutcomeService
from desktop_app.services.session import Session
from ui.forms import FieldErrors, save_cancel
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.writes import submit_write


@dataclass(frozen=True)
class FollowUpChoice:
    contact_id: int
    due: date
    purpose: str


class FollowUpDialog(QDialog):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        concern: Concern,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("concernFollowUpDialog")
        self.setWindowTitle(self.tr("Follow up a concern"))
        self.service = OutcomeService(session)
        self.runner, self.concern = runner, concern
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        text = QLabel(concern.text)
        text.setWordWrap(True)
        text.setObjectName("concernFollowUpText")
        layout.addWidget(text)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.contact = ContactPicker(session, "concernContact", runner=runner)
        if concern.contact_id is not None:
            self.contact.set_contact(self.contact.service.get(concern.contact_id))
        self.purpose = QLineEdit()
        self.purpose.setObjectName("concernPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("Concern raised: … (from the concern's text)"))
        self.due = QDateEdit()
        self.due.setObjectName("concernFollowUpDate")
        self.due.setAccessibleName(self.tr("Follow-up date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd MMM yyyy")
        today = now_local().date()
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.errors.add_row(form, self.tr("&With:"), "contacts", self.contact, self.contact.search)
        self.errors.add_row(form, self.tr("&Purpose:"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("Follow up &by:"), "follow_up_on", self.due)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "concernFollowUpSaveButton")
        self.resize(620, 300)

    def save(self) -> None:
        self.errors.clear()
        contact_id = self.contact.contact_id()
        if contact_id is None:
            self.errors.show_message("contacts", self.tr("Choose who to follow up with"))
            return
        due: date = self.due.date().toPython()  # type: ignore[assignment]
        service, concern_id, purpose = self.service, self.concern.id, self.purpose.text()
        submit_write(
            self.runner,
            "concern follow-up",
            lambda: service.follow_up(concern_id, contact_id, due, purpose),
            self,
            self._saved,
            self._invalid,
        )

    def _saved(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
