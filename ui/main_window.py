"""The main window: the frame of four tabs, the menu bar and a status bar naming the database and
the signed-in user. Its menus' flows live in ui/controllers/."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.office import OfficeDatabase
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import ROLE_LABELS, allowed
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from ui.controllers.access import AccessController
from ui.controllers.actions import make_action
from ui.controllers.admin import AdminController
from ui.controllers.backups import BackupController
from ui.controllers.demo import DemoController
from ui.controllers.menus import add_edit_actions, add_tab_actions, open_log_folder, show_about
from ui.controllers.open_shift import may_quit
from ui.controllers.tab_links import make_events, make_problems, make_today
from ui.i18n import vocabulary
from ui.tabs.contacts_tab import ContactsTab
from ui.tabs.events_tab import EventsTab
from ui.tabs.patrol_tab import PatrolTab
from ui.tabs.problems_tab import ProblemsTab
from ui.tabs.reports_tab import ReportsTab
from ui.tabs.today_tab import TodayTab
from ui.tasks import TaskRunner
from ui.widgets.integrity_banner import IntegrityBanner
from ui.widgets.lazy_tabs import LazyTabs


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
        self._switching = False  # closing to hand the computer to another user, not quitting
        self.office_name = SettingsService.office_name()
        self.setWindowTitle(self.tr("Beacon — {0}").format(self.office_name))
        self._build_tabs()
        self.access = AccessController(
            self,
            session,
            load_office_settings().idle_lock_minutes,
            self.tabs,
            lambda: (self.office_name, self.office.display),
            self._switch_to,
        )
        self.idle = self.access.idle
        self.backups = BackupController(self, session, office, self.runner)
        self.demo = DemoController(self, session, self.runner)
        self.admin = AdminController(self, session, self._settings_changed)
        self.admin.picklists_changed.connect(self._picklists_changed)
        self._build_menus()
        self._build_status_bar()
        self.runner.busy_changed.connect(self._busy_changed)
        self._restore_state()

    def _build_tabs(self) -> None:
        """The landing tab (Today for officers and managers, else the Patrol Log on the role's
        page) is built now; the others when first opened (see LazyTabs), so the window shows as
        soon as its first page is ready."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.lazy_tabs = LazyTabs(self.tabs)
        # Officers and managers land on Today; the front desk keeps the walk-in form first.
        today = self.session.role in ("officer", "manager")
        tabs: list[tuple[str, str, Callable[[], QWidget]]] = []
        if today:
            tabs.append(("today", self.tr("Today"), lambda: make_today(self)))
        tabs += [
            ("patrol", self.tr("Patrol Log"), lambda: PatrolTab(self.session, self.runner)),
            ("contacts", self.tr("Contacts"), self._make_contacts),
            ("events", self.tr("Events"), lambda: make_events(self)),
        ]
        if allowed(self.session.role, "problem.read"):
            tabs.append(("problems", self.tr("Problems"), lambda: make_problems(self)))
        tabs.append(("reports", self.tr("Reports"), lambda: ReportsTab(self.session, self.runner)))
        for name, label, factory in tabs:
            self.lazy_tabs.add(name, label, factory)
        self.lazy_tabs.show("today" if today else "patrol")
        self.integrity_banner = IntegrityBanner()  # shown when the background check finds damage
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.integrity_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _make_contacts(self) -> ContactsTab:
        contacts = ContactsTab(self.session, self.runner)
        contacts.open_report.connect(self.open_report)
        contacts.open_event.connect(self.open_event)
        contacts.open_problem.connect(self.open_problem)
        return contacts

    @Slot(int)
    def open_problem(self, problem_id: int) -> None:
        """A problem opened from elsewhere (a contact's or a place's history): its card."""
        if self.lazy_tabs.has("problems"):
            self.tabs.setCurrentWidget(self.problems_tab)
            self.problems_tab.open_problem(problem_id)

    @Slot(int)
    def open_event(self, event_id: int) -> None:
        """An event opened from elsewhere (a contact's or a place's history): its page in the
        Events tab."""
        self.tabs.setCurrentWidget(self.events_tab)
        self.events_tab.open_event(event_id)

    @Slot(int)
    def open_report(self, report_id: int) -> None:
        """A report opened from elsewhere (a contact's or a place's history): in the Patrol Log's
        report view, where it lives."""
        if self.patrol_tab.reports is not None:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.open_report(report_id)

    def tab(self, name: str) -> QWidget:
        """A main tab by name (today, patrol, contacts, events, reports), built if it was not
        yet."""
        return self.lazy_tabs.page(name)

    @property
    def patrol_tab(self) -> PatrolTab:
        return cast(PatrolTab, self.tab("patrol"))

    @property
    def contacts_tab(self) -> ContactsTab:
        return cast(ContactsTab, self.tab("contacts"))

    @property
    def events_tab(self) -> EventsTab:
        return cast(EventsTab, self.tab("events"))

    @property
    def problems_tab(self) -> ProblemsTab:
        return cast(ProblemsTab, self.tab("problems"))

    @property
    def today_tab(self) -> TodayTab:
        return cast(TodayTab, self.tab("today"))

    @property
    def reports_tab(self) -> ReportsTab:
        return cast(ReportsTab, self.tab("reports"))

    # ---- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self._build_file_menu()
        bar = self.menuBar()
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        add_edit_actions(edit_menu, self)
        edit_menu.addSeparator()
        edit_menu.addAction(self.admin.users_action)
        edit_menu.addAction(self.admin.picklists_action)
        edit_menu.addAction(self.admin.settings_action)
        self.audit_action = self.admin.audit_action

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        add_tab_actions(view_menu, self.tabs, self)
        view_menu.addSeparator()
        view_menu.addAction(self.audit_action)
        view_menu.addSeparator()
        self.status_bar_action = make_action(
            self,
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
            make_action(self, "openLogFolderAction", self.tr("Open &log folder"), open_log_folder)
        )
        help_menu.addSeparator()
        help_menu.addAction(make_action(self, "aboutAction", self.tr("&About Beacon"), self.about))
        help_menu.addAction(
            make_action(self, "aboutQtAction", self.tr("About &Qt"), QApplication.aboutQt)
        )

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_report_action = make_action(
            self,
            "newReportAction",
            self.tr("&New report"),
            self.new_report,
            QKeySequence.StandardKey.New,
        )
        self.new_report_action.setVisible(allowed(self.session.role, "report.create"))
        self.find_action = make_action(
            self,
            "findAction",
            self.tr("&Find a report…"),
            self.find_report,
            QKeySequence.StandardKey.Find,
        )
        role = self.session.role
        self.find_action.setVisible(
            allowed(role, "report.read") or allowed(role, "report.read_own")
        )
        self.print_action = make_action(
            self,
            "printAction",
            self.tr("&Print…"),
            self.print_current,
            QKeySequence.StandardKey.Print,
        )
        self.backup_action = self.backups.backup_action
        self.restore_action = self.backups.restore_action
        self.load_demo_action = self.demo.action
        self.quit_action = make_action(
            self, "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        groups = [
            [self.new_report_action, self.find_action, self.print_action],
            [self.access.switch_user_action, self.access.lock_action],
            [self.backup_action, self.restore_action],
            [self.load_demo_action],
            [self.quit_action],
        ]
        for number, group in enumerate(groups):
            if number:
                file_menu.addSeparator()
            for action in group:
                file_menu.addAction(action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QLabel(self.tr("Database: {0}").format(self.office.display))
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setToolTip(self.office.display)
        role = vocabulary(ROLE_LABELS.get(self.session.role, self.session.role))
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
        """The size is the computer's; the page is the role's. A tab left open by whoever used
        this computer last is not where the next person's work starts."""
        geometry = self.settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        if self.lazy_tabs.has("today"):  # officers and managers: what needs doing now
            self.tabs.setCurrentWidget(self.today_tab)
        else:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.show_landing_page()

    def save_state(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.sync()

    def _switch_to(self, session: Session) -> None:
        """Another user signs in here: this window closes without asking about the shift,
        which stays open for its officer."""
        self._switching = True
        try:
            self.switch_user.emit(session)
        finally:
            self._switching = False

    def _show_end_of_shift(self) -> None:
        self.tabs.setCurrentWidget(self.patrol_tab)
        self.patrol_tab.show_end_of_shift()

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
        patrol = self.lazy_tabs.built("patrol")  # not built now only to be asked
        tab = patrol if isinstance(patrol, PatrolTab) else None
        if not self._switching and not may_quit(self, self.session, tab, self._show_end_of_shift):
            event.ignore()
            return
        self.save_state()
        reports_tab = self.lazy_tabs.built("reports")
        if isinstance(reports_tab, ReportsTab):
            reports_tab.close_preview()
        event.accept()

    # ---- actions -----------------------------------------------------------------------------
    @Slot()
    def new_report(self) -> None:
        """Ctrl+N: the walk-in form, ready for the person at the desk (it asks before clearing
        a half-filled report)."""
        walk_in = self.patrol_tab.walk_in
        if walk_in is not None:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.pages.setCurrentWidget(walk_in)
            walk_in.start_new()

    @Slot()
    def find_report(self) -> None:
        """Ctrl+F: the report list's search box (a number typed there opens the report)."""
        reports = self.patrol_tab.reports
        if reports is not None:
            self.tabs.setCurrentWidget(self.patrol_tab)
            self.patrol_tab.pages.setCurrentWidget(reports)
            reports.text.setFocus()
            reports.text.selectAll()

    @Slot()
    def print_current(self) -> None:
        """Ctrl+P: the PDF shown in the Reports tab; none until that tab has been opened."""
        reports_tab = self.lazy_tabs.built("reports")
        if isinstance(reports_tab, ReportsTab):
            reports_tab.print_current()

    def _settings_changed(self) -> None:
        office = load_office_settings()
        self.office_name = office.office_name
        self.setWindowTitle(self.tr("Beacon — {0}").format(self.office_name))
        self.idle.set_minutes(office.idle_lock_minutes)

    def _picklists_changed(self) -> None:
        """Every form and filter reads its pick-lists again (a retired name no longer offered)."""
        for widget in self.findChildren(QWidget):
            reload = getattr(widget, "reload_picklists", None)
            if callable(reload):
                reload()

    # The flows, reachable from the window as before (the start-up, tests, shortcuts).
    @Slot()
    def load_demo(self) -> None:
        self.demo.load_demo()

    @Slot()
    def lock(self) -> None:
        self.access.lock()

    @Slot()
    def ask_switch_user(self) -> None:
        self.access.ask_switch_user()

    @Slot()
    def about(self) -> None:
        show_about(self, self.office.display, self.office_name)
