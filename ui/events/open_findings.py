"""Open findings across every lighting / safety walk, the oldest walk first: what still needs
fixing, where, and since when; mark one fixed, or open its walk."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from desktop_app.services.walk_findings import Finding, WalkFindingService
from ui.events.finding_columns import OPEN_FINDING_COLUMNS
from ui.events.findings_panel import finding_table, selected_finding
from ui.events.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.writes import submit_write


class OpenFindingsDialog(QDialog):
    """Open with OpenFindingsDialog(session, runner, parent).show(); it loads itself."""

    open_event = Signal(int)  # the walk of the chosen finding
    changed = Signal(int)  # a finding of this walk was marked fixed
    loaded = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFindingsDialog")
        self.setWindowTitle(self.tr("Open findings of the safety walks"))
        self.service = WalkFindingService(session)
        self.runner = runner
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("openFindingsSummary")
        layout.addWidget(self.summary)
        self.model: RowsModel[Finding] = RowsModel(OPEN_FINDING_COLUMNS, self)
        self.table = finding_table("openFindingsList", self.tr("Open findings"), self.model)
        self.table.doubleClicked.connect(lambda _: self.open_walk())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.fixed_button = QPushButton(self.tr("Mark &fixed"))
        self.fixed_button.setObjectName("openFindingFixedButton")
        self.fixed_button.clicked.connect(self.mark_fixed)
        self.fixed_button.setVisible(allowed(session.role, "event.run"))
        self.walk_button = QPushButton(self.tr("Open the &walk"))
        self.walk_button.setObjectName("openFindingWalkButton")
        self.walk_button.clicked.connect(self.open_walk)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        for button in (self.fixed_button, self.walk_button, close):
            button.setAutoDefault(False)
        row.addWidget(self.fixed_button)
        row.addWidget(self.walk_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("openFindingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.resize(1000, 520)
        self.load()

    def load(self) -> None:
        service = self.service
        self.runner.submit(
            "open findings",
            lambda progress: service.open_findings(),
            on_result=self.show_findings,
            on_error=lambda exc: self.message.setText(str(exc)),
            owner=self,
        )

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_rows(findings)
        walks = len({f.event_id for f in findings})
        self.summary.setText(
            self.tr("{0} findings still need fixing, from {1} walks (the oldest first).").format(
                len(findings), walks
            )
            if findings
            else self.tr("Every finding of every walk is fixed or OK.")
        )
        if findings:
            self.table.selectRow(0)
        self.loaded.emit()

    @Slot()
    def mark_fixed(self) -> None:
        finding, service = selected_finding(self.table), self.service
        if finding is None:
            return
        fid, event_id = finding.id, finding.event_id

        def done(_: Finding) -> None:
            self.message.setText(
                self.tr("Marked fixed: {0}, {1}.").format(finding.site, finding.item)
            )
            self.load()
            self.changed.emit(event_id)

        submit_write(
            self.runner,
            "finding fixed",
            lambda: service.mark_fixed(fid),
            self,
            done,
            lambda exc: self.message.setText(exc.message),
            lambda exc: self.message.setText(str(exc)),
        )

    @Slot()
    def open_walk(self) -> None:
        finding = selected_finding(self.table)
        if finding is not None:
            self.open_event.emit(finding.event_id)
