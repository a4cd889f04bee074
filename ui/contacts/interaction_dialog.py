"""Log an interaction in a few keystrokes: channel, purpose, summary, follow-up; Enter saves.
Below them, all optional: when it was (blank is now) and the report, event or problem it was
about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.interaction_links import InteractionLinkService, LinkChoice
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.session import Session
from desktop_app.vocabulary import CHANNEL_LABELS
from ui.forms import FieldErrors, save_cancel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.when_edit import WhenEdit
from ui.writes import own_runner, submit_write


def _fill(combo: QComboBox, none: str, choices: tuple[LinkChoice, ...]) -> None:
    """No link first; then the contact's own, a line, the others (each part in the service's
    order). Typing a title's first letters jumps to it."""
    combo.addItem(none, None)
    theirs = [c for c in choices if c.theirs]
    for choice in theirs:
        combo.addItem(choice.text, choice.record_id)
    if theirs and len(theirs) < len(choices):
        combo.insertSeparator(combo.count())
    for choice in choices:
        if not choice.theirs:
            combo.addItem(choice.text, choice.record_id)


class InteractionDialog(QDialog):
    def __init__(
        self,
        session: Session,
        contact_ids: tuple[int, ...],
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        channel: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self.setWindowTitle(self.tr("Log interaction"))
        self.service = InteractionService(session)
        self.runner = own_runner(self, runner)
        self.contact_ids = contact_ids
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        form = QFormLayout()
        self._add_what(form, channel)
        self._add_follow_up(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._links_box(session))
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "interactionSaveButton")
        self.purpose.setFocus()

    # ---- parts -------------------------------------------------------------------------------
    def _add_what(self, form: QFormLayout, channel: str) -> None:
        self.channel = QComboBox()
        self.channel.setObjectName("interactionChannel")
        self.channel.setAccessibleName(self.tr("Channel"))
        for value, text in CHANNEL_LABELS.items():
            self.channel.addItem(vocabulary(text), value)
        if channel:
            self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        self.purpose = QLineEdit()
        self.purpose.setObjectName("interactionPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("interactionSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(90)
        self.errors.add_row(form, self.tr("&Channel:"), "channel", self.channel)
        self.errors.add_row(form, self.tr("&Purpose:"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("&Summary:"), "summary", self.summary)

    def _add_follow_up(self, form: QFormLayout) -> None:
        follow = QWidget()
        row = QHBoxLayout(follow)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_follow_up = QCheckBox(self.tr("Follow up by"))
        self.has_follow_up.setObjectName("interactionHasFollowUp")
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("interactionFollowUp")
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("dd MMM yyyy")
        today = now_local().date()
        self.follow_up.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.follow_up.setEnabled(False)
        # Changing the date is choosing to follow up: one fewer key to press.
        self.follow_up.dateChanged.connect(lambda _: self.has_follow_up.setChecked(True))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        row.addWidget(self.has_follow_up)
        row.addWidget(self.follow_up, 1)
        self.errors.add_row(form, self.tr("&Follow-up:"), "follow_up_on", follow, self.follow_up)

    def _links_box(self, session: Session) -> QGroupBox:
        """When, and what it was about: optional, below the few fields most logs need."""
        box = QGroupBox(self.tr("Optional"))
        form = QFormLayout(box)
        self.when = WhenEdit()
        self.when.setObjectName("interactionWhen")
        self.when.setAccessibleName(self.tr("When it was"))
        self.when.setPlaceholderText(self.tr("now, or e.g. {0}").format(self.when.example))
        self.errors.add_row(form, self.tr("&When:"), "occurred_at", self.when)
        self.report_number = QLineEdit()
        self.report_number.setObjectName("interactionReportNumber")
        self.report_number.setAccessibleName(self.tr("Report number"))
        self.report_number.setPlaceholderText(self.tr("e.g. WR-2026-00042 or 2026-42"))
        self.errors.add_row(form, self.tr("&Report no.:"), "report_number", self.report_number)
        choices = InteractionLinkService(session).choices(self.contact_ids)
        self.event_choice = QComboBox()
        self.event_choice.setObjectName("interactionEvent")
        self.event_choice.setAccessibleName(self.tr("Event"))
        _fill(self.event_choice, self.tr("— no event —"), choices.events)
        event_row = self.errors.add_row(form, self.tr("&Event:"), "event", self.event_choice)
        self.problem_choice = QComboBox()
        self.problem_choice.setObjectName("interactionProblem")
        self.problem_choice.setAccessibleName(self.tr("Problem"))
        _fill(self.problem_choice, self.tr("— no problem —"), choices.problems)
        problem_row = self.errors.add_row(
            form, self.tr("Pro&blem:"), "problem", self.problem_choice
        )
        # A reader of neither events nor problems is offered neither.
        for row, combo in ((event_row, self.event_choice), (problem_row, self.problem_choice)):
            form.setRowVisible(row, combo.count() > 1)
        return box

    # ---- saving ------------------------------------------------------------------------------
    def value(self) -> InteractionInput:
        follow: date | None = (
            self.follow_up.date().toPython() if self.has_follow_up.isChecked() else None  # type: ignore[assignment]
        )
        return InteractionInput(
            self.contact_ids,
            str(self.channel.currentData()),
            self.purpose.text(),
            self.summary.toPlainText(),
            follow_up_on=follow,
            occurred_at=self.when.value() if self.when.text().strip() else None,
            report_number=self.report_number.text(),
            event_id=self.event_choice.currentData(),
            problem_id=self.problem_choice.currentData(),
        )

    def save(self) -> None:
        self.errors.clear()
        if self.when.text().strip() and self.when.value() is None:
            self.errors.show_message("occurred_at", self.when.message())  # told, not sent
            return
        data, service = self.value(), self.service
        submit_write(
            self.runner,
            "log interaction",
            lambda: service.log(data),
            self,
            self._saved,
            self._invalid,
        )

    def _saved(self, interaction_id: int) -> None:
        self.saved_id = interaction_id
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)

    @classmethod
    def ask(
        cls,
        session: Session,
        contact_ids: tuple[int, ...],
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """The id of the interaction logged, or None when cancelled."""
        dialog = cls(session, contact_ids, runner, parent)
        dialog.exec()
        return dialog.saved_id
