"""The Contacts tab in the main window: a contact found in the list opens its card; a report on
its timeline opens in the Patrol Log; a place's history and the duplicates are a step away and
Back returns; what each role is offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from tests.services.test_history import _a_contact_known_everywhere
from ui.tabs.contacts_tab import ContactsTab


def _contacts(qtbot, window) -> ContactsTab:
    window.tabs.setCurrentWidget(window.contacts_tab)
    tab = window.contacts_tab
    page = tab.list_page
    qtbot.waitUntil(lambda: not page.model.fetching and page.count.text() != "Searching…")
    return tab


def _open_by_typing(qtbot, tab: ContactsTab, text: str) -> None:
    page = tab.list_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: not page._debounce.isActive() and not page.model.fetching)
    qtbot.waitUntil(lambda: page.count.text() == "1 contact")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.card is not None and tab.pages.currentWidget() is tab.card)
    card = tab.card
    assert card is not None
    qtbot.waitUntil(lambda: card.data is not None, timeout=20000)


def test_a_report_on_a_contacts_timeline_opens_in_the_patrol_log(qtbot, office, window_for):
    _a_contact_known_everywhere(office)
    window = window_for(office.manager)  # the officer has a shift open: closing would ask
    tab = _contacts(qtbot, window)
    _open_by_typing(qtbot, tab, "zoe adey")  # no accent typed
    card = tab.card
    assert card is not None and card.data is not None
    assert card.data.details.name == "Zoë Adeyemi"
    qtbot.waitUntil(lambda: bool(card.timeline.model.items), timeout=20000)
    items = card.timeline.model.items
    row = next(i for i, item in enumerate(items) if item.kind == "report")
    card.timeline.table.doubleClicked.emit(card.timeline.model.index(row, 0))
    reports = window.patrol_tab.reports
    assert reports is not None
    assert window.tabs.currentWidget() is window.patrol_tab
    detail = reports.detail.detail
    assert detail is not None and detail.row.id == items[row].record_id

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.home


def test_place_history_from_the_tab_and_back_to_the_card_it_came_from(
    qtbot, office, window_for, monkeypatch
):
    _a_contact_known_everywhere(office)
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Elm Street car park", True))
    )
    tab.findChild(QPushButton, "placeHistoryButton").click()
    place = tab.place
    assert place is not None
    qtbot.waitUntil(lambda: bool(place.timeline.model.items), timeout=20000)
    assert "Elm Street car park" in place.title.text()
    tab.findChild(QPushButton, "contactsBackButton").click()
    assert tab.pages.currentWidget() is tab.home

    _open_by_typing(qtbot, tab, "Adeyemi")
    card = tab.card
    assert card is not None
    card.open_place.emit(place.location_id)  # a place named on the card's timeline
    assert tab.pages.currentWidget() is not card
    tab.findChild(QPushButton, "contactsBackButton").click()
    assert tab.pages.currentWidget() is card


def test_each_role_is_offered_its_own_tools(qtbot, office, window_for):
    manager = _contacts(qtbot, window_for(office.manager))
    desk = _contacts(qtbot, window_for(office.desk))
    names = ("placeHistoryButton", "duplicatesButton", "retentionButton")
    assert [manager.findChild(QPushButton, n) is not None for n in names] == [True, True, True]
    assert [desk.findChild(QPushButton, n) is not None for n in names] == [True, False, False]

    _open_by_typing(qtbot, manager, "Adeyemi")
    card = manager.card
    assert card is not None
    assert card.findChild(QPushButton, "anonymiseButton") is not None
    assert card.findChild(QPushButton, "subjectAccessButton") is not None
    manager.findChild(QPushButton, "duplicatesButton").click()
    assert manager.duplicates is not None
    assert manager.pages.currentWidget() is not manager.home
