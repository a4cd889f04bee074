"""All reports: filters, a sortable list fetched page by page, and the detail pane beside it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import (
    NUMBER_IN_TEXT,
    ReportCursor,
    ReportDetail,
    ReportFilter,
    ReportRow,
    ReportService,
)
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from desktop_app.vocabulary import REPORT_STATUS_LABELS
from ui.i18n import grouped, vocabulary
from ui.models.report_table_model import COLUMNS, WIDTHS, ReportTableModel
from ui.models.work_queue_model import OVERDUE_COLOUR
from ui.tasks import TaskRunner
from ui.widgets.filters import NO_DATE, any_day_edit, day_or_none, filter_combo, list_table
from ui.widgets.report_detail import ReportDetailPane

PAGE = 200
UNASSIGNED = "unassigned"  # the "Assigned to" choice of reports no one has
OPEN = "open"  # the "Status" choice of reports still open (new or in progress)


class SortableReportModel(ReportTableModel):
    """Clicking a header asks the browser to re-query in that order (the database sorts)."""

    def __init__(self, browser: ReportBrowser) -> None:
        super().__init__(browser, browser.runner)
        self.browser = browser

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
        if key:
            self.browser.set_sort(key, order == Qt.SortOrder.DescendingOrder)


class ReportBrowser(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportBrowser")
        self.session = session
        self.runner = runner
        self.reports = ReportService(session)
        self.sort_key, self.descending = "received_at", True
        self._ready = False  # enabling sorting asks for a sort before the widgets exist
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        bar = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("reportFilterText")
        self.text.setAccessibleName(self.tr("Search reports"))
        self.text.setPlaceholderText(self.tr("Search text, name or place — or type a number WR-…"))
        self.text.setClearButtonEnabled(True)
        bar.addWidget(self.text, 3)
        self.category = filter_combo("reportFilterCategory", self.tr("Category"))
        self.status = filter_combo("reportFilterStatus", self.tr("Status"))
        self.zone = filter_combo("reportFilterZone", self.tr("Zone"))
        self.officer = filter_combo("reportFilterOfficer", self.tr("Assigned to"))
        for combo in (self.category, self.status, self.zone):
            bar.addWidget(combo, 1)
        assigned_label = QLabel(self.tr("Assigned to:"))
        assigned_label.setBuddy(self.officer)
        bar.addWidget(assigned_label)
        bar.addWidget(self.officer, 1)
        layout.addLayout(bar)
        bar2 = QHBoxLayout()
        bar2.addWidget(QLabel(self.tr("Happened from")))
        self.date_from = any_day_edit("reportFilterFrom")
        bar2.addWidget(self.date_from)
        bar2.addWidget(QLabel(self.tr("to")))
        self.date_to = any_day_edit("reportFilterTo")
        bar2.addWidget(self.date_to)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("reportFilterClear")
        self.clear_button.clicked.connect(self.clear_filters)
        bar2.addWidget(self.clear_button)
        bar2.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("reportCount")
        bar2.addWidget(self.count)
        layout.addLayout(bar2)
        # A list opened from elsewhere (the Today page): what the filters can say is set in
        # them; what they cannot ("taken since yesterday") is kept here and said in the label.
        # Clear filters ends it.
        self.preset: ReportFilter | None = None
        self.preset_label = QLabel()
        self.preset_label.setObjectName("reportPreset")
        self.preset_label.setVisible(False)
        layout.addWidget(self.preset_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = SortableReportModel(self)
        self.table = list_table("reportTable", self.model, WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.failed.connect(
            lambda exc: self.count.setText(self.tr("The list could not be read; see the log"))
        )
        splitter.addWidget(self.table)
        self.detail = ReportDetailPane(session, runner)
        self.detail.changed.connect(self._changed)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([810, 450])  # the detail's handling box needs ~440
        layout.addWidget(splitter, 1)
        self.legend = QLabel(
            self.tr(
                "<b>Bold</b>: urgent. <s>Struck through</s>, grey: void (kept on record). "
                '<span style="color:{0}">Dark red, "Overdue"</span>: the follow-up date has '
                "passed and the report is still open."
            ).format(OVERDUE_COLOUR.name())
        )
        self.legend.setObjectName("reportLegend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(self._text_changed)
        for combo in (self.category, self.status, self.zone, self.officer):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._filters_changed)
        self.reload_picklists()
        self._ready = True

    def reload_picklists(self) -> None:
        picklists = PicklistService(self.session)
        blocked = [
            w.blockSignals(True) for w in (self.category, self.status, self.zone, self.officer)
        ]
        for combo, label in (
            (self.category, self.tr("All categories")),
            (self.status, self.tr("Any status")),
            (self.zone, self.tr("All zones")),
            (self.officer, self.tr("anyone")),
        ):
            combo.clear()
            combo.addItem(label, None)
        if allowed(self.session.role, "report.update_assigned"):  # those reports are given to
            self.officer.addItem(self.tr("me"), self.session.user_id)
        self.officer.addItem(self.tr("unassigned"), UNASSIGNED)
        self.status.addItem(self.tr("open (new or in progress)"), OPEN)
        for cat in picklists.categories(include_inactive=True):
            self.category.addItem(cat.name, cat.id)
        for value, label in REPORT_STATUS_LABELS.items():
            self.status.addItem(vocabulary(label), value)
        for zone in picklists.zones(include_inactive=True):
            self.zone.addItem(zone.name, zone.id)
        if allowed(self.session.role, "user.read"):
            for user in UserService(self.session).officers():
                if user.id != self.session.user_id:
                    self.officer.addItem(user.display_name, user.id)
        for widget, was in zip(
            (self.category, self.status, self.zone, self.officer), blocked, strict=True
        ):
            widget.blockSignals(was)

    # ---- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> ReportFilter:
        assigned, status = self.officer.currentData(), self.status.currentData()
        preset = self.preset or ReportFilter()
        return ReportFilter(
            date_from=day_or_none(self.date_from),
            date_to=day_or_none(self.date_to),
            category_id=self.category.currentData(),
            status=None if status == OPEN else status,
            zone_id=self.zone.currentData(),
            assigned_officer_id=None if assigned == UNASSIGNED else assigned,
            text=self.text.text(),
            unassigned=assigned == UNASSIGNED,
            open_only=status == OPEN,
            received_since=preset.received_since,
            location_id=preset.location_id,
        )

    def show_preset(self, flt: ReportFilter, caption: str) -> None:
        """Show the reports flt lets through, caption above the list. What the filters can say
        is set in them, so changing one (choosing an officer instead of "unassigned") replaces
        that condition; the rest stays until Clear filters."""
        hidden = ReportFilter(received_since=flt.received_since, location_id=flt.location_id)
        self.preset = hidden if hidden != ReportFilter() else None
        self.preset_label.setText(
            self.tr("Showing: {0}. Clear filters to see every report.").format(caption)
        )
        self.preset_label.setVisible(True)
        self._set_controls(flt)
        self.reload()

    @Slot()
    def clear_filters(self) -> None:
        self.preset = None
        self.preset_label.setVisible(False)
        self._set_controls(ReportFilter())
        self.reload()

    def _set_controls(self, flt: ReportFilter) -> None:
        """The filter controls set to what flt says, without a reload for each."""
        controls = (self.text, self.category, self.status, self.zone, self.officer)
        dates = (self.date_from, self.date_to)
        blocked = [w.blockSignals(True) for w in (*controls, *dates)]
        self.text.setText(flt.text)
        officer = UNASSIGNED if flt.unassigned else flt.assigned_officer_id
        for combo, value in (
            (self.category, flt.category_id),
            (self.status, OPEN if flt.open_only else flt.status),
            (self.zone, flt.zone_id),
            (self.officer, officer),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        for edit, day in zip(dates, (flt.date_from, flt.date_to), strict=True):
            edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
        for widget, was in zip((*controls, *dates), blocked, strict=True):
            widget.blockSignals(was)

    @Slot()
    def _filters_changed(self) -> None:
        if self.preset is None:  # the filters now say all the list shows
            self.preset_label.setVisible(False)
        self.reload()

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        if self.preset is None:
            self.preset_label.setVisible(False)
        if NUMBER_IN_TEXT.search(text):
            self.jump_to_number(text)
        self._debounce.start()

    def jump_to_number(self, text: str) -> bool:
        """A report number typed anywhere in the search box opens that report at once."""
        report_id = self.reports.find_number(text)
        if report_id is None:
            return False
        self.detail.show_detail(self.reports.get(report_id))
        return True

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        if self._ready:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Count and first page in one background task, once the filter has settled (typing
        waits for a pause); later pages as the list scrolls."""
        self._debounce.stop()
        flt, key, desc = self.current_filter(), self.sort_key, self.descending
        number = NUMBER_IN_TEXT.search(flt.text)
        if number:  # a number narrows the list to that report
            flt = ReportFilter(text=number.group(0))
        reports = self.reports

        def fetch(cursor: ReportCursor | None) -> tuple[list[ReportRow], ReportCursor | None]:
            return reports.list(flt, after=cursor, limit=PAGE, sort=key, descending=desc)

        def done(total: int) -> None:
            self.count.setText(grouped(self.tr("%n report(s)", "", total), total))
            if number and self.model.row_total:
                self.table.selectRow(0)

        self.count.setText(self.tr("Searching…"))
        self.model.load(fetch, extra=lambda: reports.count(flt), done=done)

    # ---- selection and changes ---------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.detail.show_detail(self.reports.get(row.id))

    @Slot(object)
    def _changed(self, detail: ReportDetail) -> None:
        index = self.model.find_row(lambda row: row.id == detail.row.id)
        if index is not None:
            self.model.replace_row(index, detail.row)

    def show_report(self, report_id: int) -> None:
        self.detail.show_detail(self.reports.get(report_id))
