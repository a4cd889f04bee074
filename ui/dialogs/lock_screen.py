"""The locked screen: the signed-in user unlocks with their password, or someone else signs in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate
from ui.forms import enter_presses
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write

UNLOCKED, SWITCH, QUIT = "unlocked", "switch", "quit"


class LockDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Beacon is locked"))
        self.runner = own_runner(self, runner)
        self.session = session
        self.outcome = QUIT
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<b>Beacon is locked.</b><br>{0}, type your password to carry on. "
                "Nothing you had open has been lost."
            ).format(session.display_name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.unlock)
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setObjectName("unlockButton")
        unlock.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("Switch user…"))
        switch.setObjectName("lockSwitchUserButton")
        switch.clicked.connect(lambda: self._finish(SWITCH))
        buttons.addButton(unlock, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(switch, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        enter_presses(self, None)  # Return in the password unlocks, once

    def unlock(self) -> None:
        """Check the password on a worker (argon2; the attempt is audited)."""
        username, password = self.session.username, self.password.text()
        submit_write(
            self.runner,
            "unlock",
            lambda: authenticate(username, password),
            self,
            lambda _: self._finish(UNLOCKED),
            on_refused=self._refused,
        )

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(str(exc))
        self.message.setVisible(True)
        self.password.clear()

    def _finish(self, outcome: str) -> None:
        self.outcome = outcome
        self.accept()

    def reject(self) -> None:  # Escape does not unlock
        self.password.setFocus()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> str:
        dialog = cls(session, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.outcome
