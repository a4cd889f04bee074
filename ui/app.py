"""Starting the desktop application: open the database, first run or sign in, the main window.

The database's integrity check is not on this path (see desktop_app/services/integrity.py): it
runs in the background once the window shows, when the last session did not close cleanly or a
week has passed, and a failure puts a warning across the window. Only after a failed check, or
when the first reads fail, does a start check first and offer the latest backup, as it always did.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.services.backups import BackupService, list_backups, quick_check, schema_warning
from desktop_app.services.errors import ServiceError
from desktop_app.services.importer import undo_unfinished_imports
from desktop_app.services.integrity import FAILED, IntegritySchedule
from desktop_app.services.office import (
    OfficeDatabase,
    OfficeOpenError,
    open_office,
    prune_documents,
)
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import has_users
from resources import resource_path
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.sign_in import SignInDialog
from ui.errors import install_excepthook, show_error
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.refcount_guard import guard_singletons
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    guard_singletons()  # before the first click can drop a reference (see the module)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("Beacon")
    app.setApplicationName("Beacon")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons/beacon.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    if not app.property("beaconTranslated"):  # once, before the first window is built
        install_translators(app)
        app.setProperty("beaconTranslated", True)
    return app


class Controller(QObject):
    """Keeps one main window; a switch of user replaces it with the new person's window."""

    def __init__(self, office: OfficeDatabase) -> None:
        super().__init__()
        self.office = office
        self.window: MainWindow | None = None
        self.runner = TaskRunner(self)  # work that outlives one user's window
        self.integrity_problem: str | None = None

    def show(self, session: Session) -> MainWindow:
        old = self.window
        app = QApplication.instance()
        if old is not None and isinstance(app, QApplication):
            # The old window may refuse to close (work still running): then nothing changes.
            app.setQuitOnLastWindowClosed(False)
            try:
                if not old.close():
                    return old
            finally:
                app.setQuitOnLastWindowClosed(True)
        self.window = MainWindow(session, self.office)
        self.window.switch_user.connect(self.show)
        if self.integrity_problem is not None:
            self.window.integrity_banner.show_problem(self.integrity_problem)
        self.window.show()
        if old is not None:
            old.deleteLater()
        return self.window

    def check_integrity(self, schedule: IntegritySchedule) -> None:
        """The integrity check on a worker while people work; a failure is told in the window
        (and in every window after a switch of user) until Beacon is started again."""

        def failed(detail: str) -> None:
            self.integrity_problem = detail
            if self.window is not None:
                self.window.integrity_banner.show_problem(detail)

        def done(result: tuple[bool, str]) -> None:
            if not result[0]:
                failed(result[1])

        self.runner.submit(
            "integrity check",
            lambda report: schedule.run_check(),
            on_result=done,
            on_error=lambda exc: failed(str(exc)),
        )


def check_or_recover(office: OfficeDatabase) -> bool:
    """The check before sign-in, when there is reason to fear damage (the last check failed, or
    the first reads failed). A damaged database is not written to: the user may restore the
    latest good backup (a safety copy of the damaged file is kept) or quit."""
    ok, detail = quick_check()
    if ok:
        return True
    return offer_recovery(office, detail)


