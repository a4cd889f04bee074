"""Log an interaction in a few keystrokes: channel, purpose, summary, follow-up; Enter saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.session import Session
from desktop_app.vocabulary import CHANNEL_LABELS
from ui.forms import FieldErrors, enter_presses
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write


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
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
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
        self.errors.add_row(form, self.tr("&Channel:"), "channel", self.channel)
        self.errors.add_row(form, self.tr("&Purpose:"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("&Summary:"), "summary", self.summary)
        self.errors.add_row(form, self.tr("&Follow-up:"), "follow_up_on", follow, self.follow_up)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("interactionSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        enter_presses(self, self.save_button)
        self.purpose.setFocus()

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
        )

    def save(self) -> None:
        self.errors.clear()
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
