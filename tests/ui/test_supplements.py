"""Correcting a report by a supplement from its detail: the dialog, the list and the detail."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportInput, ReportService, SupplementService
from ui.dialogs.supplement_dialog import SupplementDialog
from ui.tasks import TaskRunner
from ui.widgets.report_browser import ReportBrowser

WHEN = datetime(2026, 3, 14, 21, 30)


def theft(office, assign_to=None) -> int:
    reports = ReportService(office.manager)
    detail = reports.create(
        ReportInput(
            occurred_at=WHEN,
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall while the owner was paying.",
            reporter_id=office.reporter_id,
        )
    )
    if assign_to is not None:
        reports.assign(detail.row.id, assign_to.user_id)
    return detail.row.id


def open_browser(qtbot, session) -> ReportBrowser:
    browser = ReportBrowser(session, TaskRunner())
    qtbot.addWidget(browser)
    browser.resize(1280, 760)
    browser.show()
    qtbot.waitExposed(browser)
    browser.reload()
    qtbot.waitUntil(lambda: browser.model.rowCount() > 0, timeout=10000)
    browser.table.selectRow(0)
    return browser


def test_correcting_the_category_from_the_detail_updates_the_list_and_the_detail(qtbot, office):
    theft(office, assign_to=office.officer)
    browser = open_browser(qtbot, office.officer)
    pane = browser.detail
    button = pane.findChild(QPushButton, "correctReportButton")
    assert button.isVisible() and button.isEnabled()
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        if not isinstance(dialog, SupplementDialog):
            return
        seen["prefilled"] = (dialog.category.text(), dialog.location.text())
        dialog.category.setFocus()
        dialog.category.selectAll()
        qtbot.keyClicks(dialog.category, "vandalism")
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, "Owner called back: the purse was cut, not taken.")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)  # the dialog closes when saved

    QTimer.singleShot(0, fill_in)
    button.click()  # returns once the dialog has closed

    assert isinstance(seen["dialog"], SupplementDialog)
    assert seen["prefilled"] == ("Theft", "Market Square")
    qtbot.waitUntil(lambda: browser.model.rows[0].category == "Vandalism", timeout=10000)
    number = browser.model.index(0, 0)
    assert browser.model.data(number).endswith("✎")
    assert "Corrected by 1 supplement;" in browser.model.data(number, Qt.ItemDataRole.ToolTipRole)
    assert "Vandalism" in pane.title.text()
    corrections = pane.findChild(QLabel, "reportSupplements").text()
    assert "Original report" in corrections and "Theft" in corrections
    assert "Supplement 1" in corrections and "Asha Khan" in corrections
    assert "Theft → Vandalism" in corrections and "the purse was cut" in corrections
    assert "Corrected (supplement)" in pane.history.toPlainText()


def test_the_dialog_shows_mistakes_at_the_field_and_keeps_what_was_typed(qtbot, office):
    report_id = theft(office)
    detail = ReportService(office.manager).get(report_id)
    service = SupplementService(office.manager)
    dialog = SupplementDialog(
        detail,
        office.manager,
        lambda changes, reason: service.correct(report_id, changes, reason),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.selectAll()
    qtbot.keyClicks(dialog.category, "Arsn")
    dialog.save_button.click()
    error = dialog.findChild(QLabel, "supplementCategoryError")
    qtbot.waitUntil(error.isVisible, timeout=10000)  # refused on a worker
    assert "Unknown category 'Arsn'" in error.text()
    reason_error = dialog.findChild(QLabel, "supplementReasonError")
    assert "reason is required" in reason_error.text()
    assert dialog.category.text() == "Arsn" and dialog.isVisible()

    dialog.category.selectAll()
    qtbot.keyClicks(dialog.category, "Theft")
    qtbot.keyClicks(dialog.reason, "Checking the facts again.")
    dialog.save_button.click()
    fallback = dialog.findChild(QLabel, "supplementError")
    qtbot.waitUntil(fallback.isVisible, timeout=10000)
    assert "Nothing to correct" in fallback.text()
    assert dialog.reason.toPlainText() == "Checking the facts again."


def test_only_a_manager_or_the_assigned_officer_is_offered_the_correction(qtbot, office):
    theft(office, assign_to=office.officer)
    browser = open_browser(qtbot, office.other_officer)
    assert not browser.detail.findChild(QPushButton, "correctReportButton").isVisible()


def test_the_time_is_corrected_in_the_walk_in_s_one_piece_field(qtbot, office):
    report_id = theft(office)
    detail = ReportService(office.manager).get(report_id)
    service = SupplementService(office.manager)
    dialog = SupplementDialog(
        detail,
        office.manager,
        lambda changes, reason: service.correct(report_id, changes, reason),
        runner=TaskRunner(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    occurred = dialog.findChild(QLineEdit, "supplementOccurredAt")
    assert occurred is not None and occurred.text() == "14 Mar 2026 21:30"
    occurred.setFocus()
    occurred.selectAll()
    qtbot.keyClicks(occurred, "31/02 25:00")
    qtbot.keyClick(occurred, Qt.Key.Key_Tab)
    error = dialog.findChild(QLabel, "supplementOccurredAtError")
    assert error.isVisible() and "type it like" in error.text()
    dialog.save_button.click()  # refused at the field, not sent
    assert dialog.isVisible() and occurred.text() == "31/02 25:00"
    occurred.setFocus()
    occurred.selectAll()
    qtbot.keyClicks(occurred, "yesterday 14:30")
    qtbot.keyClick(occurred, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.reason, "She remembered it was the day before.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    yesterday = now_local().date() - timedelta(days=1)
    corrected = ReportService(office.manager).get(report_id).row.occurred_at
    assert corrected.replace(tzinfo=None) == datetime.combine(yesterday, time(14, 30))
