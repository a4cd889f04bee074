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

from desktop_app.services.errors import SignInError
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate


class SignInDialog(QDialog):
    def __init__(
        self, office_name: str, database_display: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to Beacon"))
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

    def submit(self) -> None:
        try:
            self.session = authenticate(self.username.text(), self.password.text())
        except SignInError as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, office_name: str, database_display: str, parent: QWidget | None = None
    ) -> Session | None:
        dialog = cls(office_name, database_display, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.session
        return None
