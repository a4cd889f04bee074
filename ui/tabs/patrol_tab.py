"""The Patrol Log tab: the front desk's walk-in form, the report list, shift logs, all entries."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.patrol import EntryRow
from desktop_app.services.permissions import allowed
from desktop_app.services.reports import ReportDetail
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.entry_browser import EntryBrowser
from ui.widgets.receipt_bar import ReceiptBar
from ui.widgets.report_browser import ReportBrowser
from ui.widgets.shift_browser import ShiftBrowser
from ui.widgets.shift_log import ShiftLogPage
from ui.widgets.walk_in_form import WalkInForm


class PatrolTab(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolTab")
        self.setAccessibleName(self.tr("Patrol Log"))
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.receipt_bar = ReceiptBar()  # a receipt printed from the list no viewer opened
        layout.addWidget(self.receipt_bar)
        self.pages = QTabWidget()
        self.pages.setObjectName("patrolPages")
        layout.addWidget(self.pages)
        self.walk_in: WalkInForm | None = None
        self.shift_log: ShiftLogPage | None = None
        self.entries: EntryBrowser | None = None
        if allowed(session.role, "report.create"):
            self.walk_in = WalkInForm(session, runner)
            self.walk_in.saved.connect(self._report_saved)
            self.pages.addTab(self.walk_in, self.tr("New report"))
        self.reports: ReportBrowser | None = None
        if allowed(session.role, "report.read") or allowed(session.role, "report.read_own"):
            self.reports = ReportBrowser(session, runner)
            self.reports.detail.print_requested.connect(self._print)
            self.pages.addTab(self.reports, self.tr("Reports"))
        if allowed(session.role, "patrol.write"):
            self.shift_log = ShiftLogPage(session, runner)
            self.shift_log.raise_report.connect(self.raise_report)
            self.pages.addTab(self.shift_log, self.tr("My shift"))
        if allowed(session.role, "patrol.read"):
            self.entries = EntryBrowser(session, runner)
            self.pages.addTab(self.entries, self.tr("Patrol entries"))
            self.past_shifts = ShiftBrowser(session)
            self.pages.addTab(self.past_shifts, self.tr("Past shifts"))
        if self.reports is not None:
            self.reports.reload()
        if self.pages.count() == 0:
            self.pages.setVisible(False)
            note = QLabel(
                self.tr(
                    "<h3>Nothing here for your role</h3><p>Reports and patrol logs are kept by "
                    "the front desk, officers and managers. As an administrator you look after "
                    "people's accounts and the office settings (Edit menu), backups (File menu) "
                    "and the audit trail (View menu).</p>"
                )
            )
            note.setObjectName("patrolNothingForRole")
            note.setWordWrap(True)
            note.setContentsMargins(32, 24, 32, 24)
            layout.addWidget(note)
            layout.addStretch(1)

    @Slot(object)
    def _report_saved(self, detail: ReportDetail) -> None:
        if self.reports is not None:
            self.reports.reload()
        if self.shift_log is not None:
            self.shift_log.refresh()

    @Slot(object)
    def _print(self, detail: ReportDetail | None) -> None:
        if self.walk_in is not None:
            self.walk_in.print_receipt(detail, self.receipt_bar)

    @Slot(object)
    def raise_report(self, entry: EntryRow) -> None:
        """From an 'incident observed' entry to a pre-filled report, linked back when saved."""
        if self.walk_in is None:
            return
        self.walk_in.prefill_from_entry(entry)
        self.pages.setCurrentWidget(self.walk_in)
