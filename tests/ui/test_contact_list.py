"""The Contacts tab's list: type to search (a phone in the other format, a name without its
accents), Down into the list, Enter opens the contact; the filters narrow the list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contacts import ContactService
from desktop_app.services.settings import SettingsService
from models.interactions import Interaction, InteractionContact
from ui.contacts.list_page import ContactListPage
from ui.tabs.contacts_tab import ContactsTab
from ui.tasks import TaskRunner, running_tasks


def make_tab(qtbot, session) -> ContactsTab:
    tab = ContactsTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    page = tab.list_page
    qtbot.waitUntil(lambda: not page.model.fetching and page.count.text() != "Searching…")
    return tab


def card_shown(tab: ContactsTab) -> bool:
    """Enter opened the contact's card, its reads done."""
    return tab.card is not None and tab.card.data is not None and not running_tasks()


def settled(qtbot, page: ContactListPage) -> None:
    qtbot.waitUntil(lambda: not page._debounce.isActive() and not page.model.fetching)
    qtbot.waitUntil(lambda: page.count.text() != "Searching…")


def shown(page: ContactListPage) -> list[str]:
    return [row.name for row in page.model.rows]


def test_typing_a_phone_then_down_and_enter_opens_that_contact(qtbot, office, qtmodeltester):
    SettingsService(office.manager).update(country="GB")
    wanted = ContactService(office.manager).create("Anna Wiśniewska", "+44 161 496 0431")
    ContactService(office.manager).create("Ben Okafor", "0113 496 0999")
    tab = make_tab(qtbot, office.desk)
    page = tab.list_page
    qtmodeltester.check(page.model)
    assert page.count.text() == "3 contacts"
    page.search.setFocus()
    qtbot.keyClicks(page.search, "0161 496 04")
    settled(qtbot, page)
    assert shown(page) == ["Anna Wiśniewska"]
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    with qtbot.waitSignal(tab.show_contact_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [wanted.id]
    qtbot.waitUntil(lambda: card_shown(tab))
    assert tab.pages.currentWidget() is tab.card


def test_a_name_typed_without_accents_and_enter_in_the_search_opens_it(qtbot, office):
    wanted = ContactService(office.manager).create("Anna Wiśniewska", "0161 496 0431")
    tab = make_tab(qtbot, office.officer)
    page = tab.list_page
    qtbot.keyClicks(page.search, "wisniewska")
    settled(qtbot, page)
    assert page.count.text() == "1 contact"
    with qtbot.waitSignal(page.contact_opened) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [wanted.id]
    qtbot.waitUntil(lambda: card_shown(tab))


def test_the_filters_narrow_the_list_and_show_follow_ups(qtbot, office):
    contacts = ContactService(office.manager)
    contacts.create("Dev Patel", kind="business", organisation="Harbour Café")
    due = contacts.create("Ben Okafor")
    talk = Interaction.create(
        occurred_at=now_utc() - timedelta(days=20),
        channel="phone",
        follow_up_on=now_local().date() - timedelta(days=3),
    )
    InteractionContact.create(interaction=talk, contact=due.id)
    tab = make_tab(qtbot, office.manager)
    page = tab.list_page
    page.kind.setCurrentIndex(page.kind.findData("business"))
    settled(qtbot, page)
    assert shown(page) == ["Dev Patel"]
    page.kind.setCurrentIndex(0)
    page.follow_up.setChecked(True)
    settled(qtbot, page)
    assert shown(page) == ["Ben Okafor"]
    assert page.model.index(0, 4).data().startswith("Overdue")
    assert page.model.index(0, 3).data() != "—"
    page.follow_up.setChecked(False)
    page.quiet.setCurrentIndex(page.quiet.findData(90))
    settled(qtbot, page)
    assert shown(page) == []
    page.quiet.setCurrentIndex(page.quiet.findData(30))
    page.quiet.setCurrentIndex(page.quiet.findData(None))
    settled(qtbot, page)
    assert len(shown(page)) == 3


def test_new_contact_is_offered_to_those_who_may_create_and_opens_the_contact(
    qtbot, office, monkeypatch
):
    tab = make_tab(qtbot, office.desk)
    page = tab.list_page
    assert page.new_button is not None
    made = ContactService(office.manager).create("Nia Evans", "0161 496 0555")
    monkeypatch.setattr("ui.contacts.list_page.NewContactDialog.ask", lambda *args, **kwargs: made)
    with qtbot.waitSignal(tab.show_contact_requested) as opened:
        page.new_button.click()
    assert opened.args == [made.id]
    settled(qtbot, page)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=10000)  # the card the tab opened
