"""The Events tab: the month view marks the days with events and Enter opens one; the filters
narrow the list; the event page's files are written; a contact's event opens its page here."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from desktop_app.demo import load_demo
from desktop_app.services.clock import local_day_bounds, to_local
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.events import Event
from models.org import User
from tests.services.test_event_desk_calendar import make_event
from ui.events.event_page import EventPage
from ui.events.month_view import qdate
from ui.tabs.events_tab import EventsTab
from ui.tasks import TaskRunner


def _tab(qtbot, session: Session) -> EventsTab:
    tab = EventsTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.list.model.fetching, timeout=20000)
    return tab


def _show_month(qtbot, tab: EventsTab, year: int, month: int) -> None:
    with qtbot.waitSignal(tab.month.marks_loaded, timeout=20000):
        tab.month.calendar.setCurrentPage(year, month)
        if (year, month) == (tab.month.calendar.yearShown(), tab.month.calendar.monthShown()):
            tab.month.reload()


@pytest.fixture
def demo_office(database):
    session = Session.cli()
    SettingsService(session).update(time_zone="Europe/London")
    load_demo(session, seed=7, scale="small", until=date(2026, 10, 31))
    manager = User.get(User.username == "manager")
    return Session(manager.id, manager.username, manager.display_name, "manager", "test-pc")


def test_the_month_view_marks_the_demo_event_days_and_enter_opens_one(qtbot, demo_office):
    tab = _tab(qtbot, demo_office)
    _show_month(qtbot, tab, 2026, 9)
    start, end = local_day_bounds(date(2026, 9, 1))[0], local_day_bounds(date(2026, 10, 1))[0]
    in_month = Event.select().where((Event.starts_at >= start) & (Event.starts_at < end))
    days = {to_local(e.starts_at).date(): e for e in in_month}
    assert days and set(tab.month.calendar.marks) == set(days)
    single = next(d for d in days if tab.month.calendar.marks[d].count == 1)
    mark = tab.month.calendar.marks[single]
    assert mark.kinds == (days[single].kind,)
    tab.month.calendar.setSelectedDate(qdate(single))
    assert tab.month.calendar.toolTip().startswith("1 event")
    tab.month.calendar.setFocus()
    with qtbot.waitSignal(tab.page.loaded, timeout=20000):
        qtbot.keyClick(tab.month.calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert tab.pages.currentWidget() is tab.page
    assert tab.page.summary is not None and tab.page.summary.id == days[single].id
    assert days[single].title in tab.page.title.text()
    tab.page.back_button.click()
    assert tab.pages.currentWidget() is tab.home
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)


def test_keys_move_by_day_week_and_month(qtbot, office):
    tab = _tab(qtbot, office.officer)
    tab.month.calendar.setSelectedDate(QDate(2026, 10, 14))
    view = tab.month.calendar.findChild(QTableView)
    view.setFocus()
    for key, expected in (
        (Qt.Key.Key_Right, QDate(2026, 10, 15)),
        (Qt.Key.Key_Down, QDate(2026, 10, 22)),
        (Qt.Key.Key_Up, QDate(2026, 10, 15)),
        (Qt.Key.Key_PageDown, QDate(2026, 11, 15)),
        (Qt.Key.Key_PageUp, QDate(2026, 10, 15)),
        (Qt.Key.Key_Left, QDate(2026, 10, 14)),
    ):
        qtbot.keyClick(view, key)
        assert tab.month.calendar.selectedDate() == expected, key
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)


def _titles(tab: EventsTab) -> set[str]:
    return {row.title for row in tab.list.model.rows}


def _wait_list(qtbot, tab: EventsTab) -> None:
    qtbot.waitUntil(lambda: not tab.list.model.fetching and not tab.runner.busy, timeout=20000)


def test_filters_and_a_clicked_day_narrow_the_list(qtbot, office):
    make_event(datetime(2026, 9, 1, 18, 0), title="walk", kind="safety_walk")
    make_event(datetime(2026, 9, 2, 18, 0), title="meeting", zone=office.zones["North"])
    make_event(datetime(2026, 9, 3, 18, 0), title="led", lead_officer=office.officer.user_id)
    make_event(datetime(2026, 9, 4, 18, 0), title="off", status="cancelled")
    tab = _tab(qtbot, office.desk)
    assert _titles(tab) == {"walk", "meeting", "led", "off"}
    assert tab.list.count.text() == "4 events"
    for combo, value, expected in (
        (tab.list.kind, "safety_walk", {"walk"}),
        (tab.list.zone, office.zones["North"], {"meeting"}),
        (tab.list.officer, office.officer.user_id, {"led"}),
        (tab.list.status, "cancelled", {"off"}),
    ):
        qtbot.waitUntil(lambda c=combo, v=value: c.findData(v) >= 0, timeout=20000)
        combo.setCurrentIndex(combo.findData(value))
        _wait_list(qtbot, tab)
        assert _titles(tab) == expected, combo.objectName()
        combo.setCurrentIndex(0)
        _wait_list(qtbot, tab)
    tab.month.day_clicked.emit(date(2026, 9, 2))
    _wait_list(qtbot, tab)
    assert _titles(tab) == {"meeting"}
    tab.list.clear_button.click()
    _wait_list(qtbot, tab)
    assert len(_titles(tab)) == 4
    tab.list.table.setFocus()
    tab.list.table.selectRow(0)
    with qtbot.waitSignal(tab.page.loaded, timeout=20000):
        qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)
    assert tab.page.summary is not None
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)


def test_the_event_page_writes_its_calendar_entry_and_pdfs(qtbot, office, tmp_path, monkeypatch):
    event = make_event(
        datetime(2026, 10, 27, 19, 0), title="Walk", kind="safety_walk", status="cancelled",
        cancel_reason="Storm warning", capacity=20,
    )  # fmt: skip
    page = EventPage(office.officer, TaskRunner())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.load(event.id)
    assert "Storm warning" in page.status.text()
    assert "0 registered of 20 places" in page.details.text()
    answers = iter(
        [str(tmp_path / "walk.ics"), str(tmp_path / "flyer.pdf"), str(tmp_path / "s.pdf")]
    )
    monkeypatch.setattr("ui.events.event_page.ask_file_path", lambda *a: next(answers))
    for button in (page.ics_button, page.flyer_button, page.sheet_button):
        with qtbot.waitSignal(page.saved, timeout=20000):
            button.click()
    [item] = Calendar.from_ical((tmp_path / "walk.ics").read_bytes()).walk("VEVENT")
    assert str(item["STATUS"]) == "CANCELLED"
    assert (tmp_path / "flyer.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20000)


def test_new_event_is_for_managers_and_tells_the_selected_day(qtbot, office):
    assert _tab(qtbot, office.officer).new_button is None
    tab = _tab(qtbot, office.manager)
    tab.month.calendar.setSelectedDate(QDate(2026, 11, 5))
    with qtbot.waitSignal(tab.new_event_requested) as asked:
        tab.new_button.click()
    assert asked.args == [QDate(2026, 11, 5)]
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)


def test_a_contacts_event_opens_its_page_in_the_events_tab(qtbot, window_for, office):
    event = make_event(datetime(2026, 5, 5, 18, 30), title="Spring meeting")
    window = window_for(office.manager)
    window.contacts_tab.open_event.emit(event.id)  # as the card's timeline does on Enter
    tab = window.events_tab
    qtbot.waitUntil(lambda: tab.page.summary is not None, timeout=20000)
    assert window.tabs.currentWidget() is tab
    assert tab.pages.currentWidget() is tab.page
    assert "Spring meeting" in tab.page.title.text()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
