"""Signing in: username and password, with the reason shown when it fails."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate
from ui.forms import enter_presses
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write


class SignInDialog(QDialog):
    def __init__(
        self,
        office_name: str,
        database_display: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to Beacon"))
        self.runner = own_runner(self, runner)
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{office_name}</b>")
        layout.addWidget(heading)
        where = QLabel(self.tr("Database: {0}").format(database_display))
        where.setWordWrap(True)
        layout.addWidget(where)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("signInUsername")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("signInButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        enter_presses(self, ok)

    def submit(self) -> None:
        """Check the password on a worker (argon2 takes a moment; the attempt is audited)."""
        username, password = self.username.text(), self.password.text()
        submit_write(
            self.runner,
            "sign in",
            lambda: authenticate(username, password),
            self,
            self._signed_in,
            on_refused=self._refused,
        )

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(str(exc))
        self.message.setVisible(True)
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if not is_writing(self):
            super().reject()

    @classmethod
    def ask(
        cls, office_name: str, database_display: str, parent: QWidget | None = None
    ) -> Session | None:
        dialog = cls(office_name, database_display, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.session if accepted else None
