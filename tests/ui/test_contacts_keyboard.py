"""The Contacts tab from the keyboard: Escape on a card goes back; back on the list, the row
of the contact just seen is current and has the focus; a card opened from a card goes back
to that card. A card whose save met someone else's change shows what is stored now."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.contacts import ContactService
from desktop_app.services.interactions import InteractionInput, InteractionService
from tests.ui.test_contact_card import _card
from tests.ui.test_contacts_tab import _contacts
from ui.contacts.card import ContactCard
from ui.contacts.interaction_dialog import InteractionDialog
from ui.tabs.contacts_tab import ContactsTab


def _focused_in(widget) -> bool:
    # The offscreen platform deactivates the window when a combo box first makes its popup
    # (the timeline's filter, as a card loads); a desktop keeps it active. Focus is read from
    # the window, which gives it back on activation.
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _card_shown(qtbot, tab: ContactsTab, contact_id: int) -> ContactCard:
    qtbot.waitUntil(
        lambda: (
            tab.card is not None
            and tab.card.contact_id == contact_id
            and tab.pages.currentWidget() is tab.card
            and tab.card.data is not None
        ),
        timeout=20000,
    )
    card = tab.card
    assert card is not None
    qtbot.waitUntil(lambda: _focused_in(card))
    return card


def _escape(qtbot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Escape)


def _current_contact(tab: ContactsTab) -> int | None:
    page = tab.list_page
    row = page.model.row_at(page.table.currentIndex().row())
    return row.id if row is not None else None


def _row_focused(qtbot, tab: ContactsTab, contact_id: int) -> None:
    page = tab.list_page
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.home)
    qtbot.waitUntil(
        lambda: _focused_in(page.table) and _current_contact(tab) == contact_id, timeout=20000
    )


def test_escape_on_a_card_goes_back_to_the_contacts_row_in_the_list(qtbot, office, window_for):
    people = ContactService(office.desk)
    for name in ("Ann Baker", "Ben Cole", "Cleo Dunn", "Dev Evans"):
        people.create(name)
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    page = tab.list_page
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the list
    for _ in range(2):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = _current_contact(tab)
    assert chosen is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    _card_shown(qtbot, tab, chosen)
    _escape(qtbot)
    _row_focused(qtbot, tab, chosen)


def test_back_from_a_card_opened_from_a_card_returns_to_that_card(qtbot, office, window_for):
    people = ContactService(office.desk)
    school = people.create("Elm Park Primary", kind="school")
    liaison = people.create("Grace Hill")
    ContactCardService(office.manager).link_organisation(liaison.id, school.id)
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    tab.show_contact(school.id)
    card = _card_shown(qtbot, tab, school.id)
    assert "Grace Hill" in card.linked.text()
    card.linked.linkActivated.emit(str(liaison.id))  # the person named on the school's card
    _card_shown(qtbot, tab, liaison.id)
    _escape(qtbot)
    back = _card_shown(qtbot, tab, school.id)  # the school again, not the list
    qtbot.mouseClick(back.back_button, Qt.MouseButton.LeftButton)
    _row_focused(qtbot, tab, school.id)


def test_escape_with_details_unsaved_says_so_first_then_leaves(qtbot, office, window_for):
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    tab.show_contact(office.reporter_id)
    card = _card_shown(qtbot, tab, office.reporter_id)
    card.details.notes.setFocus()
    qtbot.keyClicks(card.details.notes, "Prefers evenings")
    _escape(qtbot)
    assert tab.pages.currentWidget() is card
    assert "not saved" in card.message.text()
    _escape(qtbot)
    _row_focused(qtbot, tab, office.reporter_id)


def test_after_a_clash_the_card_shows_the_values_stored_now_and_keeps_what_was_typed(qtbot, office):
    ray = ContactService(office.desk).create("Ray Okafor", "0161 496 0456")
    card = _card(qtbot, office.officer, ray.id)
    cards = ContactCardService(office.manager)  # meanwhile, at another desk
    seen = cards.card(ray.id).details
    cards.update(ray.id, replace(seen, phone="0161 496 0999", address="4 Elm Street"), seen)

    card.details.phone.clear()
    qtbot.keyClicks(card.details.phone, "0161 496 0111")
    with qtbot.waitSignal(card.loaded, timeout=20000):
        card.save_button.click()
    assert "0161 496 0999" in card.details.errors.message("phone")
    assert card.details.address.text() == "4 Elm Street"  # what is stored now
    assert card.details.phone.text() == "0161 496 0111"  # what was typed stays

    with qtbot.waitSignal(card.loaded, timeout=20000):  # seen, and saved again: written
        card.save_button.click()
    now = cards.card(ray.id).details
    assert (now.phone, now.address) == ("0161 496 0111", "4 Elm Street")


def test_ctrl_l_on_a_card_in_the_window_logs_an_interaction_not_the_lock(
    qtbot, office, window_for, monkeypatch
):
    # File → Lock is Ctrl+L in the window too; on a card, Ctrl+L is the card's (its button says so).
    asked: list[tuple[int, ...]] = []
    monkeypatch.setattr(
        InteractionDialog, "ask", staticmethod(lambda session, ids, *rest: asked.append(ids))
    )
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    tab.show_contact(office.reporter_id)
    card = _card_shown(qtbot, tab, office.reporter_id)
    for widget in (card.timeline.table, card.details.name):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(office.reporter_id,), (office.reporter_id,)]


def test_tab_leaves_the_cards_timeline(qtbot, office, window_for):
    InteractionService(office.desk).log(
        InteractionInput((office.reporter_id,), "phone", "Tip", "Saw a van at the depot.")
    )
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    tab.show_contact(office.reporter_id)
    card = _card_shown(qtbot, tab, office.reporter_id)  # the focus is on the timeline
    table = card.timeline.table
    assert table.model().rowCount() > 0
    table.setCurrentIndex(table.model().index(0, 0))  # a line chosen with the arrows
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not _focused_in(card.timeline.table)


def test_a_person_named_on_an_organisations_card_opens_from_the_keyboard(qtbot, office, window_for):
    people = ContactService(office.desk)
    school = people.create("Elm Park Primary", kind="school")
    liaison = people.create("Grace Hill")
    ContactCardService(office.manager).link_organisation(liaison.id, school.id)
    window = window_for(office.manager)
    tab = _contacts(qtbot, window)
    tab.show_contact(school.id)
    card = _card_shown(qtbot, tab, school.id)
    card.save_button.setFocus()
    while not _focused_in(card.linked):  # Tab on, past roles and consent, to the names
        focus = QApplication.focusWidget()
        assert focus is not None and card.isAncestorOf(focus), "Tab left the card first"
        assert not _focused_in(card.timeline), "Tab passed the names by"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    qtbot.keyClick(card.linked, Qt.Key.Key_Return)
    _card_shown(qtbot, tab, liaison.id)