def offer_recovery(office: OfficeDatabase, detail: str) -> bool:
    """The damaged-database box: restore the latest backup (True once restored) or close."""
    latest = next((b for b in list_backups() if "-pre-" not in b.path.name), None)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("app", "The database is damaged"))
    text = QApplication.translate(
        "app", "Beacon's check of {0} failed ({1}). Beacon will not write to it."
    ).format(office.display, detail)
    restore = None
    if latest is not None:
        text += QApplication.translate("app", "\n\nThe latest backup is from {0}.").format(
            latest.taken_at.strftime("%d %b %Y %H:%M")
        )
        restore = box.addButton(
            QApplication.translate("app", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    recovery = Session.system("recovery", "Recovery at start")
    try:
        BackupService(recovery).restore(latest.path)  # type: ignore[union-attr]
    except ServiceError as exc:
        show_error(None, QApplication.translate("app", "Restore"), str(exc))
        return False
    return quick_check()[0]


def warn_about_schema(session: Session, parent: QWidget | None) -> str | None:
    """After sign-in, a manager or administrator is told when the database holds triggers, views,
    tables or indexes Beacon did not make, or lacks its audit guards (a look at sqlite_master
    beside the schema Beacon makes, built in memory)."""
    if session.role not in ("manager", "admin"):
        return None
    warning = schema_warning()
    show_schema_warning(parent, warning)
    return warning


def warn_about_schema_later(session: Session, window: MainWindow) -> None:
    """warn_about_schema on the window's worker once the window's first reads are done (the
    landing list painted): building the reference schema takes a tenth of a second or more of
    the interpreter, which the first list need not share."""
    if session.role not in ("manager", "admin"):
        return

    def check() -> None:
        window.runner.submit(
            "schema check",
            lambda progress: schema_warning(),
            on_result=lambda warning: show_schema_warning(window, warning),
            owner=window,
        )

    if not window.runner.busy:
        check()
        return

    def idle(busy: bool) -> None:
        if not busy:
            window.runner.busy_changed.disconnect(idle)
            check()

    window.runner.busy_changed.connect(idle)


def show_schema_warning(parent: QWidget | None, warning: str | None) -> None:
    if warning:
        QMessageBox.warning(
            parent,
            QApplication.translate("app", "The database was changed outside Beacon"),
            QApplication.translate(
                "app",
                "{0}\n\nRun 'beacon check' for the full report, and restore a good backup if "
                "you did not make these changes.",
            ).format(warning),
        )


def run_gui(db_arg: str | None) -> int:
    app = make_application()
    install_excepthook()
    try:
        office = open_office(db_arg)
    except OfficeOpenError as exc:
        show_error(None, app.translate("app", "Beacon cannot open its database"), str(exc))
        return 2
    schedule = IntegritySchedule.for_open_database()  # None on PostgreSQL: no start-up check
    due = schedule.open_session() if schedule is not None else None
    # Left open on an exception: the next start then checks, as after a crash.
    code = _run_session(app, office, schedule, due)
    if schedule is not None:
        schedule.close_session()
    return code


def _first_reads(office: OfficeDatabase) -> bool | None:
    """Undo an import cut short, then: is there anyone to sign in? A database too damaged to read
    is checked there and then, with the latest backup offered (None: Beacon closes)."""
    system = Session.system("import", "Unfinished import undone at start")
    try:
        undo_unfinished_imports(system)
        return has_users()
    except Exception:
        ok, detail = quick_check()
        if ok:
            raise  # not damage: the usual handling of an unexpected error
        log.exception("the first reads failed; the database's check: %s", detail)
        if not offer_recovery(office, detail):
            return None
    undo_unfinished_imports(system)
    return has_users()


def _run_session(
    app: QApplication,
    office: OfficeDatabase,
    schedule: IntegritySchedule | None,
    due: str | None,
) -> int:
    if due == FAILED and schedule is not None:  # damage found before: check before any write
        if not check_or_recover(office):
            return 2
        schedule.record(True, "ok")
        due = None
    prune_documents()  # yesterday's receipts and previews: personal data no longer shown
    has_office_users = _first_reads(office)
    if has_office_users is None:
        return 2
    load_demo = False
    if not has_office_users:
        first = FirstRunDialog.ask(office.display)
        if first is None:
            return 0
        session, load_demo = first.session, first.load_demo
    else:
        signed_in = SignInDialog.ask(SettingsService.office_name(), office.display)
        if signed_in is None:
            return 0
        session = signed_in
    controller = Controller(office)
    window = controller.show(session)
    warn_about_schema_later(session, window)
    if due is not None and schedule is not None:
        controller.check_integrity(schedule)
    if load_demo:
        window.load_demo()
    return int(app.exec())
