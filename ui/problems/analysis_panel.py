"""SARA's Analysis on a problem's card: the linked reports (void ones struck through and not
counted), linked by number or picked from the place's reports, unlinked; the counts by category,
the weekday × time-of-day table, a chart by weekday, and the analysis notes."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.problems import BANDS, ProblemCard, ProblemService
from desktop_app.services.session import Session
from desktop_app.vocabulary import REPORT_STATUS_LABELS
from ui.i18n import grouped, vocabulary
from ui.problems.chart import DAYS, WeekdayChart
from ui.problems.common import message_label, read_only_table, say
from ui.problems.pick_reports import PickReportsDialog
from ui.tasks import TaskRunner
from ui.writes import submit_write

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AnalysisPanel(QWidget):
    changed = Signal()  # something was saved: the card reloads
    open_report = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemAnalysis")
        self.session, self.runner = session, runner
        self.service = ProblemService(session)
        self.card: ProblemCard | None = None
        may_act = allowed(session.role, "problem.act")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._reports_side(may_act))
        split.addWidget(self._figures_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)

    # ---- parts -------------------------------------------------------------------------------
    def _reports_side(self, may_act: bool) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.reports_title = QLabel(self.tr("<b>Linked reports</b>"))
        column.addWidget(self.reports_title)
        self.reports = read_only_table(
            "problemLinkedReports",
            [
                self.tr("Number"),
                self.tr("Occurred"),
                self.tr("Category"),
                self.tr("Place"),
                self.tr("Status"),
            ],
        )
        self.reports.setAccessibleName(self.tr("Linked reports"))
        for col, width in enumerate((115, 125, 140, 150)):
            self.reports.setColumnWidth(col, width)
        self.reports.itemActivated.connect(self._open)
        column.addWidget(self.reports, 1)
        link = QHBoxLayout()
        self.numbers = QLineEdit()
        self.numbers.setObjectName("problemLinkNumbers")
        self.numbers.setAccessibleName(self.tr("Report numbers to link"))
        self.numbers.setPlaceholderText(self.tr("Report numbers, e.g. WR-2026-00012 WR-2026-00015"))
        self.numbers.returnPressed.connect(self.link_numbers)
        self.link_button = self._button("problemLinkButton", self.tr("&Link"), self.link_numbers)
        self.pick_button = self._button(
            "problemPickReportsButton", self.tr("&Pick from the place…"), self.pick_reports
        )
        self.unlink_button = self._button(
            "problemUnlinkButton", self.tr("&Unlink"), self.unlink_current
        )
        for widget in (self.numbers, self.link_button, self.pick_button, self.unlink_button):
            link.addWidget(widget, 1 if widget is self.numbers else 0)
            widget.setVisible(may_act)
        column.addLayout(link)
        self.numbers_error = message_label("problemLinkNumbersError")
        self.numbers.textEdited.connect(lambda _: say(self.numbers_error, ""))
        column.addWidget(self.numbers_error)
        self.message = QLabel()
        self.message.setObjectName("problemAnalysisMessage")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        notes = QGroupBox(self.tr("Analysis notes"))
        box = QVBoxLayout(notes)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("problemAnalysisNotes")
        self.notes.setAccessibleName(self.tr("Analysis notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setReadOnly(not may_act)
        self.notes.setPlaceholderText(
            self.tr("Who is affected, when and why here: offenders, victims, the place.")
        )
        self.notes.setMaximumHeight(110)
        box.addWidget(self.notes)
        self.notes_error = message_label("problemAnalysisNotesError")
        box.addWidget(self.notes_error)
        self.save_notes_button = self._button(
            "problemSaveAnalysisButton", self.tr("Save &notes"), self.save_notes
        )
        self.save_notes_button.setVisible(may_act)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_notes_button)
        box.addLayout(row)
        column.addWidget(notes)
        return side

    def _figures_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.by_category = QLabel()
        self.by_category.setObjectName("problemByCategory")
        self.by_category.setWordWrap(True)
        column.addWidget(self.by_category)
        column.addWidget(QLabel(self.tr("<b>Day of the week × time of day</b> (office time)")))
        bands = [f"{a:02d}–{b:02d}" for a, b in BANDS]
        self.grid = read_only_table("problemWeekdayGrid", bands)
        self.grid.setAccessibleName(self.tr("Reports by day of the week and time of day"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setAlternatingRowColors(False)
        self.grid.setRowCount(7)
        self.grid.setVerticalHeaderLabels(
            [QCoreApplication.translate("WeekdayChart", d) for d in DAYS]
        )
        self.grid.verticalHeader().setVisible(True)
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.grid.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.grid.horizontalHeader().setMinimumSectionSize(36)
        column.addWidget(self.grid)
        self.chart = WeekdayChart()
        self.chart.setMaximumHeight(260)
        column.addWidget(self.chart, 1)
        column.addStretch(0)
        return side

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---- showing -----------------------------------------------------------------------------
    def show_card(self, card: ProblemCard) -> None:
        self.card = card
        counted = sum(1 for r in card.reports if r.status != "void")
        void = len(card.reports) - counted
        title = self.tr("<b>Linked reports</b> — {0} counted").format(counted)
        if void:
            title += self.tr(", {0} void (struck through, not counted)").format(void)
        self.reports_title.setText(title)
        self._fill_reports(card)
        a = card.analysis
        lines = [f"{cat}: {n}" for cat, n in a.by_category] or [self.tr("no reports yet")]
        self.by_category.setText(
            self.tr("<b>By category</b> ({0})<br>{1}").format(
                grouped(self.tr("%n report(s)", "", a.total), a.total), "<br>".join(lines)
            )
        )
        for day in range(7):
            for band in range(len(BANDS)):
                count = a.cell(day, band)
                item = QTableWidgetItem(str(count) if count else "·")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(day, band, item)
        self.chart.set_counts(
            tuple(sum(a.cell(day, band) for band in range(len(BANDS))) for day in range(7))
        )
        if not self.notes.document().isModified():
            self.notes.setPlainText(card.analysis_notes)

    def _fill_reports(self, card: ProblemCard) -> None:
        self.reports.setRowCount(len(card.reports))
        for row, report in enumerate(card.reports):
            void = report.status == "void"
            status = vocabulary(REPORT_STATUS_LABELS.get(report.status, report.status))
            if void:
                status = self.tr("{0} — not counted").format(status)
            texts = (
                report.number,
                report.occurred_at.strftime("%d %b %Y %H:%M"),
                report.category,
                report.location,
                status,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, report.id)
                if void:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.reports.setItem(row, col, item)

    def current_report_id(self) -> int | None:
        row = self.reports.currentRow()
        item = self.reports.item(row, 0) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    @Slot(QTableWidgetItem)
    def _open(self, item: QTableWidgetItem) -> None:
        self.open_report.emit(int(item.data(ID_ROLE)))

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: object, on_done: object, field_label: QLabel) -> None:
        say(self.message, "")
        submit_write(
            self.runner,
            name,
            work,  # type: ignore[arg-type]
            self,
            on_done,  # type: ignore[arg-type]
            lambda exc: say(field_label, exc.message),
            lambda exc: say(field_label, str(exc)),
        )

    @Slot()
    def link_numbers(self) -> None:
        numbers = [n for n in re.split(r"[\s,;]+", self.numbers.text()) if n]
        if self.card is None:
            return
        if not numbers:
            say(self.numbers_error, self.tr("Type one or more report numbers"))
            self.numbers.setFocus()
            return
        self.link(numbers, clear_field=True)

    def link(self, numbers: list[str], clear_field: bool = False) -> None:
        assert self.card is not None
        service, problem_id = self.service, self.card.row.id

        def done(new: int) -> None:
            if clear_field:
                self.numbers.clear()
            self.message.setText(grouped(self.tr("%n report(s) linked", "", new), new))
            self.changed.emit()

        self._write(
            "link reports",
            lambda: service.link_reports(problem_id, numbers),
            done,
            self.numbers_error,
        )

    @Slot()
    def pick_reports(self) -> None:
        if self.card is None:
            return
        if self.card.location_id is None:
            say(self.numbers_error, self.tr("The problem has no place: link reports by number"))
            return
        numbers = PickReportsDialog.ask(self.session, self.runner, self.card, self)
        if numbers:
            self.link(numbers)

    @Slot()
    def unlink_current(self) -> None:
        report_id = self.current_report_id()
        if self.card is None or report_id is None:
            say(self.numbers_error, self.tr("Choose a report in the list to unlink"))
            return
        service, problem_id = self.service, self.card.row.id

        def done(_: object) -> None:
            self.message.setText(self.tr("Report unlinked"))
            self.changed.emit()

        self._write(
            "unlink report",
            lambda: service.unlink_report(problem_id, report_id),
            done,
            self.numbers_error,
        )

    @Slot()
    def save_notes(self) -> None:
        if self.card is None:
            return
        service, problem_id, text = self.service, self.card.row.id, self.notes.toPlainText()

        def done(_: object) -> None:
            self.notes.document().setModified(False)
            self.message.setText(self.tr("Analysis notes saved"))
            self.changed.emit()

        self._write(
            "analysis notes",
            lambda: service.set_notes(problem_id, analysis=text),
            done,
            self.notes_error,
        )
