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
    """A form over one problem: build() adds the fields, Save runs work() on the runner; accepted
    once it is saved, a refusal said at its field."""

    NAME = ""  # the dialog's objectName
    SAVE_NAME = ""  # its Save button's

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        card: ProblemCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.service = ProblemService(session)
        self.runner = own_runner(self, runner)
        self.card = card
        self.problem_id = card.row.id
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        save_text = self.build(card)
        self.layout_.addWidget(self.errors.fallback)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = buttons.addButton(
            save_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName(self.SAVE_NAME)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        enter_presses(self, self.save_button)

    def build(self, card: ProblemCard) -> str:
        """Add the fields (rows()); returns the Save button's text."""
        raise NotImplementedError

    def rows(self, *rows: tuple[str, str, QWidget]) -> None:
        """(label, the service's field name, widget): each with its error line beneath."""
        for label, field, widget in rows:
            self.errors.add_row(self.form, label, field, widget)

    @staticmethod
    def text_box(name: str, accessible: str, placeholder: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMaximumHeight(height)
        return box

    @staticmethod
    def choice_box(name: str, accessible: str, choices: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        for text, value in choices:
            box.addItem(text, value)
        return box

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
    NAME, SAVE_NAME = "logActionDialog", "logActionSaveButton"

    def build(self, card: ProblemCard) -> str:
        self.setWindowTitle(self.tr("Log action"))
        self.on = date_edit("problemActionOn", self.tr("Done on"), now_local().date())
        self.action = self.text_box(
            "problemActionText",
            self.tr("What was done"),
            self.tr("e.g. Met the car park owner about lighting"),
            100,
        )
        self.partner = self.choice_box(
            "problemActionPartner",
            self.tr("With partner"),
            [(self.tr("— none —"), None), *((p.name, p.contact_id) for p in card.partners)],
        )
        self.rows(
            (self.tr("&Done on:"), "on", self.on),
            (self.tr("&What was done:"), "action", self.action),
            (self.tr("With &partner:"), "partner", self.partner),
        )
        self.resize(480, 280)
        self.action.setFocus()
        return self.tr("&Log action")

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        on, text, partner = pydate(self.on), self.action.toPlainText(), self.partner.currentData()
        return lambda: service.log_action(problem_id, on, text, partner)


class CloseProblemDialog(_ProblemDialog):
    """Close asks for the result (what the assessment computed is chosen to begin with) and a
    note saying why; an empty note is refused at its field."""

    NAME, SAVE_NAME = "closeProblemDialog", "closeProblemSaveButton"

    def build(self, card: ProblemCard) -> str:
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
        self.result_box = self.choice_box(
            "closeProblemResult",
            self.tr("Result"),
            [(result_label(value), value) for value in PROBLEM_RESULT_LABELS],
        )
        if computed:
            self.result_box.setCurrentIndex(self.result_box.findData(computed))
        self.note = self.text_box(
            "closeProblemNote",
            self.tr("Closing note"),
            self.tr("Why it can be closed: what changed, what remains."),
            110,
        )
        self.rows(
            (self.tr("&Result:"), "result", self.result_box),
            (self.tr("&Note:"), "closing_note", self.note),
        )
        self.resize(500, 300)
        self.note.setFocus()
        return self.tr("&Close problem")

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        result, note = str(self.result_box.currentData()), self.note.toPlainText()
        return lambda: service.close(problem_id, result, note)


class PeriodsDialog(_ProblemDialog):
    """The assessment's baseline and after periods (managers)."""

    NAME, SAVE_NAME = "problemPeriodsDialog", "problemPeriodsSaveButton"

    def build(self, card: ProblemCard) -> str:
        self.setWindowTitle(self.tr("Assessment periods"))
        a = card.assessment
        start = a.after_from if a else now_local().date()
        values: tuple[date, date, date, date] = (
            (a.baseline_from, a.baseline_to, a.after_from, a.after_to)
            if a
            else (start - timedelta(days=90), start - timedelta(days=1), start, start + _DAYS_89)
        )
        fields = (
            (
                "periodBaselineFrom",
                "baseline_from",
                self.tr("Baseline from"),
                self.tr("&Baseline from:"),
            ),
            ("periodBaselineTo", "baseline_to", self.tr("Baseline to"), self.tr("Baseline &to:")),
            ("periodAfterFrom", "after_from", self.tr("After from"), self.tr("&After from:")),
            ("periodAfterTo", "after_to", self.tr("After to"), self.tr("After t&o:")),
        )
        self.edits = []
        for (name, field, accessible, label), value in zip(fields, values, strict=True):
            self.edits.append(date_edit(name, accessible, value))
            self.rows((label, field, self.edits[-1]))
        return self.tr("&Save periods")

    def work(self) -> Callable[[], Any]:
        service, problem_id = self.service, self.problem_id
        b_from, b_to, a_from, a_to = (pydate(e) for e in self.edits)
        return lambda: service.set_periods(problem_id, b_from, b_to, a_from, a_to)
