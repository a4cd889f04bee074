"""The Today page: each count's button opens a list of exactly that many rows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.services.problems import ProblemService, suggested_problems
from desktop_app.services.reports import ReportService
from desktop_app.services.today import TodayService
from tests.services.today_records import fill_morning
from ui.dialogs.today_lists import ListDialog
from ui.tabs.today_tab import TodayTab
from ui.tasks import TaskRunner
from ui.widgets.report_browser import ReportBrowser


def make_tab(qtbot, session) -> TodayTab:
    tab = TodayTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1100, 520)
    tab.show()
    qtbot.waitUntil(lambda: tab.last is not None and not tab.runner.busy, timeout=10000)
    return tab


def shown(tab: TodayTab, key: str) -> int:
    return int(tab.buttons[key].figure.text())


def reports_listed(qtbot, session, flt) -> int:
    """How many reports the Patrol Log's list says it holds for the filter the count opened."""
    browser = ReportBrowser(session, TaskRunner())
    qtbot.addWidget(browser)
    browser.show_preset(flt, "from the Today page")
    qtbot.waitUntil(lambda: "report" in browser.count.text(), timeout=10000)
    qtbot.waitUntil(lambda: not browser.runner.busy, timeout=10000)
    assert browser.preset_label.isVisibleTo(browser)
    return int(re.match(r"\d+", browser.count.text().replace(",", ""))[0])


def dialog_rows(qtbot, tab: TodayTab, key: str) -> int:
    qtbot.mouseClick(tab.buttons[key], Qt.MouseButton.LeftButton)
    dialog = [w for w in tab.children() if isinstance(w, ListDialog)][-1]
    qtbot.waitUntil(lambda: not tab.runner.busy and "Reading" not in dialog.heading.text())
    rows = dialog.model.rowCount()
    dialog.reject()
    return int(rows)


@pytest.mark.parametrize("who", ["manager", "officer"])
def test_each_count_opens_a_list_of_that_many(qtbot, office, who):
    fill_morning(office)
    session = getattr(office, who)
    tab = make_tab(qtbot, session)
    assert set(tab.buttons) == set(tab.last.counts)
    for key in ("new_reports", "unassigned"):
        with qtbot.waitSignal(tab.open_reports) as opened:
            tab.buttons[key].click()
        assert reports_listed(qtbot, session, opened.args[0]) == shown(tab, key), key
    with qtbot.waitSignal(tab.open_work_queue):
        tab.buttons["my_reports"].click()
    assert len(ReportService(session).work_queue().items) == shown(tab, "my_reports")
    assert dialog_rows(qtbot, tab, "follow_ups") == shown(tab, "follow_ups")
    if who == "manager":
        assert dialog_rows(qtbot, tab, "partners_overdue") == shown(tab, "partners_overdue")
    with qtbot.waitSignal(tab.open_problems) as opened:
        tab.buttons["problems_waiting"].click()
    waiting = ProblemService(session).board(opened.args[0])
    assert len(waiting) == shown(tab, "problems_waiting") == 1
    with qtbot.waitSignal(tab.open_suggestions):
        tab.buttons["suggested"].click()
    assert len(suggested_problems(session)) == shown(tab, "suggested") == 1
    with qtbot.waitSignal(tab.open_events_week):
        tab.buttons["events"].click()
    assert len(TodayService(session).events()) == shown(tab, "events") == 1


def test_a_follow_up_marked_done_leaves_the_count_after_the_save(qtbot, office):
    fill_morning(office)
    tab = make_tab(qtbot, office.officer)
    assert shown(tab, "follow_ups") == 2
    assert tab.buttons["follow_ups"].note.text() == "1 overdue"
    tab.buttons["follow_ups"].click()
    dialog = next(w for w in tab.children() if isinstance(w, ListDialog))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not tab.runner.busy)
    dialog.table.selectRow(0)
    dialog.findChild(QPushButton, "followUpDone").click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: shown(tab, "follow_ups") == 1, timeout=10000)  # counted again
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)
    dialog.reject()


def test_the_keyboard_reaches_every_count(qtbot, office):
    fill_morning(office)
    tab = make_tab(qtbot, office.manager)
    first = tab.buttons["new_reports"]
    first.setFocus()
    seen = {first.objectName()}
    for _ in range(len(tab.buttons) - 1):
        qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Tab)
        seen.add(tab.focusWidget().objectName())
    assert {f"today_{key}" for key in tab.buttons} <= seen
    assert first.accessibleName() == "New reports since yesterday: 6"


def test_this_weeks_events_are_listed_under_the_counts(qtbot, office):
    fill_morning(office)
    tab = make_tab(qtbot, office.manager)
    assert "Bike marking  (1 task open)" in tab.week.text()
    assert "Too far ahead" not in tab.week.text()


def test_out_of_sight_it_counts_again_only_when_shown(qtbot, office):
    tab = make_tab(qtbot, office.manager)
    tab.hide()
    tab.refresh()  # the minute's timer, or a save elsewhere
    assert not tab.runner.busy and tab.stale
    tab.show()
    qtbot.waitUntil(lambda: not tab.stale and not tab.runner.busy, timeout=10000)
