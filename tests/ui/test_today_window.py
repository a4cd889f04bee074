"""In the main window, each of the Today page's counts opens its list where it lives, with as many
rows as the count says (a manager's and an officer's window)."""

from __future__ import annotations

import re

import pytest

from desktop_app.services.today import TodayService
from tests.services.today_records import fill_morning


def figure(window, key: str) -> int:
    return int(window.today_tab.buttons[key].figure.text())


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)


@pytest.mark.parametrize("who", ["manager", "officer"])
def test_each_count_opens_its_list_in_the_tab_it_lives_in(qtbot, office, window_for, who):
    fill_morning(office)
    window = window_for(getattr(office, who))
    today = window.today_tab
    assert window.tabs.currentWidget() is today
    qtbot.waitUntil(lambda: today.last is not None, timeout=10000)
    settle(qtbot, window)

    for key in ("new_reports", "unassigned"):
        window.tabs.setCurrentWidget(today)
        today.buttons[key].click()
        browser = window.patrol_tab.reports
        assert window.tabs.currentWidget() is window.patrol_tab
        assert browser.preset_label.isVisible()
        qtbot.waitUntil(lambda b=browser: "report" in b.count.text(), timeout=10000)
        settle(qtbot, window)
        listed = int(re.match(r"\d+", browser.count.text())[0])
        assert listed == figure(window, key), key

    window.tabs.setCurrentWidget(today)
    today.buttons["my_reports"].click()
    shift = window.patrol_tab.shift_log
    assert window.patrol_tab.pages.currentWidget() is shift
    settle(qtbot, window)
    assert len(TodayService(window.session).my_reports()) == figure(window, "my_reports")

    window.tabs.setCurrentWidget(today)
    today.buttons["events"].click()
    events = window.events_tab
    assert window.tabs.currentWidget() is events
    qtbot.waitUntil(lambda: events.list.model.rowCount() == figure(window, "events"), timeout=10000)
    settle(qtbot, window)

    window.tabs.setCurrentWidget(today)
    today.buttons["problems_waiting"].click()
    board = window.problems_tab.board
    assert window.tabs.currentWidget() is window.problems_tab
    assert board.waiting.value() == 30
    qtbot.waitUntil(lambda: len(board.rows) == figure(window, "problems_waiting"), timeout=10000)
    settle(qtbot, window)

    window.tabs.setCurrentWidget(today)
    today.buttons["suggested"].click()
    page = window.problems_tab.suggestions
    assert window.problems_tab.pages.currentWidget() is page
    settle(qtbot, window)
