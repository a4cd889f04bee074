"""Start-up builds only what the user sees first: the Patrol Log on the role's page. Every other
tab and page is built the first time it is opened, by a click, a shortcut or a menu entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.patrol import PatrolService
from tests.ui.test_work_queue import answer_next_box
from ui.main_window import MainWindow

# The pages a manager's window may hold, by objectName; the report list is the landing page.
NOT_LANDING = (
    "patrolTab",
    "contactsTab",
    "eventsTab",
    "problemsTab",
    "reportsTab",
    "walkInForm",
    "shiftLog",
    "entryBrowser",
    "reportBrowser",
)


def built(window: MainWindow, name: str) -> list[QWidget]:
    return window.findChildren(QWidget, name)


def placeholders_in_sight(window: MainWindow) -> list[str]:
    return [
        w.objectName()
        for w in window.findChildren(QWidget)
        if w.objectName().endswith("Placeholder") and w.isVisible()
    ]


def test_a_managers_window_starts_with_the_today_page_alone(window_for, office):
    window = window_for(office.manager)
    assert window.tabs.currentWidget().objectName() == "todayTab"
    assert window.tabs.currentWidget().isVisible()
    assert {name: len(built(window, name)) for name in NOT_LANDING} == dict.fromkeys(NOT_LANDING, 0)
    assert placeholders_in_sight(window) == []
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Today",
        "Patrol Log",
        "Contacts",
        "Events",
        "Problems",
        "Reports",
    ]


def test_the_front_desk_starts_on_the_walk_in_form_alone(window_for, office):
    window = window_for(office.desk)
    pages = window.tabs.currentWidget().findChild(QWidget, "patrolPages")
    assert pages.currentWidget().objectName() == "walkInForm"
    assert pages.currentWidget().isVisible()
    assert built(window, "reportBrowser") == []
    assert built(window, "reportsTab") == []
    assert placeholders_in_sight(window) == []


def test_opening_a_tab_builds_it_once(qtbot, window_for, office):
    window = window_for(office.manager)
    window.tabs.setCurrentIndex(5)  # as a click on "Reports" does
    reports = built(window, "reportsTab")
    assert len(reports) == 1
    assert window.tabs.currentWidget() is reports[0]
    assert reports[0].isVisible()
    assert placeholders_in_sight(window) == []
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(5)
    assert built(window, "reportsTab") == reports  # the same tab, not a second one
    assert built(window, "contactsTab") == []  # tabs not opened are still not built

    window.tabs.setCurrentIndex(1)
    pages = window.tabs.widget(1).findChild(QWidget, "patrolPages")
    titles = [pages.tabText(i) for i in range(pages.count())]
    pages.setCurrentIndex(titles.index("Patrol entries"))
    entries = built(window, "entryBrowser")
    assert len(entries) == 1 and pages.currentWidget() is entries[0]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert placeholders_in_sight(window) == []


def test_shortcuts_and_menus_open_tabs_not_yet_built(qtbot, window_for, office):
    window = window_for(office.manager)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == "contactsTab"
    window.findChild(type(window.quit_action), "showTab6Action").trigger()  # View ▸ Reports
    assert window.tabs.currentWidget().objectName() == "reportsTab"
    window.new_report_action.trigger()  # Ctrl+N: the walk-in form, never opened before
    pages = window.tabs.currentWidget().findChild(QWidget, "patrolPages")
    assert window.tabs.currentWidget().objectName() == "patrolTab"
    assert pages.currentWidget().objectName() == "walkInForm"
    assert len(built(window, "walkInForm")) == 1
    assert placeholders_in_sight(window) == []


def test_ctrl_f_takes_the_desk_to_a_report_list_not_yet_built(window_for, office):
    window = window_for(office.desk)
    assert built(window, "reportBrowser") == []
    window.find_action.trigger()
    browser = built(window, "reportBrowser")
    assert len(browser) == 1
    assert (
        window.tabs.currentWidget().findChild(QWidget, "patrolPages").currentWidget()
        is (browser[0])
    )


def test_quitting_asks_about_an_open_shift_whose_page_was_never_opened(window_for, office):
    patrol = PatrolService(office.manager)
    shift = patrol.start_shift(office.zones["North"], "foot")
    window = window_for(office.manager)
    try:
        assert built(window, "shiftLog") == []
        seen = answer_next_box(lambda box: box.button(QMessageBox.StandardButton.Cancel))
        assert not window.close()
        assert seen and "still open" in seen[0]
    finally:
        patrol.end_shift(shift.id, "")  # so that the window closes without asking
    assert window.close()
