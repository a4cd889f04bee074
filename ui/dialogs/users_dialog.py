"""People's accounts: add someone, change a role, reset a password, deactivate a leaver."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.session import Session
from desktop_app.services.users import USER_ROLES, UserRow, UserService
from desktop_app.vocabulary import USER_ROLE_LABELS, label
from ui.forms import FieldErrors, enter_presses
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column, PagedTableModel
from ui.tasks import TaskRunner
from ui.widgets.filters import list_table
from ui.writes import is_writing, own_runner, submit_write

COLUMNS: list[Column[UserRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Username"), lambda u: u.username),
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda u: u.display_name),
    Column(
        QT_TRANSLATE_NOOP("columns", "Role"), lambda u: vocabulary(label(USER_ROLE_LABELS, u.role))
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Active"),
        lambda u: (
            QCoreApplication.translate("UsersDialog", "yes")
            if u.active
            else QCoreApplication.translate("UsersDialog", "no")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Locked out"),
        lambda u: QCoreApplication.translate("UsersDialog", "locked") if u.locked else "",
    ),
]


class UsersDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.service = UserService(session)
        self.runner = own_runner(self, runner)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.model: PagedTableModel[UserRow] = PagedTableModel(COLUMNS, self)
        self.table = list_table("usersTable", self.model, (110, 170, 110, 60))
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for value in USER_ROLES:
            self.role.addItem(vocabulary(USER_ROLE_LABELS[value]), value)
        change = QPushButton(self.tr("Change role"))
        change.setObjectName("changeRoleButton")
        change.clicked.connect(self.change_role)
        password = QPushButton(self.tr("Set password…"))
        password.setObjectName("setPasswordButton")
        password.clicked.connect(self.set_password)
        self.active_button = QPushButton(self.tr("Deactivate / activate"))
        self.active_button.setObjectName("toggleActiveButton")
        self.active_button.clicked.connect(self.toggle_active)
        for widget in (self.role, change, password, self.active_button):
            row.addWidget(widget)
        left.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        layout.addLayout(left, 3)

        box = QGroupBox(self.tr("Add a person"))
        form = QFormLayout(box)
        self.errors = FieldErrors()
        self.username = self._line("newUsername")
        self.display_name = self._line("newDisplayName")
        self.new_role = QComboBox()
        self.new_role.setObjectName("newRole")
        for value in USER_ROLES:
            self.new_role.addItem(vocabulary(USER_ROLE_LABELS[value]), value)
        self.new_role.setCurrentIndex(self.new_role.findData("officer"))
        self.password = self._line("newPassword", secret=True)
        self.errors.add_row(form, self.tr("Username:"), "username", self.username)
        self.errors.add_row(form, self.tr("Full name:"), "display_name", self.display_name)
        self.errors.add_row(form, self.tr("Role:"), "role", self.new_role)
        self.errors.add_row(form, self.tr("First password:"), "password", self.password)
        form.addRow(self.errors.fallback)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addUserButton")
        add.clicked.connect(self.add_user)
        form.addRow(add)
        layout.addWidget(box, 2)
        self.resize(980, 480)
        enter_presses(self, add)  # Enter adds the person; it never toggles the one selected
        self.reload()

    def _line(self, name: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def reload(self) -> None:
        users = self.service.list_users()
        self.model.set_source(lambda state: (users, None))

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _apply(self, name: str, change: Callable[[], object], done: str) -> None:
        """Run a change to someone's account on a worker, the dialog disabled meanwhile."""

        def changed(_: object) -> None:
            self.message.setText(done)
            self.reload()

        submit_write(self.runner, name, change, self, changed, on_refused=self._refused)

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(exc.message if isinstance(exc, ValidationError) else str(exc))

    @Slot()
    def add_user(self) -> None:
        self.errors.clear()
        service, username, name = self.service, self.username.text(), self.display_name.text()
        role, password = str(self.new_role.currentData()), self.password.text()
        submit_write(
            self.runner,
            "add user",
            lambda: service.create_user(username, name, role, password),
            self,
            self._added,
            self.errors.show,
        )

    def _added(self, row: UserRow) -> None:
        for edit in (self.username, self.display_name, self.password):
            edit.clear()
        self.message.setText(
            self.tr("Added {0}. Give them their first password.").format(row.display_name)
        )
        self.reload()

    @Slot()
    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            role, service = str(self.role.currentData()), self.service
            self._apply(
                "change role",
                lambda: service.set_role(user.id, role),
                self.tr("{0} is now {1}.").format(user.display_name, self.role.currentText()),
            )

    @Slot()
    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            service = self.service
            self._apply(
                "activate user",
                lambda: service.set_active(user.id, not user.active),
                self.tr("{0} is now {1}.").format(
                    user.display_name, self.tr("inactive") if user.active else self.tr("active")
                ),
            )

    @Slot()
    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Set password"),
            self.tr("New password for {0}:").format(user.display_name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            service = self.service
            self._apply(
                "set password",
                lambda: service.set_password(user.id, password),
                self.tr("Password set for {0}; the account is unlocked.").format(user.display_name),
            )

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> None:
        dialog = cls(session, parent)
        dialog.exec()
        dialog.deleteLater()

    def reject(self) -> None:
        if not is_writing(self):  # a change on its way is seen through
            super().reject()
