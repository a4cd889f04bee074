"""First start on an empty database: name the office, create the first manager, offer the demo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from ui.forms import FieldErrors
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write


@dataclass(frozen=True)
class FirstRunResult:
    session: Session
    load_demo: bool


class FirstRunDialog(QDialog):
    def __init__(
        self,
        database_display: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Beacon"))
        self.runner = own_runner(self, runner)
        self.result_value: FirstRunResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>This is a new Beacon database.</b><br>Name your office and create the first "
                "manager account. The manager can add everyone else's accounts later."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(self.tr("Database: {0}").format(database_display))
        where.setWordWrap(True)
        where.setObjectName("firstRunDatabase")
        layout.addWidget(where)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.office = self._line("firstRunOffice", self.tr("Office name"))
        self.display_name = self._line("firstRunDisplayName", self.tr("Your full name"))
        self.username = self._line("firstRunUsername", self.tr("Username"))
        self.password = self._line("firstRunPassword", self.tr("Password"), secret=True)
        self.repeat = self._line("firstRunRepeat", self.tr("Repeat password"), secret=True)
        self.errors.add_row(form, self.tr("Office name:"), "office_name", self.office)
        self.errors.add_row(form, self.tr("Your full name:"), "display_name", self.display_name)
        self.errors.add_row(form, self.tr("Username:"), "username", self.username)
        self.errors.add_row(form, self.tr("Password:"), "password", self.password)
        self.errors.add_row(form, self.tr("Repeat password:"), "repeat", self.repeat)
        layout.addLayout(form)

        self.demo = QCheckBox(
            self.tr(
                "Fill the database with the demo office (a year of made-up records) "
                "to explore Beacon"
            )
        )
        self.demo.setObjectName("firstRunLoadDemo")
        self.demo.setAccessibleName(self.tr("Load the demo office"))
        layout.addWidget(self.demo)
        demo_note = QLabel(
            self.tr(
                "The demo adds sample staff accounts that all use the password <i>beacon-demo</i>. "
                "Use a separate database for real work."
            )
        )
        demo_note.setWordWrap(True)
        layout.addWidget(demo_note)
        layout.addWidget(self.errors.fallback)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create account"))
        ok.setObjectName("firstRunCreateButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _line(self, name: str, accessible: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.errors.show_message("repeat", self.tr("The two passwords differ"))
            return
        office = self.office.text().strip()
        if not office:
            self.errors.show_message("office_name", self.tr("Office name is required"))
            return
        username, name, password = (
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        load_demo = self.demo.isChecked()

        def work() -> FirstRunResult:
            session = create_first_manager(username, name, password)
            # Should the name be refused, the account exists; the name is fixed in settings.
            SettingsService(session).update(office_name=office)
            return FirstRunResult(session, load_demo)

        submit_write(self.runner, "first manager", work, self, self._created, self.errors.show)

    def _created(self, result: FirstRunResult) -> None:
        self.result_value = result
        self.accept()

    def reject(self) -> None:
        if not is_writing(self):  # the account on its way is seen through
            super().reject()

    @classmethod
    def ask(cls, database_display: str, parent: QWidget | None = None) -> FirstRunResult | None:
        dialog = cls(database_display, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
