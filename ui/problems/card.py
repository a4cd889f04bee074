"""A problem's card: the header (title, place and zone, stage and how long at it, identified on,
coordinator) with the manager's stage buttons, then the SARA sections as tabs: the problem and
its partners, Analysis, Response, Assessment. Every change reloads the card."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.office import generated_pdf_dir
from desktop_app.services.permissions import allowed
from desktop_app.services.problems import STALE_DAYS, ProblemCard, ProblemService
from desktop_app.services.problems.document import save_problem_pdf
from desktop_app.services.session import Session
from desktop_app.vocabulary import PROBLEM_STAGE_LABELS
from ui.contacts.history_pdf import HistoryPdfDialog
from ui.i18n import grouped
from ui.problems.analysis_panel import AnalysisPanel
from ui.problems.assessment_panel import AssessmentPanel
from ui.problems.common import Choices, day_text, load_choices, message_label, say, stage_label
from ui.problems.dialogs import CloseProblemDialog
from ui.problems.overview_panel import OverviewPanel
from ui.problems.problem_form import ProblemFormDialog
from ui.problems.response_panel import ResponsePanel
from ui.tasks import TaskRunner
from ui.writes import submit_write

STAGES = tuple(PROBLEM_STAGE_LABELS)
# The section a problem's card opens at, by its stage.
SECTION_OF_STAGE = {"scanning": 0, "analysis": 1, "response": 2, "assessment": 3, "closed": 3}


@dataclass(frozen=True)
class _Loaded:
    card: ProblemCard
    choices: Choices | None


class ProblemCardPage(QWidget):
    back = Signal()
    changed = Signal(int)  # the problem's id, after anything on it was saved
    open_report = Signal(int)
    open_contact = Signal(int)
    loaded = Signal()  # the card shows the problem as it now is (tests wait on it)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        problem_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemCard")
        self.setAccessibleName(self.tr("Problem card"))
        self.session, self.runner, self.problem_id = session, runner, problem_id
        self.service = ProblemService(session)
        self.card: ProblemCard | None = None
        self.choices: Choices | None = None
        self._first = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(self._header())
        self.stage_line = QLabel()
        self.stage_line.setObjectName("problemStageLine")
        self.stage_line.setWordWrap(True)
        layout.addWidget(self.stage_line)
        self.message = message_label("problemCardMessage")
        layout.addWidget(self.message)
        self.sections = QTabWidget()
        self.sections.setObjectName("problemSections")
        self.overview = OverviewPanel(session, runner)
        self.analysis = AnalysisPanel(session, runner)
        self.response = ResponsePanel(session, runner)
        self.assessment = AssessmentPanel(session, runner)
        for panel, title in (
            (self.overview, self.tr("&Problem and partners")),
            (self.analysis, self.tr("A&nalysis")),
            (self.response, self.tr("&Response")),
            (self.assessment, self.tr("A&ssessment")),
        ):
            self.sections.addTab(panel, title)
            panel.changed.connect(self.reload)
            panel.changed.connect(lambda: self.changed.emit(self.problem_id))
        self.analysis.open_report.connect(self.open_report)
        self.overview.open_contact.connect(self.open_contact)
        layout.addWidget(self.sections, 1)
        self.reload()

    def _header(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.back_button = self._button("problemBackButton", self.tr("◀ &Back"), self.back.emit)
        top.addWidget(self.back_button)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("problemCardTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        manage = allowed(self.session.role, "problem.manage")
        self.edit_button = self._button("problemEditButton", self.tr("&Edit…"), self.edit)
        self.move_button = self._button("problemMoveButton", self.tr("Move"), self.move_on)
        self.close_button = self._button("problemCloseButton", self.tr("&Close…"), self.close_it)
        self.reopen_button = self._button("problemReopenButton", self.tr("Re&open"), self.reopen)
        for button in (self.edit_button, self.move_button, self.close_button, self.reopen_button):
            button.setVisible(manage)
            top.addWidget(button)
        self.pdf_button = self._button("problemPdfButton", self.tr("P&DF…"), self.pdf)
        top.addWidget(self.pdf_button)
        return top

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        service, problem_id, session = self.service, self.problem_id, self.session
        need_choices = self.choices is None and allowed(session.role, "problem.manage")
        self.runner.submit(
            "problem card",
            lambda progress: _Loaded(
                service.card(problem_id), load_choices(session) if need_choices else None
            ),
            self._show,
            lambda exc: say(self.message, str(exc)),
            owner=self,
        )

    def _show(self, loaded: _Loaded) -> None:
        if loaded.choices is not None:
            self.choices = loaded.choices
        card = self.card = loaded.card
        self._header_text(card)
        for panel in (self.overview, self.analysis, self.response, self.assessment):
            panel.show_card(card)
        if self._first:
            self._first = False
            self.sections.setCurrentIndex(SECTION_OF_STAGE.get(card.row.stage, 0))
        self.loaded.emit()

    def _header_text(self, card: ProblemCard) -> None:
        e, row = html.escape, card.row
        place = e(row.location) or self.tr("no place")
        if row.zone:
            place = self.tr("{0}, zone {1}").format(place, e(row.zone))
        coordinator = e(row.coordinator) or self.tr("no coordinator")
        self.title.setText(
            f"<h2>{e(row.title)}</h2>"
            + self.tr("{0} · identified {1} · coordinator: {2}").format(
                place, day_text(row.identified_on), coordinator
            )
        )
        days = row.waiting_days(now_local().date())
        waited = grouped(self.tr("%n day(s)", "", days), days)
        if row.stage != "closed" and days > STALE_DAYS:
            waited = self.tr("{0}, waiting over {1} days").format(waited, STALE_DAYS)
        track = " › ".join(
            f"<b>[{stage_label(s)}]</b>" if s == row.stage else stage_label(s) for s in STAGES
        )
        self.stage_line.setText(
            self.tr("Stage: {0} — since {1} ({2})").format(track, day_text(row.stage_since), waited)
        )
        nxt = self.next_stage()
        self.move_button.setEnabled(nxt is not None)
        self.move_button.setText(
            self.tr("&Move to {0}").format(stage_label(nxt)) if nxt else self.tr("Move")
        )
        manage = allowed(self.session.role, "problem.manage")
        self.move_button.setVisible(manage and nxt is not None)
        self.close_button.setVisible(manage and row.stage != "closed")
        self.reopen_button.setVisible(manage and row.stage == "closed")

    def next_stage(self) -> str | None:
        """The open stage after the problem's own (None at the assessment: it closes instead)."""
        if self.card is None:
            return None
        stage = self.card.row.stage
        if stage not in STAGES[:-2]:
            return None
        return STAGES[STAGES.index(stage) + 1]

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: object) -> None:
        say(self.message, "")
        submit_write(
            self.runner,
            name,
            work,  # type: ignore[arg-type]
            self,
            lambda _: self._saved(),
            lambda exc: say(self.message, exc.message),
            lambda exc: say(self.message, str(exc)),
        )

    def _saved(self) -> None:
        self.changed.emit(self.problem_id)
        self.reload()

    @Slot()
    def move_on(self) -> None:
        stage = self.next_stage()
        if stage is not None:
            service, problem_id = self.service, self.problem_id
            self._write("move problem", lambda: service.move(problem_id, stage))

    @Slot()
    def reopen(self) -> None:
        service, problem_id = self.service, self.problem_id
        self._write("reopen problem", lambda: service.move(problem_id, "assessment"))

    @Slot()
    def close_it(self) -> None:
        if self.card is not None and CloseProblemDialog.ask(
            self.session, self.runner, self.card, self
        ):
            self._saved()

    @Slot()
    def edit(self) -> None:
        if self.card is None or self.choices is None:
            return
        dialog = ProblemFormDialog(self.session, self.runner, self.choices, self, self.card)
        if dialog.exec() == ProblemFormDialog.DialogCode.Accepted:
            self._saved()

    @Slot()
    def pdf(self) -> None:
        session, problem_id = self.session, self.problem_id
        title = self.card.row.title if self.card else ""

        def work(progress: object) -> Path:
            folder = generated_pdf_dir()
            folder.mkdir(parents=True, exist_ok=True)
            return save_problem_pdf(session, problem_id, folder / f"problem-{problem_id}.pdf")

        self.runner.submit(
            "problem pdf",
            work,
            lambda path: self._show_pdf(path, title),
            lambda exc: say(self.message, str(exc)),
            owner=self,
        )

    def _show_pdf(self, path: Path, title: str) -> None:
        dialog = HistoryPdfDialog(path, self.tr("Problem summary: {0}").format(title), self)
        dialog.setObjectName("problemPdfDialog")
        dialog.setModal(False)
        dialog.show()
        self.pdf_dialog = dialog
