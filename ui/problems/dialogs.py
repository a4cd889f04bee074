"""The small dialogs of a problem's card, each saving through the task runner with its messages
at the field: log an action, close with a result and a note, change the assessment's periods."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.problems import ProblemCard, ProblemService
from desktop_app.services.session import Session
from desktop_app.vocabulary import PROBLEM_RESULT_LABELS
from ui.forms import FieldErrors, enter_presses
from ui.problems.common import date_edit, pydate, result_label
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write

_DAYS_89 = timedelta(days=89)  # a default after period as long as the 90-day baseline


class _ProblemDialog(QDialog):
    """A form over one problem: Save runs work() on the runner; accepted once it is saved."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        card: ProblemCard,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.service = ProblemService(session)
        self.runner = own_runner(self, runner)
        self.card = card
        self.problem_id = card.row.id
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def finish(self, save_text: str, save_name: str) -> None:
        """The buttons, once the fields are in."""
        self.layout_.addWidget(self.errors.fallback)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = buttons.addButton(
            save_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName(save_name)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        enter_presses(self, self.save_button)

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        submit_write(self.runner, self.objectName(), self.work(), self, self._saved, self._invalid)

    def _saved(self, _: object) -> None:
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)

    @classmethod
    def ask(
        cls, session: Session, runner: TaskRunner, card: ProblemCard, parent: QWidget | None
    ) -> bool:
        """True once the change is saved, False when cancelled."""
        return cls(session, runner, card, parent).exec() == QDialog.DialogCode.Accepted


class LogActionDialog(_ProblemDialog):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        card: ProblemCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, card, parent, "logActionDialog")
        self.setWindowTitle(self.tr("Log action"))
        self.on = date_edit("problemActionOn", self.tr("Done on"), now_local().date())
        self.action = QPlainTextEdit()
        self.action.setObjectName("problemActionText")
        self.action.setAccessibleName(self.tr("What was done"))
        self.action.setTabChangesFocus(True)
        self.action.setPlaceholderText(self.tr("e.g. Met the car park owner about lighting"))
        self.action.setMaximumHeight(100)
        self.partner = QComboBox()
        self.partner.setObjectName("problemActionPartner")
        self.partner.setAccessibleName(self.tr("With partner"))
        self.partner.addItem(self.tr("— none —"), None)
        for p in card.partners:
            self.partner.addItem(p.name, p.contact_id)
        self.errors.add_row(self.form, self.tr("&Done on:"), "on", self.on)
        self.errors.add_row(self.form, self.tr("&What was done:"), "action", self.action)
        self.errors.add_row(self.form, self.tr("With &partner:"), "partner", self.partner)
        self.finish(self.tr("&Log action"), "logActionSaveButton")
        self.resize(480, 280)
        self.action.setFocus()

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        on, text, partner = pydate(self.on), self.action.toPlainText(), self.partner.currentData()
        return lambda: service.log_action(problem_id, on, text, partner)


class CloseProblemDialog(_ProblemDialog):
    """Close asks for the result (what the assessment computed is chosen to begin with) and a
    note saying why; an empty note is refused at its field."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        card: ProblemCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, card, parent, "closeProblemDialog")
        self.setWindowTitle(self.tr("Close problem"))
        computed = card.assessment.result if card.assessment else None
        intro = QLabel(
            self.tr("The assessment's figures say: {0}.").format(result_label(computed))
            if computed
            else self.tr("The assessment has no result yet: choose what you judge it to be.")
        )
        intro.setObjectName("closeProblemComputed")
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.result_box = QComboBox()
        self.result_box.setObjectName("closeProblemResult")
        self.result_box.setAccessibleName(self.tr("Result"))
        for value in PROBLEM_RESULT_LABELS:
            self.result_box.addItem(result_label(value), value)
        if computed:
            self.result_box.setCurrentIndex(self.result_box.findData(computed))
        self.note = QPlainTextEdit()
        self.note.setObjectName("closeProblemNote")
        self.note.setAccessibleName(self.tr("Closing note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Why it can be closed: what changed, what remains."))
        self.note.setMaximumHeight(110)
        self.errors.add_row(self.form, self.tr("&Result:"), "result", self.result_box)
        self.errors.add_row(self.form, self.tr("&Note:"), "closing_note", self.note)
        self.finish(self.tr("&Close problem"), "closeProblemSaveButton")
        self.resize(500, 300)
        self.note.setFocus()

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        result, note = str(self.result_box.currentData()), self.note.toPlainText()
        return lambda: service.close(problem_id, result, note)


class PeriodsDialog(_ProblemDialog):
    """The assessment's baseline and after periods (managers)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        card: ProblemCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, card, parent, "problemPeriodsDialog")
        self.setWindowTitle(self.tr("Assessment periods"))
        a = card.assessment
        today = now_local().date()
        start = a.after_from if a else today
        values: tuple[date, date, date, date] = (
            (a.baseline_from, a.baseline_to, a.after_from, a.after_to)
            if a
            else (start - timedelta(days=90), start - timedelta(days=1), start, start + _DAYS_89)
        )
        self.edits = [
            date_edit(name, text, value)
            for (name, text), value in zip(
                (
                    ("periodBaselineFrom", self.tr("Baseline from")),
                    ("periodBaselineTo", self.tr("Baseline to")),
                    ("periodAfterFrom", self.tr("After from")),
                    ("periodAfterTo", self.tr("After to")),
                ),
                values,
                strict=True,
            )
        ]
        for label, field, edit in zip(
            (
                self.tr("&Baseline from:"),
                self.tr("Baseline &to:"),
                self.tr("&After from:"),
                self.tr("After t&o:"),
            ),
            ("baseline_from", "baseline_to", "after_from", "after_to"),
            self.edits,
            strict=True,
        ):
            self.errors.add_row(self.form, label, field, edit)
        self.finish(self.tr("&Save periods"), "problemPeriodsSaveButton")

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        b_from, b_to, a_from, a_to = (pydate(e) for e in self.edits)
        return lambda: service.set_periods(problem_id, b_from, b_to, a_from, a_to)
