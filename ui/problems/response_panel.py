"""SARA's Response on a problem's card: the plan (officers write it) and the action log (date,
who, what, with which partner), an action logged in a small dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.problems import ProblemCard, ProblemService
from desktop_app.services.session import Session
from ui.problems.common import message_label, read_only_table, say
from ui.problems.dialogs import LogActionDialog
from ui.tasks import TaskRunner
from ui.writes import submit_write


class ResponsePanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemResponse")
        self.session, self.runner = session, runner
        self.service = ProblemService(session)
        self.card: ProblemCard | None = None
        may_act = allowed(session.role, "problem.act")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        plan_box = QGroupBox(self.tr("Response plan"))
        plan = QVBoxLayout(plan_box)
        self.plan = QPlainTextEdit()
        self.plan.setObjectName("problemResponsePlan")
        self.plan.setAccessibleName(self.tr("Response plan"))
        self.plan.setTabChangesFocus(True)
        self.plan.setReadOnly(not may_act)
        self.plan.setPlaceholderText(
            self.tr("What will be done, by whom and with which partners, and by when.")
        )
        plan.addWidget(self.plan)
        self.plan_error = message_label("problemResponsePlanError")
        plan.addWidget(self.plan_error)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("problemResponseMessage")
        row.addWidget(self.message, 1)
        self.save_plan_button = QPushButton(self.tr("Save &plan"))
        self.save_plan_button.setObjectName("problemSavePlanButton")
        self.save_plan_button.clicked.connect(self.save_plan)
        self.save_plan_button.setVisible(may_act)
        row.addWidget(self.save_plan_button)
        plan.addLayout(row)
        layout.addWidget(plan_box, 2)

        log_box = QGroupBox(self.tr("Action log"))
        log = QVBoxLayout(log_box)
        self.action_log = read_only_table(
            "problemActionLog",
            [self.tr("Date"), self.tr("By"), self.tr("Partner"), self.tr("What was done")],
        )
        self.action_log.setAccessibleName(self.tr("Action log"))
        for col, width in enumerate((110, 160, 240)):
            self.action_log.setColumnWidth(col, width)
        self.action_log.setWordWrap(True)
        log.addWidget(self.action_log, 1)
        row = QHBoxLayout()
        self.empty = QLabel()
        row.addWidget(self.empty, 1)
        self.log_button = QPushButton(self.tr("&Log action…"))
        self.log_button.setObjectName("problemLogActionButton")
        self.log_button.clicked.connect(self.log_action)
        self.log_button.setVisible(may_act)
        row.addWidget(self.log_button)
        log.addLayout(row)
        layout.addWidget(log_box, 3)

    def show_card(self, card: ProblemCard) -> None:
        self.card = card
        if not self.plan.document().isModified():
            self.plan.setPlainText(card.response_plan)
        self.action_log.setRowCount(len(card.actions))
        for row, action in enumerate(reversed(card.actions)):  # the newest first
            texts = (action.on.strftime("%d %b %Y"), action.by, action.partner, action.action)
            for col, text in enumerate(texts):
                self.action_log.setItem(row, col, QTableWidgetItem(text))
        self.action_log.resizeRowsToContents()
        self.empty.setText(self.tr("No action logged yet.") if not card.actions else "")

    @Slot()
    def save_plan(self) -> None:
        if self.card is None:
            return
        service, problem_id, text = self.service, self.card.row.id, self.plan.toPlainText()
        say(self.plan_error, "")

        def done(_: object) -> None:
            self.plan.document().setModified(False)
            self.message.setText(self.tr("Plan saved"))
            self.changed.emit()

        submit_write(
            self.runner,
            "response plan",
            lambda: service.set_notes(problem_id, response_plan=text),
            self,
            done,
            lambda exc: say(self.plan_error, exc.message),
            lambda exc: say(self.plan_error, str(exc)),
        )

    @Slot()
    def log_action(self) -> None:
        if self.card is not None and LogActionDialog.ask(
            self.session, self.runner, self.card, self
        ):
            self.message.setText(self.tr("Action logged"))
            self.changed.emit()
