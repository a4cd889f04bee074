"""The Patrol Log tab: the front desk's walk-in form, the report list, shift logs, all entries."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.patrol import EntryRow
from desktop_app.services.permissions import allowed
from desktop_app.services.reports import ReportDetail
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.entry_browser import EntryBrowser
from ui.widgets.lazy_tabs import LazyTabs
from ui.widgets.receipt_bar import ReceiptBar
from ui.widgets.report_browser import ReportBrowser
from ui.widgets.shift_browser import ShiftBrowser
from ui.widgets.shift_log import ShiftLogPage
from ui.widgets.walk_in_form import WalkInForm


class PatrolTab(QWidget):
    """The pages a role may use, each built when first opened (see LazyTabs): the window starts
    with the role's landing page alone. walk_in, reports, shift_log, entries and past_shifts
    give a page, built if need be, or None when the role has no such page."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolTab")
        self.setAccessibleName(self.tr("Patrol Log"))
        self.session = session
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.receipt_bar = ReceiptBar()  # a receipt printed from the list no viewer opened
        layout.addWidget(self.receipt_bar)
        self.pages = QTabWidget()
        self.pages.setObjectName("patrolPages")
        layout.addWidget(self.pages)
        self.lazy = LazyTabs(self.pages)
        role = session.role
        if allowed(role, "report.create"):
            self.lazy.add("walk_in", self.tr("New report"), self._make_walk_in)
        if allowed(role, "report.read") or allowed(role, "report.read_own"):
            self.lazy.add("reports", self.tr("Reports"), self._make_reports)
        if allowed(role, "patrol.write"):
            self.lazy.add("shift_log", self.tr("My shift"), self._make_shift_log)
        if allowed(role, "patrol.read"):
            self.lazy.add(
                "entries", self.tr("Patrol entries"), lambda: EntryBrowser(session, runner)
            )
            self.lazy.add("past_shifts", self.tr("Past shifts"), lambda: ShiftBrowser(session))
        if self.pages.count() == 0:
            self._nothing_for_role(layout)
        self.show_landing_page()

    def _nothing_for_role(self, layout: QVBoxLayout) -> None:
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

    # ---- the pages, made when first opened ---------------------------------------------------
    def _make_walk_in(self) -> WalkInForm:
        page = WalkInForm(self.session, self.runner)
        page.saved.connect(self._report_saved)
        return page

    def _make_reports(self) -> ReportBrowser:
        page = ReportBrowser(self.session, self.runner)
        page.detail.print_requested.connect(self._print)
        page.detail.changed.connect(self._report_changed)
        page.reload()  # the first page is read on a worker while the window builds and shows
        return page

    def _make_shift_log(self) -> ShiftLogPage:
        page = ShiftLogPage(self.session, self.runner)
        page.raise_report.connect(self.raise_report)
        page.open_report.connect(self.open_report)
        return page

    def _page(self, name: str) -> Any:
        return self.lazy.page(name) if self.lazy.has(name) else None

    @property
    def walk_in(self) -> WalkInForm | None:
        return cast(WalkInForm | None, self._page("walk_in"))

    @property
    def reports(self) -> ReportBrowser | None:
        return cast(ReportBrowser | None, self._page("reports"))

    @property
    def shift_log(self) -> ShiftLogPage | None:
        return cast(ShiftLogPage | None, self._page("shift_log"))

    @property
    def entries(self) -> EntryBrowser | None:
        return cast(EntryBrowser | None, self._page("entries"))

    @property
    def past_shifts(self) -> ShiftBrowser | None:
        return cast(ShiftBrowser | None, self._page("past_shifts"))

    def has_page(self, name: str) -> bool:
        """Does the role have this page (walk_in, reports, …), built or not?"""
        return self.lazy.has(name)

    def show_landing_page(self) -> None:
        """Where each role starts: officers on My shift (their queue beside it), the front desk
        on New report, managers on the report list. Only that page is built."""
        if self.session.role == "officer":
            order = ["shift_log", "reports"]
        elif self.session.role == "front_desk":
            order = ["walk_in", "reports"]
        else:
            order = ["reports", "shift_log"]
        name = next((n for n in order if self.lazy.has(n)), None) or next(
            iter(self.lazy.names()), None
        )
        if name is not None:
            self.lazy.show(name)

    @Slot(object)
    def _report_saved(self, detail: ReportDetail) -> None:
        """The pages already open follow; the others read the database when first opened."""
        reports = self.lazy.built("reports")
        if isinstance(reports, ReportBrowser):
            reports.reload()
        shift_log = self.lazy.built("shift_log")
        if isinstance(shift_log, ShiftLogPage):
            shift_log.refresh()
            shift_log.queue.refresh()

    @Slot(object)
    def _report_changed(self, detail: ReportDetail) -> None:
        """Status, assignment or follow-up changed in the detail pane: the queue follows."""
        shift_log = self.lazy.built("shift_log")
        if isinstance(shift_log, ShiftLogPage):
            shift_log.queue.refresh()

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
