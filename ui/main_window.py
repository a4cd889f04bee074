"""The main window: four tabs, menus, a status bar naming the database and the signed-in user."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.demo import DemoSummary, load_demo, office_is_empty
from desktop_app.logging_setup import log_dir
from desktop_app.services.backups import BackupService, automatic_backup, backup_folder
from desktop_app.services.errors import ServiceError
from desktop_app.services.office import OfficeDatabase
from desktop_app.services.permissions import ROLE_LABELS, allowed
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from ui.dialogs.audit_view import AuditDialog
from ui.dialogs.lock_screen import SWITCH, LockDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.sign_in import SignInDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.errors import show_error
from ui.idle import IdleWatcher
from ui.tabs.contacts_tab import ContactsTab
from ui.tabs.events_tab import EventsTab
from ui.tabs.patrol_tab import PatrolTab
from ui.tabs.reports_tab import ReportsTab
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    switch_user = Signal(object)  # the new Session

    def __init__(
        self,
        session: Session,
        office: OfficeDatabase,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.office = office
        self.settings = settings if settings is not None else QSettings()
        self.runner = TaskRunner(self)
        self.office_name = SettingsService.office_name()
        self.setWindowTitle(self.tr("Beacon — {0}").format(self.office_name))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.patrol_tab = PatrolTab(session, self.runner)
        self.contacts_tab = ContactsTab()
        self.events_tab = EventsTab()
        self.reports_tab = ReportsTab(session, self.runner)
        for widget, label in (
            (self.patrol_tab, self.tr("Patrol Log")),
            (self.contacts_tab, self.tr("Contacts")),
            (self.events_tab, self.tr("Events")),
            (self.reports_tab, self.tr("Reports")),
        ):
            self.tabs.addTab(widget, label)
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self._build_status_bar()
        self.runner.busy_changed.connect(self._busy_changed)
        self._restore_state()
        office_settings = SettingsService._load()
        self.idle = IdleWatcher(office_settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60 * 1000)  # hourly: is the daily backup due?
        self.backup_timer.timeout.connect(self.automatic_backup)
        if self.office.kind == "sqlite":
            self.backup_timer.start()
            QTimer.singleShot(0, self.automatic_backup)

    # ---- menus -------------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.switch_user_action = self._action(
            "switchUserAction", self.tr("S&witch user…"), self.ask_switch_user
        )
        self.lock_action = self._action(
            "lockAction", self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L")
        )
        self.new_report_action = self._action(
            "newReportAction", self.tr("&New report"), self.new_report, QKeySequence.StandardKey.New
        )
        self.new_report_action.setVisible(self.patrol_tab.walk_in is not None)
        self.find_action = self._action(
            "findAction",
            self.tr("&Find a report…"),
            self.find_report,
            QKeySequence.StandardKey.Find,
        )
        self.find_action.setVisible(self.patrol_tab.reports is not None)
        self.print_action = self._action(
            "printAction",
            self.tr("&Print…"),
            self.reports_tab.print_current,
            QKeySequence.StandardKey.Print,
        )
        file_menu.addAction(self.new_report_action)
        file_menu.addAction(self.find_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        can_backup = allowed(self.session.role, "backup.run") and self.office.kind == "sqlite"
        self.backup_action = self._action("backupAction", self.tr("&Back up now"), self.backup_now)
        self.restore_action = self._action(
            "restoreAction", self.tr("&Restore from a backup…"), self.restore_backup
        )
        for action in (self.backup_action, self.restore_action):
            action.setVisible(can_backup)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.load_demo_action = self._action(
            "loadDemoAction", self.tr("Load &demo office…"), self.load_demo
        )
        self.load_demo_action.setEnabled(allowed(self.session.role, "picklist.manage"))
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edits: list[tuple[str, str, str, QKeySequence.StandardKey] | None] = [
            ("undoAction", self.tr("&Undo"), "undo", QKeySequence.StandardKey.Undo),
            ("redoAction", self.tr("&Redo"), "redo", QKeySequence.StandardKey.Redo),
            None,
            ("cutAction", self.tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
            ("copyAction", self.tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
            ("pasteAction", self.tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
            (
                "selectAllAction",
                self.tr("Select &all"),
                "selectAll",
                QKeySequence.StandardKey.SelectAll,
            ),
        ]
        for item in edits:
            if item is None:
                edit_menu.addSeparator()
                continue
            name, text, method, key = item
            action = self._action(name, text, lambda _=False, m=method: self._edit(m))
            # The focused field handles the keys itself; the menu entry is for mouse users.
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            edit_menu.addAction(action)

        edit_menu.addSeparator()
        self.users_action = self._action(
            "usersAction", self.tr("&Users…"), lambda: UsersDialog.ask(self.session, self)
        )
        self.users_action.setVisible(allowed(self.session.role, "user.manage"))
        self.settings_action = self._action(
            "officeSettingsAction", self.tr("&Office settings…"), self.edit_settings
        )
        self.settings_action.setVisible(allowed(self.session.role, "settings.manage"))
        edit_menu.addAction(self.users_action)
        edit_menu.addAction(self.settings_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        for index in range(self.tabs.count()):
            action = self._action(
                f"showTab{index + 1}Action",
                self.tabs.tabText(index),
                lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.audit_action = self._action(
            "auditAction", self.tr("&Audit trail…"), lambda: AuditDialog.ask(self.session, self)
        )
        self.audit_action.setVisible(allowed(self.session.role, "audit.read"))
        view_menu.addAction(self.audit_action)
        view_menu.addSeparator()
        self.status_bar_action = self._action(
            "toggleStatusBarAction",
            self.tr("Status &bar"),
            lambda checked: self.statusBar().setVisible(checked),
        )
        self.status_bar_action.setCheckable(True)
        self.status_bar_action.setChecked(True)
        view_menu.addAction(self.status_bar_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(
            self._action("openLogFolderAction", self.tr("Open &log folder"), self.open_log_folder)
        )
        help_menu.addSeparator()
        help_menu.addAction(self._action("aboutAction", self.tr("&About Beacon"), self.about))
        help_menu.addAction(
            self._action("aboutQtAction", self.tr("About &Qt"), QApplication.aboutQt)
        )

    def _edit(self, method: str) -> None:
        widget = QApplication.focusWidget()
        handler = getattr(widget, method, None)
        if callable(handler):
            handler()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QLabel(self.tr("Database: {0}").format(self.office.display))
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setToolTip(self.office.display)
        role = ROLE_LABELS.get(self.session.role, self.session.role)
        self.user_label = QLabel(
            self.tr("Signed in: {0} ({1})").format(self.session.display_name, role)
        )
        self.user_label.setObjectName("statusUser")
        self.busy_label = QLabel()
        self.busy_label.setObjectName("statusBusy")
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.user_label)
        if self.office.migrated_from is not None:
            status.showMessage(
                self.tr(
                    "The database was updated from schema version {0}; a backup was kept at {1}"
                ).format(self.office.migrated_from, self.office.backup or "—"),
                15000,
            )

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # ---- window state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        tab = self.settings.value("mainWindow/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(str(tab)))

    def save_state(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy and not self.runner.wait(3000):  # most background reads end in ms
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr(
                    "Beacon is still working in the background. Quit anyway? "
                    "Unfinished work is not saved."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.reports_tab.close_preview()
        event.accept()

    # ---- actions -----------------------------------------------------------------------------
    @Slot()
    def load_demo(self) -> None:
        if not office_is_empty():
            QMessageBox.information(
                self,
                self.tr("Demo office"),
                self.tr(
                    "This database already holds records, so the demo cannot be added to it. "
                    "Start Beacon with a new database file to explore the demo."
                ),
            )
            return
        dialog = QProgressDialog(self.tr("Building the demo office…"), "", 0, 100, self)
        dialog.setObjectName("demoProgress")
        dialog.setWindowTitle(self.tr("Demo office"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        session = self.session

        def progress(pct: int, what: str) -> None:
            dialog.setValue(pct)
            dialog.setLabelText(self.tr("Building the demo office: {0}…").format(what))

        def done(summary: DemoSummary) -> None:
            dialog.close()
            self.statusBar().showMessage(
                self.tr("Demo office loaded: {0}").format(summary.describe()), 20000
            )
            QMessageBox.information(
                self,
                self.tr("Demo office ready"),
                self.tr(
                    "The demo office is loaded: {0}.\n\nIts staff accounts (manager, desk1, "
                    "desk2, akhan, …) all use the password {1}."
                ).format(summary.describe(), summary.password),
            )

        def failed(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, ServiceError):
                show_error(self, self.tr("Demo office"), str(exc))
            else:
                show_error(
                    self,
                    self.tr("Demo office"),
                    self.tr("The demo office could not be built; nothing was added."),
                    repr(exc),
                )

        self.runner.submit(
            "demo",
            lambda report: load_demo(session, progress=report),
            on_result=done,
            on_error=failed,
            on_progress=progress,
        )

    @Slot()
    def new_report(self) -> None:
        """Ctrl+N: the walk-in form, ready for the person at the desk."""
        if self.patrol_tab.walk_in is not None:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.pages.setCurrentWidget(self.patrol_tab.walk_in)
            self.patrol_tab.walk_in.reporter.search.setFocus()

    @Slot()
    def find_report(self) -> None:
        """Ctrl+F: the report list's search box (a number typed there opens the report)."""
        if self.patrol_tab.reports is not None:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.pages.setCurrentWidget(self.patrol_tab.reports)
            self.patrol_tab.reports.text.setFocus()
            self.patrol_tab.reports.text.selectAll()

    @Slot()
    def edit_settings(self) -> None:
        if OfficeSettingsDialog.ask(self.session, self):
            office = SettingsService._load()
            self.office_name = office.office_name
            self.setWindowTitle(self.tr("Beacon — {0}").format(self.office_name))
            self.idle.set_minutes(office.idle_lock_minutes)

    # ---- signing in and out ------------------------------------------------------------------
    @Slot()
    def lock(self) -> None:
        """Hide the work behind the lock screen until the user's password is typed again."""
        if getattr(self, "_locked", False):
            return
        self._locked = True
        self.idle.timer.stop()
        self.tabs.setVisible(False)  # the work stays open underneath but cannot be read
        try:
            outcome = LockDialog.ask(self.session, self)
        finally:
            self._locked = False
            self.tabs.setVisible(True)
            self.idle.set_minutes(self.idle.minutes)
        if outcome == SWITCH:
            self.ask_switch_user(relock=True)

    @Slot()
    def ask_switch_user(self, relock: bool = False) -> None:
        session = SignInDialog.ask(self.office_name, self.office.display, self)
        if session is not None:
            self.switch_user.emit(session)
        elif relock:
            self.lock()

    # ---- backups -----------------------------------------------------------------------------
    @Slot()
    def automatic_backup(self) -> None:
        def done(path: object) -> None:
            if path:
                self.statusBar().showMessage(self.tr("Backed up to {0}").format(path), 10000)

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(self.tr("The automatic backup failed: {0}").format(exc))

        self.runner.submit(
            "automatic backup",
            lambda report: automatic_backup(),
            on_result=done,
            on_error=failed,
            owner=self,
        )

    @Slot()
    def backup_now(self) -> None:
        service = BackupService(self.session)

        def done(path: object) -> None:
            QMessageBox.information(
                self, self.tr("Backup"), self.tr("The database is backed up to\n{0}").format(path)
            )

        self.runner.submit(
            "backup",
            lambda report: service.backup_now(),
            on_result=done,
            on_error=lambda exc: show_error(self, self.tr("Backup"), str(exc)),
            owner=self,
        )

    @Slot()
    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(backup_folder()),
            self.tr("Beacon backups (*.db)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the whole database with {0}?\n\nA copy of the database as it is now is "
                "kept first. Beacon then closes; start it again to carry on."
            ).format(path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = BackupService(self.session).restore(Path(path))
        except ServiceError as exc:
            show_error(self, self.tr("Restore"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr(
                "Restored. The database as it was is kept at\n{0}\n\nBeacon closes now."
            ).format(safety),
        )
        QApplication.quit()

    @Slot()
    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Beacon"),
            self.tr(
                "<h3>Beacon {0}</h3><p>The record-keeping desk of a community-oriented "
                "security office: patrol logs, walk-in reports, contacts, events and "
                "problem solving, and the manager's monthly report.</p>"
                "<p><b>Database:</b> {1}<br><b>Office:</b> {2}<br><b>Log folder:</b> {3}</p>"
            ).format(__version__, self.office.display, self.office_name, log_dir()),
        )
