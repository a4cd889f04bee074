"""The front desk's walk-in form: fast, keyboard-only, autosaved, ending in a printed receipt."""

from __future__ import annotations

import contextlib
import html
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
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
from desktop_app.services.reports import PersonInput, ReportDetail, ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.vocabulary import REPORT_SOURCE_LABELS, SEVERITY_LABELS
from ui.errors import show_error
from ui.forms import FieldErrors, qt_datetime
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.people_involved import PeopleInvolved
from ui.widgets.pick_line import PickLineEdit
from ui.widgets.walk_in_draft import DraftBanner, DraftKeeper
from ui.writes import is_writing, submit_write

SOURCES = tuple(REPORT_SOURCE_LABELS.items())
SEVERITIES = tuple(SEVERITY_LABELS.items())


def open_document(path: str) -> None:
    """Hand a PDF to the system viewer, from which it prints (patched in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


class WalkInForm(QWidget):
    saved = Signal(object)  # ReportDetail

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInForm")
        self.session = session
        self.runner = runner
        self.reports = ReportService(session)
        self.link_entry_id: int | None = None
        self._loading = False
        self.last_saved: ReportDetail | None = None
        self.draft = DraftKeeper(session, runner, self._draft_snapshot, self)
        self.drafts = self.draft.drafts
        self.errors = FieldErrors()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.banner = DraftBanner()
        self.banner_text = self.banner.text
        self.banner.restore_clicked.connect(self.restore_draft)
        self.banner.discard_clicked.connect(self.discard_draft)
        outer.addWidget(self.banner)
        self.confirmation = self._confirmation()
        outer.addWidget(self.confirmation)
        outer.addWidget(self._body(), 1)
        outer.addLayout(self._buttons())
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._set_tab_order()
        self.draft.kept.connect(
            lambda at: self.draft_note.setText(self.tr("Draft kept at {0}").format(at))
        )
        self._watch_edits()
        self.reload_picklists()
        self._set_now()
        self.offer_draft()

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
        scroll.setWidget(body)
        return scroll

    def _who_and_what(self) -> QFormLayout:
        """The left column: how it came in, who reports, category, place, time, severity."""
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
        self.people = PeopleInvolved(self.session, runner=self.runner)
        self.errors.add_row(left, self.tr("Others involved:"), "people", self.people)
        return left

    def _combo(self, name: str, accessible: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value, label in choices:
            combo.addItem(self.tr(label), value)
        return combo

    def _when_row(self) -> QWidget:
        self.occurred = QDateTimeEdit()
        self.occurred.setObjectName("walkInOccurredAt")
        self.occurred.setAccessibleName(self.tr("When it happened"))
        self.occurred.setDisplayFormat("dd MMM yyyy  HH:mm")
        self.occurred.setCalendarPopup(True)
        when_box = QWidget()
        when_row = QHBoxLayout(when_box)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.occurred, 1)
        self.now_button = self._small_button("walkInNowButton", self.tr("Now"), self._set_now)
        self.earlier_button = self._small_button(
            "walkInEarlierButton", self.tr("−1 hour"), lambda: self._shift_time(hours=-1)
        )
        self.yesterday_button = self._small_button(
            "walkInYesterdayButton", self.tr("Yesterday"), lambda: self._shift_time(days=-1)
        )
        for button in (self.now_button, self.earlier_button, self.yesterday_button):
            when_row.addWidget(button)
        return when_box

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

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.draft_note = QLabel()
        self.draft_note.setObjectName("walkInDraftNote")
        buttons.addWidget(self.draft_note, 1)
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.setObjectName("clearReportButton")
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save report"))
        self.save_button.setObjectName("saveReportButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and print the receipt (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.source, self.reporter.search)
        order = [
            self.reporter.search,
            self.reporter.new_button,
            self.reporter.anonymous,
            self.category,
            self.location,
            self.occurred,
            self.severity,
            self.account,
            self.action,
            self.police,
            self.police_reference,
            self.people.role,
            self.people.picker.search,
            self.people.name,
            self.people.description,
            self.people.add,
            self.save_button,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _watch_edits(self) -> None:
        for signal in (
            self.source.currentIndexChanged,
            self.category.textEdited,
            self.location.textEdited,
            self.occurred.dateTimeChanged,
            self.severity.currentIndexChanged,
            self.account.textChanged,
            self.action.textChanged,
            self.police.toggled,
            self.police_reference.textEdited,
            self.reporter.changed,
            self.people.changed,
        ):
            signal.connect(self._edited)

    def _small_button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard path skips the shortcuts
        button.clicked.connect(slot)
        return button

    def _confirmation(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("walkInConfirmation")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("walkInSavedNumber")
        row.addWidget(self.saved_label, 1)
        self.receipt_button = QPushButton(self.tr("Print receipt"))
        self.receipt_button.setObjectName("printReceiptButton")
        self.receipt_button.clicked.connect(lambda: self.print_receipt(self.last_saved))
        row.addWidget(self.receipt_button)
        frame.setVisible(False)
        return frame

    # ---- pick-lists and time -----------------------------------------------------------------
    def reload_picklists(self) -> None:
        picklists = PicklistService(self.session)
        self.category.set_choices([c.name for c in picklists.categories()])
        self.location.set_choices([loc.name for loc in picklists.locations()])

    @Slot()
    def _set_now(self) -> None:
        self.occurred.setDateTime(_to_qt(now_local()))

    def _shift_time(self, hours: int = 0, days: int = 0) -> None:
        current = qt_datetime(self.occurred.dateTime())
        self.occurred.setDateTime(_to_qt(current + timedelta(hours=hours, days=days)))

    # ---- drafts ------------------------------------------------------------------------------
    @Slot()
    def _edited(self, *args: object) -> None:
        if not self._loading:
            self.draft.edited()
            self.confirmation.setVisible(False)

    def to_draft(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "reporter_id": self.reporter.contact_id(),
            "anonymous": self.reporter.anonymous.isChecked(),
            "category": self.category.text(),
            "location": self.location.text(),
            "occurred_at": qt_datetime(self.occurred.dateTime()).isoformat(),
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
        data = self.to_draft()
        return bool(
            data["account"].strip()
            or data["reporter_id"]
            or data["category"].strip()
            or data["location"].strip()
            or data["people"]
        )

    def _draft_snapshot(self) -> dict[str, Any] | None:
        return self.to_draft() if self.has_content() else None

    @Slot()
    def save_draft(self) -> None:
        """Keep what is typed now (on a worker; the form stays in use)."""
        self.draft.save_now()

    def offer_draft(self) -> None:
        self.banner.offer(self.draft.load())

    @Slot()
    def restore_draft(self) -> None:
        draft = self.draft.load()
        self.banner.setVisible(False)
        if draft is not None:
            self.load(draft.data)

    @Slot()
    def discard_draft(self) -> None:
        self.draft.discard()
        self.banner.setVisible(False)

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
            with contextlib.suppress(TypeError, ValueError):
                self.occurred.setDateTime(_to_qt(datetime.fromisoformat(str(data["occurred_at"]))))
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

    # ---- save --------------------------------------------------------------------------------
    def report_input(self) -> ReportInput:
        return ReportInput(
            occurred_at=qt_datetime(self.occurred.dateTime()),
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

    @Slot()
    def save(self) -> None:
        """Save on a worker, the form disabled meanwhile; then the receipt, or the mistakes at
        their fields with everything typed kept."""
        if is_writing(self):
            return
        self.errors.clear()
        self.people.message.setVisible(False)
        report, link = self.report_input(), self.link_entry_id  # read here: the worker can't
        reports, discard_draft = self.reports, self.draft.ordered_discard()

        def work() -> ReportDetail:
            detail = reports.create(report, link)
            discard_draft()
            return detail

        submit_write(self.runner, "save report", work, self, self._saved, self._invalid)

    def _invalid(self, exc: ValidationError) -> None:
        self.errors.show(exc)
        for error in getattr(exc, "errors", [exc]):
            if error.field.startswith("people"):
                self.people.show_error(error.message)
        self.draft.edited()  # not saved: keep the draft going

    def _saved(self, detail: ReportDetail) -> None:
        self.last_saved = detail
        self.clear_fields()
        self.draft.stop()
        self._set_now()
        self.draft_note.clear()
        self.saved_label.setText(
            self.tr("<b>Saved as {0}</b> — {1} at {2}. Give the person the receipt.").format(
                *(
                    html.escape(t)
                    for t in (detail.row.number, detail.row.category, detail.row.location)
                )
            )
        )
        self.confirmation.setVisible(True)
        self.saved.emit(detail)
        self.print_receipt(detail)
        self.reporter.search.setFocus()

    def print_receipt(self, detail: ReportDetail | None) -> None:
        if detail is None:
            return
        reports = self.reports

        def failed(exc: BaseException) -> None:
            show_error(
                self, self.tr("Receipt"), self.tr("The receipt could not be made: {0}").format(exc)
            )

        self.runner.submit(
            "receipt",
            lambda report: str(reports.save_receipt(detail.row.id)),
            on_result=open_document,
            on_error=failed,
        )

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

    @Slot()
    def clear(self) -> None:
        self.clear_fields()
        self._set_now()
        self.draft.discard()
        self.draft_note.clear()

    def prefill_from_entry(self, entry: EntryRow) -> None:
        """An officer's 'incident observed' entry becomes a report, linked back when saved."""
        self.clear_fields()
        self.source.setCurrentIndex(self.source.findData("officer"))
        self.location.setText(entry.location)
        self.occurred.setDateTime(_to_qt(entry.at))
        self.account.setPlainText(entry.observation)
        self.action.setPlainText(entry.action_taken)
        self.link_entry_id = entry.id
        self.category.setFocus()
