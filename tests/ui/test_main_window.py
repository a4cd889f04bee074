"""The main window: its tabs, menus, status bar, remembered state and background demo load."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTabWidget

from ui.main_window import MainWindow


def make_window(qtbot, signed_in, office_db, settings) -> MainWindow:
    window = MainWindow(signed_in, office_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_its_tabs_and_who_is_signed_in_where(
    qtbot, signed_in, office_db, window_settings, db_path
):
    window = make_window(qtbot, signed_in, office_db, window_settings)
    assert window.windowTitle().startswith("Beacon")
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Today",
        "Patrol Log",
        "Contacts",
        "Events",
        "Problems",
        "Reports",
    ]
    assert tabs.currentWidget() is window.today_tab  # a manager lands on what needs doing
    names = ("today", "patrol", "contacts", "events", "problems", "reports")
    assert [window.tab(n).objectName() for n in names] == [
        "todayTab",
        "patrolTab",
        "contactsTab",
        "eventsTab",
        "problemsTab",
        "reportsTab",
    ]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert str(db_path) in window.findChild(QLabel, "statusDatabase").text()
    assert window.findChild(QLabel, "statusUser").text() == "Signed in: Morgan Ellis (Manager)"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]


def test_ctrl_and_a_number_switches_tabs(qtbot, signed_in, office_db, window_settings):
    window = make_window(qtbot, signed_in, office_db, window_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == "eventsTab"
    qtbot.keyClick(window.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == "reportsTab"
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)


def test_a_tab_chosen_by_its_shortcut_takes_the_keyboard(
    qtbot, signed_in, office_db, window_settings
):
    """Ctrl+3 left the focus on the tab bar: a search could not be typed, and the arrows switched
    tabs instead of moving in the page. The page's first field now has the focus."""
    window = make_window(qtbot, signed_in, office_db, window_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.tabBar().setFocus()
    for key, name in ((Qt.Key.Key_3, "contactsTab"), (Qt.Key.Key_4, "eventsTab")):
        qtbot.keyClick(window.tabs, key, Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.currentWidget()
        assert page.objectName() == name
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), name
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)


def test_the_size_is_remembered_and_the_page_is_the_roles(qtbot, signed_in, office_db, tmp_path):
    path = str(tmp_path / "window.ini")
    first = make_window(qtbot, signed_in, office_db, QSettings(path, QSettings.Format.IniFormat))
    first.resize(760, 650)
    first.tabs.setCurrentIndex(1)  # whoever signs in next starts where their work is
    qtbot.waitUntil(lambda: not first.runner.busy, timeout=10000)
    first.close()
    second = make_window(qtbot, signed_in, office_db, QSettings(path, QSettings.Format.IniFormat))
    assert (second.width(), second.height()) == (760, 650)
    assert second.tabs.currentWidget() is second.today_tab  # a manager's: what needs doing
    qtbot.waitUntil(lambda: not second.runner.busy, timeout=10000)


def test_the_about_box_names_the_version_and_database(
    qtbot, signed_in, office_db, window_settings, monkeypatch, db_path
):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window = make_window(qtbot, signed_in, office_db, window_settings)
    window.findChild(type(window.quit_action), "aboutAction").trigger()
    assert "Beacon 0.1.0" in shown["text"]
    assert str(db_path) in shown["text"]


def test_loading_the_demo_runs_in_the_background_and_keeps_the_window_responsive(
    qtbot, signed_in, office_db, window_settings, monkeypatch
):
    from desktop_app import demo as demo_service

    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(args[2]))
    threads = set()
    real_load = demo_service.load_demo

    def spy(*args, **kwargs):
        threads.add(threading.get_ident())
        return real_load(*args, **kwargs)

    monkeypatch.setattr("ui.controllers.demo.load_demo", spy)
    window = make_window(qtbot, signed_in, office_db, window_settings)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)  # the first list has loaded
    ticks = []
    timer = window.startTimer(5)
    window.timerEvent = lambda event: ticks.append(event.timerId())  # the GUI loop keeps running
    window.load_demo_action.trigger()
    assert window.findChild(QLabel, "statusBusy").text() == "Working…"
    qtbot.waitUntil(lambda: bool(messages), timeout=60000)
    window.killTimer(timer)
    assert threads and threading.get_ident() not in threads
    assert ticks, "the window processed no events while the demo was built"
    assert messages and "demo office is loaded" in messages[0]
    assert "Demo office loaded" in window.statusBar().currentMessage()
    # The lists reload after the demo (more background reads): the busy label clears once the
    # last of them is done, which may be after the message above. Wait for that, don't race it.
    busy_label = window.findChild(QLabel, "statusBusy")
    qtbot.waitUntil(lambda: not window.runner.busy and busy_label.text() == "", timeout=30000)


def test_ctrl_n_and_ctrl_f_take_the_desk_to_the_form_and_the_search(
    qtbot, office, db_path, tmp_path
):
    from desktop_app.services.office import open_office

    opened = open_office(str(db_path))
    window = make_window(
        qtbot, office.desk, opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.tabs.setCurrentIndex(3)
    window.new_report_action.trigger()
    assert window.patrol_tab.pages.currentWidget() is window.patrol_tab.walk_in
    window.find_action.trigger()
    assert window.patrol_tab.pages.currentWidget() is window.patrol_tab.reports
    assert window.new_report_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
