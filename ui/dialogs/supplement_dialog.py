"""Correcting a saved report the police way: a supplement with a reason; the original stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportDetail
from desktop_app.services.session import Session
from desktop_app.vocabulary import SEVERITY_LABELS
from ui.forms import FieldErrors, save_cancel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.pick_line import PickLineEdit
from ui.widgets.when_edit import WhenEdit
from ui.writes import is_writing, own_runner, submit_write

# correct(changes, reason): {field: value as the walk-in form takes it} -> the corrected report
Correct = Callable[[dict[str, object], str], object]


def _minute(value: datetime) -> datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


class SupplementDialog(QDialog):
    """The report's facts prefilled; what the user changes, with the reason, becomes the next
    supplement. Mistakes are shown at their field and nothing typed is lost."""

    def __init__(
        self,
        detail: ReportDetail,
        session: Session,
        correct: Correct,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supplementDialog")
        row = detail.row
        self.setWindowTitle(self.tr("Correct {0}").format(row.number))
        self.correct = correct
        self.runner = own_runner(self, runner)
        self.result_value: object = None
        self.errors = FieldErrors()
        self.errors.fallback.setObjectName("supplementError")
        self.errors.fallback.setProperty("role", "fieldError")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Change what was recorded wrongly and say why. This becomes supplement {0} "
                "of the report: the original stays readable and is printed with it."
            ).format(len(detail.supplements) + 1)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._fields(form, session)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        self.save_button: QPushButton = save_cancel(
            self, layout, self.submit, "supplementSaveButton"
        )
        self.save_button.setText(self.tr("Save supplement"))
        self.setMinimumWidth(560)
        self._fill(detail)

    def _fields(self, form: QFormLayout, session: Session) -> None:
        picklists = PicklistService(session)
        self.category = PickLineEdit("supplementCategory", self.tr("Category"))
        self.category.set_choices([c.name for c in picklists.categories()])
        self.errors.add_row(form, self.tr("Category:"), "category", self.category)
        self.location = PickLineEdit("supplementLocation", self.tr("Location"))
        self.location.set_choices([loc.name for loc in picklists.locations()])
        self.errors.add_row(form, self.tr("Location:"), "location", self.location)
        self.occurred = WhenEdit()  # typed in one piece, as on the walk-in form
        self.occurred.setObjectName("supplementOccurredAt")
        self.occurred.setAccessibleName(self.tr("When it happened"))
        self.errors.add_row(form, self.tr("When it happened:"), "occurred_at", self.occurred)
        self.severity = QComboBox()
        self.severity.setObjectName("supplementSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))
        for value, text in SEVERITY_LABELS.items():
            self.severity.addItem(vocabulary(text), value)
        self.errors.add_row(form, self.tr("Severity:"), "severity", self.severity)
        self.account = QPlainTextEdit()
        self.account.setObjectName("supplementAccount")
        self.account.setAccessibleName(self.tr("Account"))
        self.account.setTabChangesFocus(True)
        self.account.setMinimumHeight(110)
        self.errors.add_row(form, self.tr("Account:"), "account", self.account)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("supplementReason")
        self.reason.setAccessibleName(self.tr("Why the report is corrected"))
        self.reason.setPlaceholderText(
            self.tr("e.g. The owner called back: the bicycle was damaged, not taken")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.errors.add_row(form, self.tr("Reason (required):"), "reason", self.reason)

    def _fill(self, detail: ReportDetail) -> None:
        row = detail.row
        self.initial: dict[str, object] = {
            "category": "" if row.category == "—" else row.category,
            "location": "" if row.location == "—" else row.location,
            "occurred_at": _minute(row.occurred_at),
            "severity": row.severity,
            "account": detail.account,
        }
        self.category.setText(str(self.initial["category"]))
        self.location.setText(str(self.initial["location"]))
        self.occurred.set_value(_minute(row.occurred_at))
        self.severity.setCurrentIndex(max(self.severity.findData(row.severity), 0))
        self.account.setPlainText(detail.account)

    def changes(self) -> dict[str, object]:
        """The facts the user changed, as the service takes them."""
        now: dict[str, object] = {
            "category": self.category.matching_choice(),
            "location": self.location.matching_choice(),
            "occurred_at": self.occurred.value(),
            "severity": str(self.severity.currentData()),
            "account": self.account.toPlainText(),
        }
        return {field: value for field, value in now.items() if value != self.initial[field]}

    def submit(self) -> None:
        """correct(changes, reason) on a worker; the dialog stays open until it is saved."""
        self.errors.clear()
        if self.occurred.value() is None:  # a time that names no moment is told, not sent
            self.errors.show_message("occurred_at", self.occurred.message())
            return
        changes, reason, correct = self.changes(), self.reason.toPlainText(), self.correct
        submit_write(
            self.runner,
            "report supplement",
            lambda: correct(changes, reason),
            self,
            self._done,
            self.errors.show,
        )

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def reject(self) -> None:
        if not is_writing(self):  # the write runs on: wait for its outcome
            super().reject()

    @classmethod
    def ask(
        cls,
        detail: ReportDetail,
        session: Session,
        correct: Correct,
        parent: QWidget | None = None,
    ) -> object:
        """Runs correct(changes, reason) when saved; returns its result, or None if cancelled."""
        dialog = cls(detail, session, correct, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
