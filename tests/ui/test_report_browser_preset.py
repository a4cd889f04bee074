"""The report list opened from the Today page's "unassigned" count: its conditions stand in the
filter controls, so choosing an officer there replaces "unassigned" (the list is that officer's
open reports, not empty) and Clear filters shows every report."""

from __future__ import annotations

import re

from desktop_app.services.reports import ReportFilter, ReportService
from desktop_app.services.today import TodayService
from tests.services.today_records import fill_morning
from ui.tasks import TaskRunner
from ui.widgets.report_browser import UNASSIGNED, ReportBrowser


def listed(qtbot, browser: ReportBrowser) -> int:
    qtbot.waitUntil(lambda: "report" in browser.count.text(), timeout=10000)
    qtbot.waitUntil(lambda: not browser.runner.busy, timeout=10000)
    return int(re.match(r"\d+", browser.count.text().replace(",", ""))[0])


def test_choosing_an_officer_replaces_the_unassigned_preset(qtbot, office):
    fill_morning(office)
    reports = ReportService(office.manager)
    browser = ReportBrowser(office.manager, TaskRunner())
    qtbot.addWidget(browser)
    browser.show()
    browser.show_preset(TodayService.unassigned_filter(), "open reports no one is assigned to")
    unassigned = reports.count(TodayService.unassigned_filter())
    assert listed(qtbot, browser) == unassigned > 0
    assert browser.officer.currentData() == UNASSIGNED  # the condition is shown, not hidden
    assert "open" in browser.status.currentText()

    officer = browser.officer.findText(office.officer.display_name)
    browser.officer.setCurrentIndex(officer)
    theirs = reports.count(ReportFilter(assigned_officer_id=office.officer.user_id, open_only=True))
    assert listed(qtbot, browser) == theirs == 1
    assert not browser.preset_label.isVisible()  # the controls say all the list shows

    browser.clear_button.click()
    assert listed(qtbot, browser) == reports.count(ReportFilter())


def test_the_new_reports_preset_stays_said_while_an_officer_is_chosen(qtbot, office):
    fill_morning(office)
    reports = ReportService(office.manager)
    today = TodayService(office.manager)
    browser = ReportBrowser(office.manager, TaskRunner())
    qtbot.addWidget(browser)
    browser.show()
    browser.show_preset(today.new_reports_filter(), "reports taken since yesterday began")
    assert listed(qtbot, browser) == reports.count(today.new_reports_filter())
    browser.officer.setCurrentIndex(browser.officer.findText(office.officer.display_name))
    since = today.new_reports_filter().received_since
    flt = ReportFilter(assigned_officer_id=office.officer.user_id, received_since=since)
    assert listed(qtbot, browser) == reports.count(flt)
    assert browser.preset_label.isVisible()  # "taken since" has no control: it stays said
