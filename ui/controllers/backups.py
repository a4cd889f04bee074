"""Backups from the window: the automatic daily one, "Back up now" and "Restore from a backup…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from desktop_app.services.backups import BackupService, automatic_backup, backup_folder
from desktop_app.services.office import OfficeDatabase, release_connection
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.controllers.actions import make_action
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.writes import submit_write


class BackupController(QObject):
    def __init__(
        self, window: QMainWindow, session: Session, office: OfficeDatabase, runner: TaskRunner
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.runner = runner
        can_backup = allowed(session.role, "backup.run") and office.kind == "sqlite"
        self.backup_action = make_action(
            window, "backupAction", self.tr("&Back up now"), self.backup_now
        )
        self.restore_action = make_action(
            window, "restoreAction", self.tr("&Restore from a backup…"), self.restore_backup
        )
        for action in (self.backup_action, self.restore_action):
            action.setVisible(can_backup)
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 60 * 1000)  # hourly: is the daily backup due?
        self.timer.timeout.connect(self.automatic_backup)
        if office.kind == "sqlite":
            self.timer.start()
            QTimer.singleShot(0, self.automatic_backup)

    @Slot()
    def automatic_backup(self) -> None:
        status = self.window.statusBar()

        def done(path: object) -> None:
            if path:
                status.showMessage(self.tr("Backed up to {0}").format(path), 10000)

        def failed(exc: BaseException) -> None:
            status.showMessage(self.tr("The automatic backup failed: {0}").format(exc))

        self.runner.submit(
            "automatic backup",
            lambda report: automatic_backup(),
            on_result=done,
            on_error=failed,
            owner=self.window,
        )

    @Slot()
    def backup_now(self) -> None:
        service, window = BackupService(self.session), self.window

        def done(path: object) -> None:
            QMessageBox.information(
                window, self.tr("Backup"), self.tr("The database is backed up to\n{0}").format(path)
            )

        self.runner.submit(
            "backup",
            lambda report: service.backup_now(),
            on_result=done,
            on_error=lambda exc: show_error(window, self.tr("Backup"), str(exc)),
            owner=window,
        )

    @Slot()
    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(backup_folder()),
            self.tr("Beacon backups (*.db)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the whole database with {0}?\n\nA copy of the database as it is now is "
                "kept first. Beacon then closes; start it again to carry on."
            ).format(path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = BackupService(self.session)
        # The swap needs the only connection to the file: the GUI thread lets go of its own.
        release_connection()
        submit_write(
            self.runner,
            "restore",
            lambda: service.restore(Path(path)),
            self.window,
            self._restored,
            on_refused=lambda exc: show_error(self.window, self.tr("Restore"), str(exc)),
        )

    def _restored(self, safety: Path) -> None:
        QMessageBox.information(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Restored. The database as it was is kept at\n{0}\n\nBeacon closes now."
            ).format(safety),
        )
        QApplication.quit()
