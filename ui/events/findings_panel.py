"""A lighting / safety walk's findings, site by site: add, correct, mark fixed (or reopen)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.picklists import LocationRow, PicklistService
from desktop_app.services.session import Session
from desktop_app.services.walk_findings import WALK_KIND, Finding, WalkFindingService
from ui.events.finding_columns import FINDING_COLUMNS
from ui.events.finding_dialog import FindingDialog
from ui.events.rows_model import ROW_ROLE, RowsModel
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.writes import submit_write


@dataclass(frozen=True)
class _Loaded:
    findings: list[Finding]
    places: list[LocationRow]


def finding_table(name: str, accessible: str, model: RowsModel[Finding]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line a finding; a long text is elided, shown in full on edit
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def selected_finding(table: QTableView) -> Finding | None:
    index = table.currentIndex()
    found = index.data(ROW_ROLE) if index.isValid() else None
    return found if isinstance(found, Finding) else None


class FindingsPanel(QWidget):
    title = QT_TRANSLATE_NOOP("FindingsPanel", "Findings")
    changed = Signal(int)
    loaded = Signal()

    @staticmethod
    def applies_to(kind: str) -> bool:
        return kind == WALK_KIND

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setAccessibleName(self.tr("Findings"))
        self.session, self.runner = session, runner
        self.service = WalkFindingService(session)
        self.picklists = PicklistService(session)
        self.event_id: int | None = None
        self.places: list[LocationRow] = []
        self.dialog: FindingDialog | None = None
        may_run = allowed(session.role, "event.run")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("findingsSummary")
        layout.addWidget(self.summary)
        self.model: RowsModel[Finding] = RowsModel(FINDING_COLUMNS, self)
        self.table = finding_table("findingsList", self.tr("Findings"), self.model)
        self.table.doubleClicked.connect(lambda _: self.edit_finding())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add finding…"))
        self.add_button.setObjectName("addFindingButton")
        self.add_button.clicked.connect(self.add_finding)
        self.edit_button = QPushButton(self.tr("&Correct…"))
        self.edit_button.setObjectName("editFindingButton")
        self.edit_button.clicked.connect(self.edit_finding)
        self.fixed_button = QPushButton(self.tr("Mark &fixed"))
        self.fixed_button.setObjectName("markFindingFixedButton")
        self.fixed_button.clicked.connect(self.toggle_fixed)
        for button in (self.add_button, self.edit_button, self.fixed_button):
            button.setVisible(may_run)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("findingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._enable()

    def load(self, event_id: int) -> None:
        self.event_id = event_id
        service, picklists = self.service, self.picklists
        self.runner.submit(
            "walk findings",
            lambda progress: _Loaded(service.findings(event_id), picklists.locations()),
            on_result=self._show,
            on_error=lambda exc: self.message.setText(str(exc)),
            owner=self,
        )

    def _show(self, loaded: _Loaded) -> None:
        self.places = loaded.places
        self.show_findings(loaded.findings)

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_rows(findings)
        still = sum(1 for f in findings if f.open)
        self.summary.setText(
            self.tr("{0} findings · {1} need fixing · {2} fixed").format(
                len(findings), still, sum(1 for f in findings if f.status == "fixed")
            )
        )
        self._enable()
        self.loaded.emit()

    def _enable(self) -> None:
        finding = selected_finding(self.table)
        self.edit_button.setEnabled(finding is not None)
        self.fixed_button.setEnabled(finding is not None and finding.status != "ok")
        reopen = finding is not None and finding.status == "fixed"
        self.fixed_button.setText(self.tr("&Reopen") if reopen else self.tr("Mark &fixed"))

    @Slot()
    def add_finding(self) -> None:
        self._open_dialog(None)

    @Slot()
    def edit_finding(self) -> None:
        finding = selected_finding(self.table)
        if finding is not None and self.add_button.isVisible():
            self._open_dialog(finding)

    def _open_dialog(self, finding: Finding | None) -> None:
        if self.event_id is None:
            return
        dialog = FindingDialog(self.session, self.runner, self.event_id, self.places, finding, self)
        dialog.accepted.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self) -> None:
        if self.event_id is not None:
            self.load(self.event_id)
            self.changed.emit(self.event_id)

    @Slot()
    def toggle_fixed(self) -> None:
        finding, service = selected_finding(self.table), self.service
        if finding is None:
            return
        fid = finding.id
        work = (
            (lambda: service.reopen(fid))
            if finding.status == "fixed"
            else (lambda: service.mark_fixed(fid))
        )
        submit_write(
            self.runner,
            "finding fixed",
            work,
            self,
            lambda _: self._saved(),
            lambda exc: self.message.setText(exc.message),
            lambda exc: self.message.setText(str(exc)),
        )
