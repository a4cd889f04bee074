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
            self.reports.detail.changed.connect(self._report_changed)
            self.pages.addTab(self.reports, self.tr("Reports"))
        if allowed(session.role, "patrol.write"):
            self.shift_log = ShiftLogPage(session, runner)
            self.shift_log.raise_report.connect(self.raise_report)
            self.shift_log.open_report.connect(self.open_report)
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

    def show_landing_page(self) -> None:
        """Where each role starts: officers on My shift (their queue beside it), the front desk
        on New report, managers on the report list."""
        order: list[QWidget | None]
        if self.session.role == "officer":
            order = [self.shift_log, self.reports]
        elif self.session.role == "front_desk":
            order = [self.walk_in, self.reports]
        else:
            order = [self.reports, self.shift_log]
        page = next((p for p in order if p is not None), None)
        if page is not None:
            self.pages.setCurrentWidget(page)

    @Slot(object)
    def _report_saved(self, detail: ReportDetail) -> None:
        if self.reports is not None:
            self.reports.reload()
        if self.shift_log is not None:
            self.shift_log.refresh()
            self.shift_log.queue.refresh()

    @Slot(object)
    def _report_changed(self, detail: ReportDetail) -> None:
        """Status, assignment or follow-up changed in the detail pane: the queue follows."""
        if self.shift_log is not None:
            self.shift_log.queue.refresh()

    @Slot(int)
    def open_report(self, report_id: int) -> None:
        """A report of the work queue, opened in the list's detail pane."""
        if self.reports is not None:
            self.pages.setCurrentWidget(self.reports)
            self.reports.show_report(report_id)

    def show_end_of_shift(self) -> None:
        if self.shift_log is not None:
            self.pages.setCurrentWidget(self.shift_log)
            self.shift_log.show_end_of_shift()

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
