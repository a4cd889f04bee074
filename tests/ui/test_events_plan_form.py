"""The event form, driven through its widgets: a checklist from the kind's template, a clash
warned (and saving still allowed), a monthly series across a year end and a clock change."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QTimeEdit

from desktop_app.services.clock import to_local
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_tasks import EventTaskService
from desktop_app.services.picklists import PicklistService
from models.events import Event
from tests.services.event_plan_records import location_id, night
from ui.events import event_form
from ui.events.event_form import EventFormDialog
from ui.tasks import TaskRunner


def _form(qtbot, office, **kwargs) -> EventFormDialog:
    runner = TaskRunner()
    dialog = EventFormDialog(office.manager, runner, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    return dialog


def _fill(qtbot, dialog, kind: str, title: str, day: QDate, hour: int) -> None:
    combo = dialog.findChild(QComboBox, "eventKind")
    combo.setCurrentIndex(combo.findData(kind))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitle"), title)
    dialog.findChild(QDateEdit, "eventStartDate").setDate(day)
    dialog.findChild(QTimeEdit, "eventStartTime").setTime(QTime(hour, 0))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventVenue"), "Elm Park Community Centre")


def _save(qtbot, dialog) -> int:
    qtbot.mouseClick(dialog.findChild(QPushButton, "eventSaveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=10000)
    return int(dialog.saved_id)


def test_a_family_safety_night_made_in_the_form_has_its_templates_tasks(qtbot, office):
    dialog = _form(qtbot, office)
    _fill(qtbot, dialog, "family_safety_night", "Spring safety night", QDate(2026, 4, 21), 18)
    event_id = _save(qtbot, dialog)
    tasks = EventTaskService(office.manager).tasks(event_id)
    assert [t.title for t in tasks] == [
        "Book the hall",
        "Print flyers",
        "Invite the school",
        "Prepare the home-security handout",
    ]
    detail = EventPlanService(office.manager).detail(event_id)
    assert (detail.title, detail.starts.hour, detail.ends.hour) == ("Spring safety night", 18, 20)


def test_an_officer_on_two_overlapping_events_is_warned_and_may_still_save(qtbot, office):
    EventPlanService(office.manager).create(
        night(office, datetime(2026, 4, 21, 19), venue="Library")
    )
    dialog = _form(qtbot, office)
    _fill(qtbot, dialog, "safety_workshop", "Bike locks workshop", QDate(2026, 4, 21), 20)
    lead = dialog.findChild(QComboBox, "eventLead")
    lead.setCurrentIndex(lead.findData(office.other_officer.user_id))
    warning = dialog.findChild(QLabel, "eventConflicts")
    assert not warning.isVisible()
    dialog.officers.tick(office.officer.user_id)  # Asha Khan leads the safety night at 19:00
    qtbot.waitUntil(warning.isVisible, timeout=10000)
    assert "Asha Khan is also on “Family safety night”" in warning.text()
    event_id = _save(qtbot, dialog)
    assert Event.get_by_id(event_id).title == "Bike locks workshop"


def test_a_monthly_series_from_the_form_keeps_its_local_hour_across_a_year_end_and_dst(
    qtbot, office
):
    dialog = _form(qtbot, office)
    _fill(qtbot, dialog, "neighbourhood_watch", "Watch meeting", QDate(2026, 9, 1), 19)
    repeats = dialog.findChild(QComboBox, "eventRepeats")
    repeats.setCurrentIndex(repeats.findData("FREQ=MONTHLY;BYDAY=1TU"))
    assert repeats.currentText() == "Every month on the first Tuesday"
    dialog.findChild(QDateEdit, "eventHorizon").setDate(QDate(2027, 4, 30))
    first = _save(qtbot, dialog)
    series = Event.get_by_id(first).series_id
    events = list(Event.select().where(Event.series == series).order_by(Event.starts_at))
    assert [to_local(e.starts_at).date() for e in events][3:6] == [
        date(2026, 12, 1),
        date(2027, 1, 5),
        date(2027, 2, 2),
    ]
    assert len(events) == 8
    assert {to_local(e.starts_at).hour for e in events} == {19}
    assert sorted({e.starts_at.hour for e in events}) == [18, 19]  # UTC moves with the clocks


def test_mistakes_show_at_their_fields_and_what_was_typed_stays(qtbot, office):
    dialog = _form(qtbot, office)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventCapacity"), "-2")
    qtbot.mouseClick(dialog.findChild(QPushButton, "eventSaveButton"), Qt.MouseButton.LeftButton)
    title_error = dialog.findChild(QLabel, "eventTitleError")
    qtbot.waitUntil(title_error.isVisible, timeout=10000)
    assert title_error.text() == "Title is required"
    assert dialog.findChild(QLabel, "eventCapacityError").text() == "Capacity cannot be negative"
    assert dialog.findChild(QLineEdit, "eventCapacity").text() == "-2"
    assert dialog.saved_id is None and Event.select().count() == 0


def test_an_occurrence_changed_for_this_and_following(qtbot, office, monkeypatch):
    from desktop_app.services.event_recurrence import RecurrenceService

    made = RecurrenceService(office.manager).create_series(
        night(office, datetime(2026, 9, 1, 19)), "FREQ=MONTHLY;BYDAY=1TU", date(2026, 12, 31)
    )
    monkeypatch.setattr(event_form, "ask_scope", lambda parent: event_form.FOLLOWING)
    dialog = _form(qtbot, office, event_id=made.event_ids[2])
    title = dialog.findChild(QLineEdit, "eventTitle")
    title.clear()
    qtbot.keyClicks(title, "Winter safety night")
    _save(qtbot, dialog)
    titles = [Event.get_by_id(i).title for i in made.event_ids]
    assert titles == ["Family safety night"] * 2 + ["Winter safety night"] * 2


def test_an_event_whose_venue_was_retired_since_saves_and_keeps_it(qtbot, office):
    plan = EventPlanService(office.manager)
    square = location_id(office)
    event_id = plan.create(night(office, datetime(2026, 7, 14, 19), location_id=square))
    PicklistService(office.manager).retire("location", square)
    dialog = _form(qtbot, office, event_id=event_id)
    assert dialog.findChild(QLineEdit, "eventVenue").text() == "Market Square"
    title = dialog.findChild(QLineEdit, "eventTitle")
    title.clear()
    qtbot.keyClicks(title, "Summer safety night")
    _save(qtbot, dialog)
    detail = plan.detail(event_id)
    assert (detail.title, detail.location_id) == ("Summer safety night", square)


def test_a_series_clashing_on_a_later_date_is_warned_with_that_date(qtbot, office):
    EventPlanService(office.manager).create(
        night(office, datetime(2026, 9, 15, 20), venue="Library")
    )
    dialog = _form(qtbot, office)
    _fill(qtbot, dialog, "neighbourhood_watch", "Watch meeting", QDate(2026, 9, 1), 19)
    lead = dialog.findChild(QComboBox, "eventLead")
    lead.setCurrentIndex(lead.findData(office.officer.user_id))
    warning = dialog.findChild(QLabel, "eventConflicts")
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)
    assert not warning.isVisible()  # the first meeting clashes with nothing
    repeats = dialog.findChild(QComboBox, "eventRepeats")
    repeats.setCurrentIndex(repeats.findData("FREQ=WEEKLY;BYDAY=TU"))
    qtbot.waitUntil(warning.isVisible, timeout=10000)
    assert "Asha Khan is also on “Family safety night”, Tue 15 Sep" in warning.text()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)
