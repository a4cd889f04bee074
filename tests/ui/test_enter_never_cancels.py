"""Enter in a dialog's field does the dialog's main action or nothing: it never cancels, even
after Tab has passed over Cancel (a button that takes focus must not keep Enter afterwards)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app.services.picklists import PickEntry, PicklistService
from desktop_app.services.reports import ReportService, SupplementService
from desktop_app.services.users import UserService
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.merge_locations import MergeLocationsDialog
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.dialogs.picklists_dialog import PicklistsDialog
from ui.dialogs.supplement_dialog import SupplementDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.dialogs.void_report import VoidReportDialog
from ui.tasks import TaskRunner

from .test_supplements import theft


def shown(qtbot, dialog: QDialog) -> list[str]:
    """Shows the dialog; the list fills with 'rejected' if it is ever cancelled."""
    qtbot.addWidget(dialog)
    outcome: list[str] = []
    dialog.rejected.connect(lambda: outcome.append("rejected"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return outcome


def tab_past(qtbot, button: QPushButton) -> None:
    """Tab (as a user would) until the button has had the focus, then once more."""
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is button:
            break
    else:
        pytest.fail(f"Tab never reached {button.text()}")
    qtbot.keyClick(button, Qt.Key.Key_Tab)


def enter_in(qtbot, field: QWidget, text: str = "") -> None:
    field.setFocus()
    if text:
        qtbot.keyClicks(field, text)
    qtbot.keyPress(QApplication.focusWidget(), Qt.Key.Key_Return)


def cancel_of(dialog: QDialog) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    assert len(found) == 1
    return found[0]


def test_enter_in_the_office_name_after_tabbing_past_cancel_does_not_quit(qtbot, office_db):
    dialog = FirstRunDialog(office_db.display, runner=TaskRunner())
    outcome = shown(qtbot, dialog)
    tab_past(qtbot, cancel_of(dialog))
    enter_in(qtbot, dialog.office, "Riverside Office")
    error = dialog.findChild(QLabel, "firstRunUsernameError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and error.isVisible(), timeout=10000)
    assert outcome == [] and dialog.isVisible()  # Enter meant Create office, refused
    assert dialog.office.text() == "Riverside Office"


def test_enter_in_office_settings_after_tabbing_past_cancel_saves(qtbot, office):
    dialog = OfficeSettingsDialog(office.manager, runner=TaskRunner())
    outcome = shown(qtbot, dialog)
    tab_past(qtbot, cancel_of(dialog))
    phone = dialog.fields["phone"]
    phone.selectAll()
    enter_in(qtbot, phone, "0161 496 0999")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert outcome == []


def test_enter_in_the_correction_after_tabbing_past_cancel_keeps_it(qtbot, office):
    report_id = theft(office)
    detail = ReportService(office.manager).get(report_id)
    service = SupplementService(office.manager)
    dialog = SupplementDialog(
        detail,
        office.manager,
        lambda changes, reason: service.correct(report_id, changes, reason),
        runner=TaskRunner(),
    )
    outcome = shown(qtbot, dialog)
    tab_past(qtbot, cancel_of(dialog))
    enter_in(qtbot, dialog.severity)
    error = dialog.findChild(QLabel, "supplementReasonError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and error.isVisible(), timeout=10000)
    assert outcome == [] and dialog.isVisible()


def test_enter_in_the_void_reason_after_tabbing_past_cancel_keeps_it(qtbot, office):
    report_id = theft(office)
    detail = ReportService(office.manager).get(report_id)
    dialog = VoidReportDialog(detail.row.number, lambda reason: None, runner=TaskRunner())
    outcome = shown(qtbot, dialog)
    tab_past(qtbot, cancel_of(dialog))
    enter_in(qtbot, dialog.reason, "Duplicate")
    assert outcome == [] and dialog.isVisible()
    assert dialog.reason.toPlainText().startswith("Duplicate")


def test_enter_in_the_merge_choice_after_tabbing_past_cancel_keeps_it(qtbot, office):
    locations = PicklistService(office.manager).entries("location")
    other, keep = locations[0], locations[1]
    assert isinstance(other, PickEntry)
    dialog = MergeLocationsDialog(
        office.manager, other, [keep], lambda kept: None, None, TaskRunner()
    )
    outcome = shown(qtbot, dialog)
    qtbot.waitUntil(lambda: "will move" in dialog.counts.text() or "only" in dialog.counts.text())
    tab_past(qtbot, cancel_of(dialog))
    enter_in(qtbot, dialog.keep)
    assert outcome == [] and dialog.isVisible()


def test_enter_in_a_pick_list_name_after_tabbing_past_close_adds_it(qtbot, office):
    dialog = PicklistsDialog(office.manager, runner=TaskRunner())
    outcome = shown(qtbot, dialog)
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    tab_past(qtbot, close)
    name = dialog.findChild(QLineEdit, "categoryNewName")
    enter_in(qtbot, name, "Graffiti")
    qtbot.waitUntil(
        lambda: "Graffiti" in [e.name for e in PicklistService(office.manager).entries("category")]
    )
    assert outcome == [] and dialog.isVisible()


def test_enter_in_a_new_users_field_adds_and_toggles_nobody(qtbot, office):
    dialog = UsersDialog(office.manager, runner=TaskRunner())
    shown(qtbot, dialog)
    dialog.table.selectRow(1)
    selected = dialog.selected()
    assert selected is not None
    tab_past(qtbot, dialog.active_button)
    enter_in(qtbot, dialog.username, "jdoe")
    error = dialog.findChild(QLabel, "newDisplayNameError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and error.isVisible(), timeout=10000)
    users = {u.username: u for u in UserService(office.manager).list_users()}
    assert users[selected.username].active


def test_enter_on_a_focused_cancel_cancels_and_changes_nothing(qtbot, office):
    """Enter on a button presses that button, as Space does: never the dialog's main action."""
    report_id = theft(office)
    detail = ReportService(office.manager).get(report_id)
    voided: list[str] = []
    dialog = VoidReportDialog(detail.row.number, voided.append, runner=TaskRunner())
    outcome = shown(qtbot, dialog)
    dialog.reason.setPlainText("Duplicate of another report")
    cancel = cancel_of(dialog)
    for _ in range(20):
        if QApplication.focusWidget() is cancel:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cancel
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outcome == ["rejected"], timeout=5000)
    assert voided == []
