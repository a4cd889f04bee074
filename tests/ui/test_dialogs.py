"""First run, sign-in and the crash dialog, driven through their real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from desktop_app.services.settings import SettingsService
from desktop_app.services.users import authenticate, has_users
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.sign_in import SignInDialog
from ui.errors import ErrorDialog


def fill(qtbot, dialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, text)


GOOD = {
    "firstRunOffice": "Riverside Community Safety Office",
    "firstRunDisplayName": "Morgan Ellis",
    "firstRunUsername": "morgan",
    "firstRunPassword": "correct-horse",
    "firstRunRepeat": "correct-horse",
}


def test_first_run_creates_the_manager_and_names_the_office(qtbot, office_db):
    dialog = FirstRunDialog(office_db.display)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, GOOD)
    dialog.findChild(QCheckBox, "firstRunLoadDemo").setChecked(True)
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "firstRunCreateButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted)  # on a worker
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.result_value.load_demo is True
    assert dialog.result_value.session.role == "manager"
    assert SettingsService.office_name() == "Riverside Community Safety Office"
    assert authenticate("morgan", "correct-horse").display_name == "Morgan Ellis"


def test_first_run_mistakes_are_shown_at_the_field_and_nothing_typed_is_lost(qtbot, office_db):
    dialog = FirstRunDialog(office_db.display)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {**GOOD, "firstRunRepeat": "correct-hose"})
    create = dialog.findChild(QPushButton, "firstRunCreateButton")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "firstRunRepeatError")
    assert error.isVisible() and error.text() == "The two passwords differ"
    assert dialog.findChild(QLineEdit, "firstRunUsername").text() == "morgan"
    assert not has_users()

    fill(qtbot, dialog, {"firstRunPassword": "short", "firstRunRepeat": "short"})
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    password_error = dialog.findChild(QLabel, "firstRunPasswordError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and password_error.isVisible())  # on a worker
    assert not error.isVisible()
    assert "at least 8 characters" in dialog.findChild(QLabel, "firstRunPasswordError").text()
    assert dialog.findChild(QLineEdit, "firstRunOffice").text() == GOOD["firstRunOffice"]
    assert not has_users()
    assert dialog.isVisible()


def test_sign_in_says_why_it_failed_and_then_lets_the_user_in(qtbot, signed_in, office_db):
    dialog = SignInDialog("Riverside", office_db.display)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {"signInUsername": "morgan", "signInPassword": "wrong-horse"})
    button = dialog.findChild(QPushButton, "signInButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "formError")
    qtbot.waitUntil(message.isVisible)  # the password is checked on a worker
    assert message.isVisible() and message.text() == "Wrong username or password"
    assert dialog.findChild(QLineEdit, "signInUsername").text() == "morgan"
    assert dialog.session is None
    fill(qtbot, dialog, {"signInPassword": "correct-horse"})
    # Return pressed: the dialog is disabled while the password is checked, so it never sees the
    # key's release.
    qtbot.keyPress(dialog.findChild(QLineEdit, "signInPassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert dialog.session is not None and dialog.session.username == "morgan"


def test_the_error_dialog_copies_its_details(qtbot):
    dialog = ErrorDialog(None, "Something went wrong", "Beacon hit a problem.", "Traceback: boom")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyDetailsButton"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback: boom"
    assert dialog.isVisible()  # copying does not close it
