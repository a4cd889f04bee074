"""The walk-in form's fields: built in two columns with an error line under each, read into a
ReportInput or a draft, filled from a draft or a patrol entry, cleared for the next person."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.patrol import EntryRow
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import PersonInput, ReportInput
from desktop_app.services.session import Session
from desktop_app.vocabulary import REPORT_SOURCE_LABELS, SEVERITY_LABELS
from ui.forms import FieldErrors
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.people_involved import PeopleInvolved
from ui.widgets.pick_line import PickLineEdit
from ui.widgets.when_edit import WhenEdit

SOURCES = tuple(REPORT_SOURCE_LABELS.items())
SEVERITIES = tuple(SEVERITY_LABELS.items())


def _minute(value: datetime) -> datetime:
    """Office time to the minute, without a zone: what the form shows and saves."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


class WalkInFields(QWidget):
    """The fields of a walk-in report; WalkInForm adds saving, drafts and the receipt."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.link_entry_id: int | None = None
        self._loading = False  # filling the fields in from a draft is not an edit
        self.errors = FieldErrors()

    # ---- building ----------------------------------------------------------------------------
    def _body(self) -> QScrollArea:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        for column, form in enumerate((self._who_and_what(), self._account_and_action())):
            stack = QVBoxLayout()
            stack.addLayout(form)
            stack.addStretch(1)  # rows keep their natural height; spare room goes below
            grid.addLayout(stack, 0, column)
        grid.addWidget(self.errors.fallback, 1, 0, 1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        scroll.setWidget(body)
        return scroll

    def _who_and_what(self) -> QFormLayout:
        """The left column: how it came in, who reports, category, place, time, severity. The
        tab order reads it top to bottom, then the right column: the fast path runs straight
        down from the reporting person to the account."""
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.source = self._combo("walkInSource", self.tr("How the report came in"), SOURCES)
        self.errors.add_row(left, self.tr("Came in by:"), "source", self.source)
        self.reporter = ContactPicker(
            self.session, "walkInReporter", allow_anonymous=True, runner=self.runner
        )
        self.errors.add_row(left, self.tr("Reporting person:"), "reporter", self.reporter)
        self.category = PickLineEdit("walkInCategory", self.tr("Category"))
        self.errors.add_row(left, self.tr("Category:"), "category", self.category)
        self.location = PickLineEdit("walkInLocation", self.tr("Location"))
        self.errors.add_row(left, self.tr("Location:"), "location", self.location)
        self.errors.add_row(
            left, self.tr("When it happened:"), "occurred_at", self._when_row(), self.occurred
        )
        self.severity = self._combo("walkInSeverity", self.tr("Severity"), SEVERITIES)
        self.errors.add_row(left, self.tr("Severity:"), "severity", self.severity)
        return left

    def _combo(self, name: str, accessible: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value, label in choices:
            combo.addItem(vocabulary(label), value)
        return combo

    def _when_row(self) -> QWidget:
        self.occurred = WhenEdit()
        self.occurred.setObjectName("walkInOccurredAt")
        self.occurred.setAccessibleName(self.tr("When it happened"))
        self.occurred.problem.connect(self._when_problem)
        when_box = QWidget()
        when_row = QHBoxLayout(when_box)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.occurred, 1)
        # Out of the tab order (the fast path Tabs past them), reached by their Alt+letter.
        self.now_button = self._small_button(
            "walkInNowButton", self.tr("&Now"), self.tr("Set the time to now ({0})"), self._set_now
        )
        self.earlier_button = self._small_button(
            "walkInEarlierButton",
            self.tr("−1 h&our"),
            self.tr("One hour earlier ({0})"),
            lambda: self._shift_time(hours=-1),
        )
        self.yesterday_button = self._small_button(
            "walkInYesterdayButton",
            self.tr("&Yesterday"),
            self.tr("The same time a day earlier ({0})"),
            lambda: self._shift_time(days=-1),
        )
        for button in (self.now_button, self.earlier_button, self.yesterday_button):
            when_row.addWidget(button)
        return when_box

    @Slot(str)
    def _when_problem(self, message: str) -> None:
        """Said under the field as the user leaves it, without pulling the focus back."""
        if message:
            self.errors.show_message("occurred_at", message, focus=False)
        else:
            self.errors.hide_message("occurred_at")

    def _account_and_action(self) -> QFormLayout:
        """The right column: the account in the person's words, action taken, police."""
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.account = QPlainTextEdit()
        self.account.setObjectName("walkInAccount")
        self.account.setAccessibleName(self.tr("What happened, in the person's words"))
        self.account.setPlaceholderText(
            self.tr("What happened, where exactly, who was involved, what was taken or damaged…")
        )
        self.account.setTabChangesFocus(True)
        self.account.setMinimumHeight(240)
        self.errors.add_row(right, self.tr("Account:"), "account", self.account)
        self.action = QPlainTextEdit()
        self.action.setObjectName("walkInActionTaken")
        self.action.setAccessibleName(self.tr("Action taken"))
        self.action.setTabChangesFocus(True)
        self.action.setMaximumHeight(80)
        self.errors.add_row(right, self.tr("Action taken:"), "action_taken", self.action)
        self.errors.add_row(
            right, self.tr("Police:"), "police_reference", self._police_row(), self.police_reference
        )
        self.people = PeopleInvolved(self.session, runner=self.runner)
        self.errors.add_row(right, self.tr("Others involved:"), "people", self.people)
        return right

    def _police_row(self) -> QWidget:
        police_box = QWidget()
        police_row = QHBoxLayout(police_box)
        police_row.setContentsMargins(0, 0, 0, 0)
        self.police = QCheckBox(self.tr("Police notified"))
        self.police.setObjectName("walkInPoliceNotified")
        self.police_reference = QLineEdit()
        self.police_reference.setObjectName("walkInPoliceReference")
        self.police_reference.setAccessibleName(self.tr("Police reference"))
        self.police_reference.setPlaceholderText(self.tr("Their reference, if given"))
        self.police_reference.setEnabled(False)
        self.police.toggled.connect(self.police_reference.setEnabled)
        police_row.addWidget(self.police)
        police_row.addWidget(self.police_reference, 1)
        return police_box

    def _small_button(self, name: str, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard path skips the shortcuts
        shortcut = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(tip.format(shortcut))
        button.clicked.connect(slot)
        return button

    # ---- pick-lists and time -----------------------------------------------------------------
    def reload_picklists(self) -> None:
        picklists = PicklistService(self.session)
        self.category.set_choices([c.name for c in picklists.categories()])
        self.location.set_choices([loc.name for loc in picklists.locations()])

    @Slot()
    def _set_now(self) -> None:
        self.occurred.set_value(_minute(now_local()))

    def _shift_time(self, hours: int = 0, days: int = 0) -> None:
        current = self.occurred.value() or _minute(now_local())
        self.occurred.set_value(current + timedelta(hours=hours, days=days))

    # ---- reading and filling in ------------------------------------------------------------
    def report_input(self) -> ReportInput:
        """What the form holds; ValidationError when the time typed names no moment."""
        occurred_at = self.occurred.value()
        if occurred_at is None:
            raise ValidationError("occurred_at", self.occurred.message())
        return ReportInput(
            occurred_at=occurred_at,
            category=self.category.matching_choice(),
            location=self.location.matching_choice(),
            account=self.account.toPlainText(),
            severity=str(self.severity.currentData()),
            action_taken=self.action.toPlainText(),
            police_notified=self.police.isChecked(),
            police_reference=self.police_reference.text() if self.police.isChecked() else "",
            reporter_id=self.reporter.contact_id(),
            anonymous=self.reporter.anonymous.isChecked(),
            source=str(self.source.currentData()),
            people=self.people.inputs(),
        )

    def to_draft(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "reporter_id": self.reporter.contact_id(),
            "anonymous": self.reporter.anonymous.isChecked(),
            "category": self.category.text(),
            "location": self.location.text(),
            "occurred_at": when.isoformat() if (when := self.occurred.value()) else None,
            "occurred_text": self.occurred.text(),  # a bad value is kept as typed
            "severity": self.severity.currentData(),
            "account": self.account.toPlainText(),
            "action_taken": self.action.toPlainText(),
            "police_notified": self.police.isChecked(),
            "police_reference": self.police_reference.text(),
            "people": [
                [p.role, p.contact_id, p.name, p.description, shown]
                for p, shown in self.people.people
            ],
            "link_entry_id": self.link_entry_id,
        }

    def has_content(self) -> bool:
        """Anything typed or chosen that clearing would lose (the time and the combo boxes'
        defaults are not content)."""
        data = self.to_draft()
        typed = (
            self.reporter.search,
            self.people.picker.search,
            self.people.name,
            self.people.description,
        )
        return bool(
            data["account"].strip()
            or data["action_taken"].strip()
            or data["police_reference"].strip()
            or data["reporter_id"]
            or data["category"].strip()
            or data["location"].strip()
            or data["people"]
            or self.people.picker.contact is not None
            or any(edit.text().strip() for edit in typed)
        )

    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.clear_fields()
            index = self.source.findData(data.get("source", "walk_in"))
            self.source.setCurrentIndex(max(index, 0))
            if data.get("reporter_id"):
                with contextlib.suppress(ServiceError):
                    self.reporter.set_contact(self.reporter.service.get(int(data["reporter_id"])))
            self.reporter.anonymous.setChecked(bool(data.get("anonymous")))
            self.category.setText(str(data.get("category", "")))
            self.location.setText(str(data.get("location", "")))
            if data.get("occurred_at"):
                with contextlib.suppress(TypeError, ValueError):
                    self.occurred.set_value(datetime.fromisoformat(str(data["occurred_at"])))
            elif data.get("occurred_text"):
                self.occurred.setText(str(data["occurred_text"]))
            self.severity.setCurrentIndex(
                max(self.severity.findData(data.get("severity", "low")), 0)
            )
            self.account.setPlainText(str(data.get("account", "")))
            self.action.setPlainText(str(data.get("action_taken", "")))
            self.police.setChecked(bool(data.get("police_notified")))
            self.police_reference.setText(str(data.get("police_reference", "")))
            for role, contact_id, name, description, shown in data.get("people", []):
                self.people.append(PersonInput(role, contact_id, name, description), shown)
            self.link_entry_id = data.get("link_entry_id")
        finally:
            self._loading = False

    # ---- clearing and pre-filling ------------------------------------------------------------
    def clear_fields(self) -> None:
        self.source.setCurrentIndex(0)
        self.reporter.clear()
        self.category.clear()
        self.location.clear()
        self.severity.setCurrentIndex(0)
        self.account.clear()
        self.action.clear()
        self.police.setChecked(False)
        self.police_reference.clear()
        self.people.clear()
        self.errors.clear()
        self.link_entry_id = None

    def prefill_from_entry(self, entry: EntryRow) -> None:
        """An officer's 'incident observed' entry becomes a report, linked back when saved; the
        people met come in as witnesses (the commonest case; removed and added again in
        another role if not)."""
        self.clear_fields()
        self.source.setCurrentIndex(self.source.findData("officer"))
        self.location.setText(entry.location)
        self.occurred.set_value(_minute(entry.at))
        self.account.setPlainText(entry.observation)
        self.action.setPlainText(entry.action_taken)
        for contact_id, name in entry.people:
            self.people.add_contact("witness", contact_id, name)
        self.link_entry_id = entry.id
        self.category.setFocus()
