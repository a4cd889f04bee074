"""The night's check-in page: three registered people and two walk-ins give the right counts
on the event, in the monthly report's engagement figures and in each contact's history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.clock import now_local
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.event_attendance import AttendanceService
from desktop_app.services.history import HistoryService
from desktop_app.services.monthly.engagement import collect_engagement
from desktop_app.services.monthly.periods import Periods
from models.events import Event
from tests.event_people import make_event, people
from ui.events.checkin_page import CheckInPage
from ui.tasks import TaskRunner


def _page(qtbot, session, event_id: int) -> CheckInPage:
    page = CheckInPage(session, TaskRunner(), event_id)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.show()
    return page


def _press(qtbot, page: CheckInPage, key: Qt.Key) -> None:
    with qtbot.waitSignal(page.changed, timeout=20000):
        qtbot.keyPress(page.search, key)  # the release would meet the page disabled, saving


def _type_and_enter(qtbot, page: CheckInPage, typed: str) -> None:
    qtbot.keyClicks(page.search, typed)
    _press(qtbot, page, Qt.Key.Key_Return)


def _engagement_line(event_id: int):
    Event.update(status="held").where(Event.id == event_id).execute()  # the lead marks it held
    month = now_local().date().replace(day=1)
    [line] = collect_engagement(Periods.of(month)).events
    return line


def test_three_registered_and_two_walk_ins_are_counted_everywhere(qtbot, office):
    event = make_event(capacity=10)
    ids = people(office.manager, "Ann Archer", "Zoë Brennan", "Cleo Chan", "Dan Doyle")
    AttendanceService(office.desk).register(event, ids)
    page = _page(qtbot, office.officer, event)
    assert page.search.hasFocus()
    _type_and_enter(qtbot, page, "zoe")  # accents folded
    _type_and_enter(qtbot, page, "ANN")
    qtbot.keyClicks(page.search, "c")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # Cleo Chan is first; down past nobody else
    assert page.highlighted().name == "Cleo Chan"
    _press(qtbot, page, Qt.Key.Key_Return)
    for _ in range(2):
        with qtbot.waitSignal(page.changed, timeout=20000):
            page.walk_in_button.click()
    assert "3" in page.count_labels["attended"].text()
    assert "5" in page.count_labels["present"].text()
    assert "1" in page.count_labels["registered"].text()  # Dan is still expected

    counts = AttendanceService(office.manager).attendance(event).counts
    assert (counts.registered, counts.attended, counts.walk_ins, counts.present) == (4, 3, 2, 5)
    line = _engagement_line(event)
    assert (line.held, line.registered, line.attended, line.walk_ins) == (1, 4, 3, 2)
    history = HistoryService(office.manager)
    for contact_id, status in zip(
        ids, ("Attended", "Attended", "Attended", "Registered"), strict=True
    ):
        [item] = history.contact_history(contact_id).items
        assert (item.kind, item.record_id) == ("event", event)
        assert item.detail.startswith(status)


def test_a_walk_in_registered_on_the_spot_needs_their_consent(qtbot, office):
    event = make_event()
    page = _page(qtbot, office.officer, event)
    qtbot.keyClicks(page.search, "Eve Evans")
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.new_person
    assert form.isVisible() and form.name.text() == "Eve Evans" and form.name.hasFocus()
    qtbot.keyClicks(form.phone, "0161 496 5555")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(form.errors.message("consent")), timeout=20000)
    assert "consent" in form.errors.message("consent")
    form.consent.setChecked(True)
    with qtbot.waitSignal(page.changed, timeout=20000):
        form.add_button.click()
    assert not form.isVisible()
    [person] = page.data.people
    assert (person.name, person.status) == ("Eve Evans", "attended")
    card = ContactCardService(office.manager).card(person.contact_id)
    assert card.consent and card.consent_method == "at the event"
    line = _engagement_line(event)
    assert (line.registered, line.attended, line.walk_ins) == (1, 1, 0)
    [item] = HistoryService(office.manager).contact_history(person.contact_id).items
    assert item.detail.startswith("Attended")


def test_a_mistaken_check_in_is_undone_and_walk_ins_taken_off(qtbot, office):
    event = make_event()
    AttendanceService(office.desk).register(event, [office.reporter_id])
    page = _page(qtbot, office.officer, event)
    _press(qtbot, page, Qt.Key.Key_Return)
    assert page.data.counts.attended == 1
    with qtbot.waitSignal(page.changed, timeout=20000):
        page.undo_button.click()
    assert page.data.counts.attended == 0
    with qtbot.waitSignal(page.changed, timeout=20000):
        page.walk_in_button.click()
    with qtbot.waitSignal(page.changed, timeout=20000):
        page.walk_in_minus.click()
    assert page.data.counts.walk_ins == 0 and not page.walk_in_minus.isEnabled()
