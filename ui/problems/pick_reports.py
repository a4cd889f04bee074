"""Pick reports to link to a problem from the list of reports at its place in a period (the
report list's own search, read off the GUI thread); those linked already are marked."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.problems import ProblemCard
from desktop_app.services.reports import ReportFilter, ReportRow, ReportService
from desktop_app.services.session import Session
from desktop_app.vocabulary import REPORT_STATUS_LABELS
from ui.forms import enter_presses
from ui.i18n import grouped, vocabulary
from ui.problems.common import date_edit, pydate, read_only_table
from ui.tasks import TaskRunner

LIMIT = 500  # a place's reports in a period: more would be a sign to narrow the period
LOOK_BACK = 180  # days before the problem was identified the list starts at


class PickReportsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        card: ProblemCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickReportsDialog")
        self.setWindowTitle(self.tr("Reports at {0}").format(card.row.location))
        self.reports = ReportService(session)
        self.runner = runner
        self.location_id = card.location_id
        self.linked = {r.number for r in card.reports}
        self.rows: list[ReportRow] = []
        self.chosen: list[str] = []
        layout = QVBoxLayout(self)
        period = QHBoxLayout()
        today = now_local().date()
        self.date_from = date_edit(
            "pickReportsFrom",
            self.tr("From"),
            card.row.identified_on - timedelta(days=LOOK_BACK),
        )
        self.date_to = date_edit("pickReportsTo", self.tr("To"), today)
        for text, edit in ((self.tr("&From:"), self.date_from), (self.tr("&To:"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
            edit.dateChanged.connect(lambda _: self.reload())
        self.count = QLabel(self.tr("Loading…"))
        self.count.setObjectName("pickReportsCount")
        period.addWidget(self.count, 1)
        layout.addLayout(period)
        self.table = read_only_table(
            "pickReportsList",
            [
                self.tr("Number"),
                self.tr("Occurred"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Summary"),
            ],
        )
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        for col, width in enumerate((150, 130, 150, 110)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "Tick the reports that belong to the problem (Space ticks the current one); "
                "those linked already are ticked and greyed."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = buttons.addButton(
            self.tr("&Link ticked reports"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setObjectName("pickReportsLinkButton")
        buttons.accepted.connect(self._link)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        enter_presses(self, self.link_button)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        flt = ReportFilter(
            date_from=pydate(self.date_from),
            date_to=pydate(self.date_to),
            location_id=self.location_id,
        )
        reports = self.reports
        self.count.setText(self.tr("Loading…"))
        self.runner.submit(
            "reports at a place",
            lambda progress: reports.list(flt, limit=LIMIT, sort="occurred_at")[0],
            self._show,
            lambda exc: self.count.setText(str(exc)),
            owner=self,
        )

    def _show(self, rows: list[ReportRow]) -> None:
        self.rows = rows
        self.count.setText(grouped(self.tr("%n report(s)", "", len(rows)), len(rows)))
        self.table.setRowCount(len(rows))
        for row, report in enumerate(rows):
            texts = (
                report.number,
                report.occurred_at.strftime("%d %b %Y %H:%M"),
                report.category,
                vocabulary(REPORT_STATUS_LABELS.get(report.status, report.status)),
                report.summary,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col == 0:
                    linked = report.number in self.linked
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if not linked and report.status != "void":
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags)
                    item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
                if report.number in self.linked:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)

    def _number_items(self) -> list[QTableWidgetItem]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item for item in items if item is not None]

    def tick(self, number: str) -> None:
        """Tick a report by its number (what Space on its row does)."""
        for item in self._number_items():
            if item.text() == number and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def ticked(self) -> list[str]:
        return [
            item.text()
            for item in self._number_items()
            if item.checkState() == Qt.CheckState.Checked and item.text() not in self.linked
        ]

    @Slot()
    def _link(self) -> None:
        self.chosen = self.ticked()
        if not self.chosen:
            self.count.setText(self.tr("Tick at least one report to link"))
            return
        self.accept()

    @classmethod
    def ask(
        cls, session: Session, runner: TaskRunner, card: ProblemCard, parent: QWidget | None
    ) -> list[str]:
        """The numbers of the reports ticked, [] when cancelled."""
        dialog = cls(session, runner, card, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen if accepted else []
