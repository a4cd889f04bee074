"""Every write goes through the task runner: never on the GUI thread, the form disabled under a
busy cursor while it runs, the result or the field errors back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_app.services.backups import BackupService
from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.drafts import DraftService
from desktop_app.services.office import open_office
from desktop_app.services.patrol import PatrolService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService
from models.connection import close
from models.reports import Report
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.lock_screen import UNLOCKED, LockDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.sign_in import SignInDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.dialogs.void_report import VoidReportDialog
from ui.main_window import MainWindow
from ui.tabs.patrol_tab import PatrolTab
from ui.tasks import TaskRunner
from ui.widgets.walk_in_form import WalkInForm

GUI_THREAD = threading.get_ident()


class Spy:
    """Stands in for a service function: notes the thread of each call and, when held, waits
    there until the test has looked at the form."""

    def __init__(self, real: Callable[..., Any], hold: bool = False) -> None:
        self.real = real
        self.threads: list[int] = []
        self.entered = threading.Event()
        self.released = threading.Event()
        if not hold:
            self.released.set()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.get_ident())
        self.entered.set()
        self.released.wait(30)
        return self.real(*args, **kwargs)

    @property
    def off_the_gui_thread(self) -> bool:
        return bool(self.threads) and GUI_THREAD not in self.threads


@pytest.fixture
def spy(monkeypatch) -> Iterator[Callable[..., Spy]]:
    """spy(owner, name, hold=False): replace owner.name (a class's method or a module's
    function) with a Spy; every held spy is let go when the test ends, passed or not."""
    made: list[Spy] = []

    def install(owner: Any, name: str, hold: bool = False) -> Spy:
        real = getattr(owner, name)
        watcher = Spy(real, hold)
        if isinstance(owner, type):

            def method(self: Any, *args: Any, **kwargs: Any) -> Any:
                return watcher(self, *args, **kwargs)

            watcher.real = real
            monkeypatch.setattr(owner, name, method)
        else:
            monkeypatch.setattr(owner, name, watcher)
        made.append(watcher)
        return watcher

    yield install
    for watcher in made:
        watcher.released.set()


def shown(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def held_while_busy(qtbot, watcher: Spy, form: QWidget) -> None:
    """While the held write runs: the form is disabled and the cursor busy; then let it go."""
    qtbot.waitUntil(watcher.entered.is_set, timeout=10000)
    assert not form.isEnabled()
    assert QApplication.overrideCursor() is not None
    watcher.released.set()


def test_a_walk_in_report_is_saved_off_the_gui_thread_while_the_form_waits(
    qtbot, office, spy, monkeypatch
):
    create = spy(ReportService, "create", hold=True)
    receipts: list[str] = []
    monkeypatch.setattr("ui.widgets.walk_in_form.open_document", receipts.append)
    form = WalkInForm(office.desk, TaskRunner())
    shown(qtbot, form)
    form.reporter.anonymous.setChecked(True)
    form.category.setText("Theft")
    form.location.setText("Market Square")
    form.account.setPlainText("Bicycle taken from the rack.")
    form.save_button.click()
    qtbot.waitUntil(create.entered.is_set, timeout=10000)
    assert not form.isEnabled() and QApplication.overrideCursor() is not None
    form.save()  # a second Ctrl+S while the first is running saves nothing more
    create.released.set()
    qtbot.waitUntil(lambda: form.last_saved is not None, timeout=10000)
    assert create.off_the_gui_thread and len(create.threads) == 1
    assert form.isEnabled() and QApplication.overrideCursor() is None
    assert Report.select().count() == 1
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=10000)
    assert receipts == []  # anonymous: a receipt only when someone asks for one


def test_field_errors_come_back_from_the_worker_with_the_text_kept(qtbot, office, spy):
    create = spy(ReportService, "create")
    form = WalkInForm(office.desk, TaskRunner())
    shown(qtbot, form)
    form.category.setText("Arson")
    form.account.setPlainText("Smoke from the bins.")
    form.save_button.click()
    error = form.findChild(QWidget, "walkInCategoryError")
    qtbot.waitUntil(lambda: "Unknown category" in error.text(), timeout=10000)
    assert create.off_the_gui_thread
    assert form.isEnabled() and form.account.toPlainText() == "Smoke from the bins."


def test_the_draft_is_autosaved_on_a_worker_without_disabling_the_form(qtbot, office, spy):
    save = spy(DraftService, "save", hold=True)
    form = WalkInForm(office.desk, TaskRunner())
    shown(qtbot, form)
    form.account.setPlainText("Half-way through")
    qtbot.waitUntil(save.entered.is_set, timeout=10000)
    assert form.isEnabled() and QApplication.overrideCursor() is None
    save.released.set()
    qtbot.waitUntil(lambda: form.draft_note.text() != "", timeout=10000)
    assert save.off_the_gui_thread


def test_a_new_person_is_added_from_the_form_off_the_gui_thread(qtbot, office, spy):
    create = spy(ContactService, "create", hold=True)
    form = WalkInForm(office.desk, TaskRunner())
    shown(qtbot, form)
    qtbot.keyClicks(form.reporter.search, "Ola Nowak")
    form.reporter.new_button.click()
    form.reporter.add_button.click()
    held_while_busy(qtbot, create, form.reporter.new_frame)
    qtbot.waitUntil(lambda: form.reporter.contact is not None, timeout=10000)
    assert create.off_the_gui_thread and form.reporter.contact.name == "Ola Nowak"


def report(office) -> ReportInput:
    return ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=3),
        category="Theft",
        location="Market Square",
        account="Purse taken from a stall.",
        reporter_id=office.reporter_id,
    )


def test_report_handling_runs_off_the_gui_thread(qtbot, office, spy):
    ReportService(office.manager).create(report(office))
    names = ("assign", "set_follow_up", "set_action_taken")
    spies = {name: spy(ReportService, name) for name in names}
    held = spy(ReportService, "set_status", hold=True)
    tab = PatrolTab(office.manager, TaskRunner())
    shown(qtbot, tab)
    browser = tab.reports
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1 and not browser.runner.busy)
    browser.table.selectRow(0)
    pane = browser.detail
    pane.status.setCurrentIndex(pane.status.findData("in_progress"))
    pane.status_button.click()
    held_while_busy(qtbot, held, pane)
    qtbot.waitUntil(lambda: browser.model.rows[0].status == "in_progress", timeout=10000)
    pane.officer.setCurrentIndex(pane.officer.findText("Asha Khan"))
    pane.assign_button.click()
    qtbot.waitUntil(lambda: pane.isEnabled() and bool(spies["assign"].threads), timeout=10000)
    pane.has_follow_up.setChecked(True)
    pane.follow_button.click()
    qtbot.waitUntil(lambda: pane.isEnabled() and bool(spies["set_follow_up"].threads))
    pane.action_taken.setPlainText("Stall holder given crime prevention advice.")
    pane.save_action.click()
    qtbot.waitUntil(lambda: "crime prevention" in pane.detail.action_taken, timeout=10000)
    assert held.off_the_gui_thread
    assert all(spies[name].off_the_gui_thread for name in names)
    qtbot.waitUntil(lambda: not browser.runner.busy, timeout=10000)


def test_the_void_dialog_voids_off_the_gui_thread_and_stays_open_meanwhile(qtbot, office, spy):
    detail = ReportService(office.manager).create(report(office))
    void = spy(ReportService, "void", hold=True)
    service = ReportService(office.manager)
    dialog = VoidReportDialog(detail.row.number, lambda reason: service.void(detail.row.id, reason))
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.reason, "Entered twice by mistake")
    dialog.findChild(QWidget, "voidConfirmButton").click()
    qtbot.waitUntil(void.entered.is_set, timeout=10000)
    assert dialog.isVisible() and not dialog.reason.isEnabled()
    dialog.reject()  # Escape while the write runs does not walk away from it
    assert dialog.isVisible()
    void.released.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert void.off_the_gui_thread and dialog.result_value.row.status == "void"


def test_a_shift_is_started_logged_linked_and_ended_off_the_gui_thread(
    qtbot, office, spy, monkeypatch
):
    existing = ReportService(office.manager).create(report(office))
    names = ("start_shift", "add_entry", "link_report", "end_shift")
    spies = {name: spy(PatrolService, name) for name in names}
    tab = PatrolTab(office.officer, TaskRunner())
    shown(qtbot, tab)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    page.findChild(QWidget, "startShiftButton").click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=10000)
    page.location.setText("Market Square")
    page.observation.setPlainText("Stall owner pointed out the thief.")
    page.findChild(QWidget, "addEntryButton").click()
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    page.link_number.setText(existing.row.number)
    page.findChild(QWidget, "linkReportButton").click()
    qtbot.waitUntil(lambda: page.entries.rows[0].report_number == existing.row.number)
    page.handover.setPlainText("Quiet.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.findChild(QWidget, "endShiftButton").click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=10000)
    assert all(spies[name].off_the_gui_thread for name in names)


def test_a_held_entry_keeps_the_entry_form_disabled(qtbot, office, spy):
    patrol = PatrolService(office.officer)
    patrol.start_shift(office.zones["South"], "foot")
    add = spy(PatrolService, "add_entry", hold=True)
    tab = PatrolTab(office.officer, TaskRunner())
    shown(qtbot, tab)
    page = tab.shift_log
    page.location.setText("Market Square")
    page.observation.setPlainText("Checked the stalls: all shut, no damage.")
    page.findChild(QWidget, "addEntryButton").click()
    held_while_busy(qtbot, add, page.observation.parentWidget())
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1, timeout=10000)
    assert add.off_the_gui_thread


def test_people_are_added_and_changed_off_the_gui_thread(qtbot, office, spy, monkeypatch):
    create = spy(UserService, "create_user", hold=True)
    others = {name: spy(UserService, name) for name in ("set_role", "set_active", "set_password")}
    dialog = UsersDialog(office.manager)
    shown(qtbot, dialog)
    dialog.username.setText("jmensah")
    dialog.display_name.setText("Joseph Mensah")
    dialog.password.setText("a-good-password")
    dialog.findChild(QWidget, "addUserButton").click()
    held_while_busy(qtbot, create, dialog.username.parentWidget())
    qtbot.waitUntil(lambda: "Added Joseph Mensah" in dialog.message.text(), timeout=10000)
    names = [dialog.model.row_at(i).username for i in range(dialog.model.rowCount())]
    dialog.table.selectRow(names.index("akhan"))
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.findChild(QWidget, "changeRoleButton").click()
    qtbot.waitUntil(lambda: "Asha Khan is now Manager" in dialog.message.text(), timeout=10000)
    dialog.table.selectRow(names.index("akhan"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("new-password-1", True))
    dialog.findChild(QWidget, "setPasswordButton").click()
    qtbot.waitUntil(lambda: "Password set for Asha Khan" in dialog.message.text())
    dialog.table.selectRow(names.index("akhan"))
    dialog.findChild(QWidget, "toggleActiveButton").click()
    qtbot.waitUntil(lambda: "Asha Khan is now inactive" in dialog.message.text())
    assert create.off_the_gui_thread
    assert all(watcher.off_the_gui_thread for watcher in others.values())
    qtbot.waitUntil(lambda: not dialog.runner.busy)


def test_office_settings_are_saved_off_the_gui_thread_and_then_the_dialog_closes(
    qtbot, office, spy
):
    update = spy(SettingsService, "update", hold=True)
    dialog = OfficeSettingsDialog(office.manager)
    shown(qtbot, dialog)
    dialog.fields["office_name"].setText("Harbour Office")
    dialog.findChild(QWidget, "saveSettingsButton").click()
    held_while_busy(qtbot, update, dialog.fields["office_name"].parentWidget())
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert update.off_the_gui_thread and SettingsService.office_name() == "Harbour Office"


def test_the_first_manager_is_created_off_the_gui_thread(qtbot, office_db, spy):
    import ui.dialogs.first_run as first_run

    create = spy(first_run, "start_office", hold=True)
    dialog = FirstRunDialog(office_db.display)
    shown(qtbot, dialog)
    for name, text in {
        "firstRunOffice": "Riverside",
        "firstRunDisplayName": "Morgan Ellis",
        "firstRunUsername": "morgan",
        "firstRunPassword": "correct-horse",
        "firstRunRepeat": "correct-horse",
    }.items():
        dialog.findChild(QLineEdit, name).setText(text)
    dialog.findChild(QWidget, "firstRunCreateButton").click()
    held_while_busy(qtbot, create, dialog.findChild(QLineEdit, "firstRunUsername").parentWidget())
    places = dialog.findChild(QWidget, "firstRunPlacesPage")
    qtbot.waitUntil(places.isVisible, timeout=10000)  # then the zones and locations
    assert create.off_the_gui_thread and dialog.result_value.session.username == "morgan"


def test_signing_in_and_unlocking_check_the_password_off_the_gui_thread(
    qtbot, office, office_db, spy
):
    import ui.dialogs.lock_screen as lock_screen
    import ui.dialogs.sign_in as sign_in

    check = spy(sign_in, "authenticate", hold=True)
    dialog = SignInDialog("Riverside", office_db.display)
    shown(qtbot, dialog)
    dialog.username.setText("akhan")
    dialog.password.setText("patrol-pass")
    dialog.findChild(QWidget, "signInButton").click()
    held_while_busy(qtbot, check, dialog.username.parentWidget())
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10000)
    assert check.off_the_gui_thread and dialog.result() == QDialog.DialogCode.Accepted

    unlock = spy(lock_screen, "authenticate")
    lock = LockDialog(office.officer)
    shown(qtbot, lock)
    lock.password.setText("patrol-pass")
    lock.findChild(QWidget, "unlockButton").click()
    qtbot.waitUntil(lambda: lock.outcome == UNLOCKED, timeout=10000)
    assert unlock.off_the_gui_thread


def test_restore_from_the_menu_runs_off_the_gui_thread(qtbot, office, db_path, tmp_path, spy):
    row = UserService(Session.cli()).create_user("sam", "Sam Fraser", "admin", "admin-pass")
    admin = Session(row.id, row.username, row.display_name, "admin", "pc")
    backup = BackupService(admin).backup_now()
    restore = spy(BackupService, "restore", hold=True)
    told: list[str] = []
    quits: list[bool] = []
    close()  # open_office opens its own connection; the swap needs every other one closed
    window = MainWindow(
        admin,
        open_office(str(db_path)),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    shown(qtbot, window)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    patches = pytest.MonkeyPatch()
    try:
        patches.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        patches.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        patches.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
        patches.setattr(QApplication, "quit", lambda: quits.append(True))
        patches.setattr("ui.controllers.backups.show_error", lambda *a: told.append(a[2]))
        window.restore_action.trigger()
        held_while_busy(qtbot, restore, window.centralWidget())
        qtbot.waitUntil(lambda: bool(quits or told), timeout=30000)
    finally:
        patches.undo()
    assert restore.off_the_gui_thread
    assert told and told[0].startswith("Restored.")
    assert Path(backup).exists()
