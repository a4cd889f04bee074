"""Lock, switch user, idle lock, the Audit view and what each role's window offers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.services.office import open_office
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from models.audit import AuditEntry
from models.database import db
from ui.dialogs.audit_view import AuditDialog
from ui.dialogs.lock_screen import SWITCH, UNLOCKED, LockDialog
from ui.tasks import running_tasks


def test_the_lock_screen_wants_the_users_own_password(qtbot, office):
    dialog = LockDialog(office.officer)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "wrong-password")
    dialog.findChild(QPushButton, "unlockButton").click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10000)  # checked on a worker
    assert "Wrong username or password" in dialog.message.text()
    assert dialog.outcome != UNLOCKED
    dialog.reject()  # Escape does not get past the lock
    assert dialog.outcome != UNLOCKED
    qtbot.keyClicks(dialog.password, "patrol-pass")
    dialog.findChild(QPushButton, "unlockButton").click()
    qtbot.waitUntil(lambda: dialog.outcome == UNLOCKED, timeout=10000)
    assert dialog.outcome == UNLOCKED


def test_idle_time_locks_the_window_and_switch_user_replaces_it(
    qtbot, office, window_for, monkeypatch
):
    window = window_for(office.officer)
    monkeypatch.setattr(LockDialog, "ask", classmethod(lambda cls, session, parent=None: SWITCH))
    monkeypatch.setattr(
        "ui.controllers.access.SignInDialog.ask",
        lambda office_name, display, parent=None: office.desk,
    )
    switched = []
    window.switch_user.connect(switched.append)
    window.idle.timer.timeout.emit()  # as if the idle minutes had passed
    assert switched == [office.desk]


def test_the_controller_swaps_the_window_for_the_new_user(qtbot, office, db_path):
    from ui.app import Controller

    controller = Controller(open_office(str(db_path)))
    first = controller.show(office.officer)
    qtbot.addWidget(first)
    second = controller.show(office.desk)
    qtbot.addWidget(second)
    assert second.findChild(QLabel, "statusUser").text() == "Signed in: Priya Patel (Front desk)"
    assert not first.isVisible()
    for window in (first, second):
        window.runner.wait()


@pytest.mark.parametrize(
    ("role", "pages", "audit", "backup", "demo"),
    [
        ("front_desk", ["New report", "Reports"], False, False, False),
        (
            "officer",
            ["New report", "Reports", "My shift", "Patrol entries", "Past shifts"],
            False,
            False,
            False,
        ),
        (
            "manager",
            ["New report", "Reports", "My shift", "Patrol entries", "Past shifts"],
            True,
            False,
            True,
        ),
        ("admin", [], True, True, False),
    ],
)
def test_each_role_sees_only_what_it_may_use(
    qtbot, office, window_for, role, pages, audit, backup, demo
):
    if role == "admin":
        row = UserService(Session.cli()).create_user("sam", "Sam Fraser", "admin", "admin-pass")
        session = Session(row.id, row.username, row.display_name, "admin", "pc")
    else:
        session = {"front_desk": office.desk, "officer": office.officer, "manager": office.manager}[
            role
        ]
    window = window_for(session)
    tab = window.patrol_tab
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == pages
    assert window.audit_action.isVisible() is audit
    assert window.backup_action.isVisible() is backup
    assert window.load_demo_action.isEnabled() is demo
    assert window.reports_tab.generate_button.isEnabled() is (role == "manager")


def test_the_audit_view_filters_verifies_and_is_itself_audited(qtbot, office):
    PicklistService(office.manager).add_zone("Harbour")
    dialog = AuditDialog(office.manager)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() > 5
    dialog.record_type.setCurrentIndex(dialog.record_type.findData("zone"))
    assert [dialog.model.row_at(i).record_type for i in range(dialog.model.rowCount())] == [
        "zone"
    ] * 3
    assert "name: Harbour" in dialog.model.row_at(0).changes
    assert AuditEntry.select().where(AuditEntry.record_type == "audit_log").count() >= 2
    dialog.findChild(QPushButton, "auditVerifyButton").click()
    qtbot.waitUntil(
        lambda: dialog.chain_result.text().startswith("✔ audit chain ok"), timeout=10000
    )
    target = (
        AuditEntry.select().where(AuditEntry.record_type == "zone").order_by(AuditEntry.id).first()
    )
    db.execute_sql("DROP TRIGGER audit_entry_no_update")
    db.execute_sql("UPDATE audit_entry SET username = 'nobody' WHERE id = ?", (target.id,))
    dialog.findChild(QPushButton, "auditVerifyButton").click()
    qtbot.waitUntil(
        lambda: f"broken at entry {target.id}" in dialog.chain_result.text(), timeout=10000
    )


def test_an_administrator_adds_a_person_and_deactivates_a_leaver(qtbot, office):
    from ui.dialogs.users_dialog import UsersDialog

    dialog = UsersDialog(office.manager)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "jmensah")
    qtbot.keyClicks(dialog.display_name, "Joseph Mensah")
    qtbot.keyClicks(dialog.password, "short")
    dialog.findChild(QPushButton, "addUserButton").click()
    password_error = dialog.findChild(QLabel, "newPasswordError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and bool(password_error.text()), timeout=10000)
    assert "at least 8" in dialog.findChild(QLabel, "newPasswordError").text()
    assert dialog.username.text() == "jmensah"  # nothing typed is lost
    dialog.password.setText("a-good-password")
    dialog.findChild(QPushButton, "addUserButton").click()
    qtbot.waitUntil(lambda: "Added" in dialog.message.text(), timeout=10000)
    names = [dialog.model.row_at(i).username for i in range(dialog.model.rowCount())]
    assert "jmensah" in names
    row = names.index("akhan")
    dialog.table.selectRow(row)
    dialog.findChild(QPushButton, "toggleActiveButton").click()
    qtbot.waitUntil(lambda: "inactive" in dialog.message.text(), timeout=10000)
    assert "Asha Khan is now inactive" in dialog.message.text()
    from desktop_app.services.errors import SignInError
    from desktop_app.services.users import authenticate

    with pytest.raises(SignInError):
        authenticate("akhan", "patrol-pass")


def test_office_settings_are_checked_at_the_field(qtbot, office):
    from desktop_app.services.settings import SettingsService
    from ui.dialogs.office_settings import OfficeSettingsDialog

    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    dialog.fields["time_zone"].setText("Mars/Olympus")
    dialog.numbers["idle_lock_minutes"].setValue(5)
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    zone_error = dialog.findChild(QLabel, "setting_time_zoneError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and bool(zone_error.text()), timeout=10000)
    assert "Unknown time zone" in dialog.findChild(QLabel, "setting_time_zoneError").text()
    dialog.fields["time_zone"].setText("Europe/Dublin")
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    saved = SettingsService(office.manager).get()
    assert (saved.time_zone, saved.idle_lock_minutes) == ("Europe/Dublin", 5)


def test_the_lock_hides_the_work_until_unlocked(qtbot, office, window_for, monkeypatch):
    window = window_for(office.officer)
    seen = []

    def ask(cls, session, parent=None):
        seen.append(window.tabs.isVisible())
        return UNLOCKED

    monkeypatch.setattr(LockDialog, "ask", classmethod(ask))
    window.lock()
    assert seen == [False]
    assert window.tabs.isVisible()


def test_a_window_that_refuses_to_close_is_kept_when_switching_user(qtbot, office, db_path):
    from ui.app import Controller

    controller = Controller(open_office(str(db_path)))
    first = controller.show(office.officer)
    qtbot.addWidget(first)
    first.closeEvent = lambda event: event.ignore()  # as when work is still running
    assert controller.show(office.desk) is first
    assert first.isVisible() and controller.window is first
    first.runner.wait()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=30000)  # the backup a sign-out starts
