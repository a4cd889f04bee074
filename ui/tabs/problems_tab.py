"""The Problems tab (SARA problem solving): the board by stage first; a problem's card and the
suggested problems are pages beside it, each with its way back. Front desk is told the tab is
not for its role and reads nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.problems.board import ProblemBoard
from ui.problems.card import ProblemCardPage
from ui.problems.common import Choices
from ui.problems.problem_form import ProblemFormDialog
from ui.problems.suggestions_page import SuggestionsPage
from ui.tasks import TaskRunner


class ProblemsTab(QWidget):
    open_report = Signal(int)  # a linked report: opened where it lives (the Patrol Log)
    open_contact = Signal(int)  # a partner: opened on the Contacts tab

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsTab")
        self.setAccessibleName(self.tr("Problems"))
        self.session, self.runner = session, runner
        self.card: ProblemCardPage | None = None
        self.board: ProblemBoard | None = None
        self.suggestions: SuggestionsPage | None = None
        self.pages = QStackedWidget()
        self.pages.setObjectName("problemPages")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        if not allowed(session.role, "problem.read"):
            self.unavailable = QLabel(
                self.tr(
                    "Problem solving is not available to your role: the problems, their "
                    "partners and the reports linked to them are kept for officers and managers."
                )
            )
            self.unavailable.setObjectName("problemsUnavailable")
            self.unavailable.setWordWrap(True)
            self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages.addWidget(self.unavailable)
            return
        board = self.board = ProblemBoard(session, runner)
        board.problem_opened.connect(self.open_problem)
        board.new_problem_requested.connect(self.new_problem)
        board.suggestions_requested.connect(self.show_suggestions)
        self.pages.addWidget(board)
        self.setFocusProxy(board)
        board.reload()

    # ---- pages -------------------------------------------------------------------------------
    def show_board(self) -> None:
        if self.board is None:
            return
        self.pages.setCurrentWidget(self.board)
        self.board.tree.setFocus()

    def _back_to_board(self) -> None:
        self.show_board()
        if self.board is not None:
            self.board.reload()  # a card may have changed what the board shows

    @Slot(int)
    def open_problem(self, problem_id: int) -> None:
        """The problem's card, in place of the one shown before (a contact card's problem item
        opens here too)."""
        if self.board is None:
            return
        card = ProblemCardPage(self.session, self.runner, problem_id)
        card.back.connect(self._back_to_board)
        card.open_report.connect(self.open_report)
        card.open_contact.connect(self.open_contact)
        card.changed.connect(lambda _: self._board_stale())
        old, self.card = self.card, card
        self.pages.addWidget(card)
        self.pages.setCurrentWidget(card)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        card.back_button.setFocus()

    def _board_stale(self) -> None:
        if self.board is not None:
            self.board.reload()

    @Slot()
    def show_suggestions(self) -> None:
        if self.suggestions is None:
            page = self.suggestions = SuggestionsPage(self.session, self.runner)
            page.back.connect(self._back_to_board)
            page.problem_opened.connect(self._opened_from_suggestion)
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(self.suggestions)
        self.suggestions.reload()
        self.suggestions.table.setFocus()

    def _opened_from_suggestion(self, problem_id: int) -> None:
        self._board_stale()
        self.open_problem(problem_id)

    @Slot()
    def new_problem(self) -> None:
        if self.board is None or not allowed(self.session.role, "problem.manage"):
            return
        choices = self.board.choices or Choices()
        dialog = ProblemFormDialog(self.session, self.runner, choices, self)
        if dialog.exec() == ProblemFormDialog.DialogCode.Accepted and dialog.saved_id:
            self._board_stale()
            self.open_problem(dialog.saved_id)
