"""The manager's and administrator's dialogs: users, office settings, pick-lists, the audit
trail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.controllers.actions import make_action
from ui.dialogs.audit_view import AuditDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.picklists_dialog import PicklistsDialog
from ui.dialogs.users_dialog import UsersDialog


class AdminController(QObject):
    picklists_changed = Signal()  # the forms' pick-lists are to be read again

    def __init__(
        self, window: QMainWindow, session: Session, settings_changed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings_changed = settings_changed
        role = session.role
        self.users_action = make_action(window, "usersAction", self.tr("U&sers…"), self.users)
        self.users_action.setVisible(allowed(role, "user.manage"))
        self.settings_action = make_action(
            window, "officeSettingsAction", self.tr("&Office settings…"), self.edit_settings
        )
        self.settings_action.setVisible(allowed(role, "settings.manage"))
        self.audit_action = make_action(window, "auditAction", self.tr("&Audit trail…"), self.audit)
        self.picklists_action = make_action(
            window, "picklistsAction", self.tr("Pic&k-lists…"), self.picklists
        )
        self.picklists_action.setVisible(allowed(role, "picklist.manage"))
        self.audit_action.setVisible(allowed(role, "audit.read"))

    @Slot()
    def users(self) -> None:
        UsersDialog.ask(self.session, self.window)

    @Slot()
    def edit_settings(self) -> None:
        if OfficeSettingsDialog.ask(self.session, self.window):
            self.settings_changed()

    @Slot()
    def picklists(self) -> None:
        if PicklistsDialog.ask(self.session, self.window):
            self.picklists_changed.emit()

    @Slot()
    def audit(self) -> None:
        AuditDialog.ask(self.session, self.window)
