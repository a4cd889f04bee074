"""The front desk's walk-in form: fast, keyboard-only, autosaved, ending in a printed receipt.
Ctrl+N and Clear form ask before throwing typing away."""

from __future__ import annotations

import html
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.reports import ReportDetail, ReportService
from desktop_app.services.session import Session
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.receipt_bar import ReceiptBar
from ui.widgets.walk_in_draft import DraftBanner, DraftKeeper
from ui.widgets.walk_in_fields import WalkInFields
from ui.writes import is_writing, submit_write


def open_document(path: str) -> bool:
    """Hand a PDF to the system viewer, from which it prints; False when none opened it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class WalkInForm(WalkInFields):
    saved = Signal(object)  # ReportDetail

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.setObjectName("walkInForm")
        self.reports = ReportService(session)
        self.last_saved: ReportDetail | None = None
        self.draft = DraftKeeper(session, runner, self._draft_snapshot, self)
        self.drafts = self.draft.drafts

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

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.draft_note = QLabel()
        self.draft_note.setObjectName("walkInDraftNote")
        buttons.addWidget(self.draft_note, 1)
        self.clear_button = QPushButton(self.tr("C&lear form"))
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
        """As the form reads: the left column top to bottom, then the right one, then the
        buttons (hidden widgets are skipped; the time buttons are reached by Alt+letter)."""
        reporter, people = self.reporter, self.people
        order = [
            self.source,
            reporter.search,
            reporter.new_button,
            reporter.anonymous,
            *reporter.new_fields(),
            self.category,
            self.location,
            self.occurred,
            self.severity,
            self.account,
            self.action,
            self.police,
            self.police_reference,
            people.role,
            people.picker.search,
            people.picker.new_button,
            *people.picker.new_fields(),
            people.name,
            people.description,
            people.add,
            self.save_button,  # before Clear form: the usual way out of the form
            self.clear_button,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _watch_edits(self) -> None:
        for signal in (
            self.source.currentIndexChanged,
            self.category.textEdited,
            self.location.textEdited,
            self.occurred.textChanged,
            self.severity.currentIndexChanged,
            self.account.textChanged,
            self.action.textChanged,
            self.police.toggled,
            self.police_reference.textEdited,
            self.reporter.changed,
            self.people.changed,
        ):
            signal.connect(self._edited)

    def _confirmation(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("walkInConfirmation")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        row = QHBoxLayout()
        column.addLayout(row)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("walkInSavedNumber")
        row.addWidget(self.saved_label, 1)
        self.receipt_button = QPushButton(self.tr("Print receipt"))
        self.receipt_button.setObjectName("printReceiptButton")
        self.receipt_button.clicked.connect(lambda: self.print_receipt(self.last_saved))
        row.addWidget(self.receipt_button)
        # A receipt no viewer opened is said on this same bar, with Print… and Save as…
        self.receipt_bar = ReceiptBar(embedded=True)
        column.addWidget(self.receipt_bar)
        frame.setVisible(False)
        return frame

    # ---- drafts ------------------------------------------------------------------------------
    @Slot()
    def _edited(self, *args: object) -> None:
        if not self._loading:
            self.draft.edited()
            self.confirmation.setVisible(False)

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

    # ---- save --------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Save on a worker, the form disabled meanwhile; then the receipt, or the mistakes at
        their fields with everything typed kept."""
        if is_writing(self):
            return
        self.errors.clear()
        self.people.message.setVisible(False)
        try:
            report, link = self.report_input(), self.link_entry_id  # read here: not on a worker
        except ValidationError as exc:  # a time typed that names no moment
            self._invalid(exc)
            return
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
        facts = [
            html.escape(t) for t in (detail.row.number, detail.row.category, detail.row.location)
        ]
        if detail.reporter_id is not None:
            said = self.tr("<b>Saved as {0}</b> — {1} at {2}. Give the person the receipt.")
        else:  # anonymous, or no one: nobody to hand it to, unless someone asks
            said = self.tr(
                "<b>Saved as {0}</b> — {1} at {2}. No reporting person: print a receipt only if "
                "someone asks for one."
            )
        self.saved_label.setText(said.format(*facts))
        self.confirmation.setVisible(True)
        self.receipt_bar.setVisible(False)
        self.receipt_button.setVisible(True)
        self.saved.emit(detail)
        if detail.reporter_id is not None:
            self.print_receipt(detail)
        self.reporter.search.setFocus()

    def print_receipt(self, detail: ReportDetail | None, bar: ReceiptBar | None = None) -> None:
        """Make the receipt on a worker and hand it to the system viewer; if none opens it, bar
        (default: the form's own) says so and offers Save as and Print."""
        if detail is None:
            return
        reports, number = self.reports, detail.row.number
        shown = bar if bar is not None else self.receipt_bar

        def made(path: str) -> None:
            if not open_document(path):
                shown.not_opened(Path(path), number)
                if shown is self.receipt_bar:  # Print… on the bar now: this would fail again
                    self.receipt_button.setVisible(False)

        def failed(exc: BaseException) -> None:
            show_error(
                self, self.tr("Receipt"), self.tr("The receipt could not be made: {0}").format(exc)
            )

        self.runner.submit(
            "receipt",
            lambda report: str(reports.save_receipt(detail.row.id)),
            on_result=made,
            on_error=failed,
        )

    # ---- clearing ----------------------------------------------------------------------------
    @Slot()
    def clear(self) -> bool:
        """Clear form: an empty (or just saved) form at once; typing only when the user says
        so. The draft goes either way: text typed and then deleted has left one behind, which
        would otherwise be offered at the next start. True when the form was cleared."""
        if self.has_content() and not self.confirm_clear():
            return False
        self.draft.discard()
        self.clear_fields()
        self._set_now()
        self.draft_note.clear()
        self.reporter.search.setFocus()
        return True

    def start_new(self) -> None:
        """Ctrl+N: an empty form with the time now, the focus on the reporting person; a
        half-filled one is kept unless the user says to clear it."""
        self.clear()
        self.reporter.search.setFocus()

    def confirm_clear(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Clear the form?"),
            self.tr(
                "This report has not been saved. Clear the form and lose what was typed in it?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("walkInClearQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter keeps the typing
        return box.exec() == QMessageBox.StandardButton.Yes.value
