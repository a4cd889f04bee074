"""The Events tab's services on PostgreSQL: a series and its split, attendance, the checklist
templates, findings, the list's pages and the .ics export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from icalendar import Calendar

from desktop_app.services.check import run_check
from desktop_app.services.contacts import ContactService
from desktop_app.services.event_attendance import AttendanceService, NewPerson
from desktop_app.services.event_calendar import EventCalendar, EventFilter
from desktop_app.services.event_ics import EventIcs
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_recurrence import RecurrenceService
from desktop_app.services.event_task_templates import TemplateService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService, create_first_manager
from desktop_app.services.walk_findings import FindingInput, WalkFindingService
from models.connection import connect
from models.database import resolve_target
from tests.conftest import _session
from tests.services.event_plan_records import night


class _Office:
    def __init__(self, manager, officer):
        self.manager, self.officer = manager, officer


def test_events_on_postgresql(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    SettingsService(manager).update(time_zone="Europe/London")
    officer = _session(
        UserService(manager).create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    )
    office = _Office(manager, officer)
    TemplateService(manager).add("safety_walk", "Check the torches", 2)
    recurrence = RecurrenceService(manager)
    made = recurrence.create_series(
        night(office, datetime(2026, 9, 1, 19)), "FREQ=MONTHLY;BYDAY=1TU", date(2027, 4, 30)
    )
    assert len(made.event_ids) == 8
    third = made.event_ids[2]
    contact = ContactService(manager).create("Zoë Adeyemi", "0161 496 0123")
    attendance = AttendanceService(officer)
    AttendanceService(manager).register(third, [contact.id])
    attendance.check_in(third, contact.id)
    attendance.count_walk_in(third)
    _, seen = attendance.register_walk_in(
        third, NewPerson("Sam Lee", "0161 496 0999", consent=True)
    )
    assert (seen.counts.attended, seen.counts.walk_ins) == (2, 1)
    detail = EventPlanService(manager).detail(made.event_ids[4])
    later = replace(
        detail.as_input(),
        starts=detail.as_input().starts + timedelta(minutes=30),
        ends=detail.as_input().ends + timedelta(minutes=30),
    )
    assert len(recurrence.update_following(made.event_ids[4], later)) == 4
    recurrence.extend(made.series_id, date(2027, 6, 30))
    walk = EventPlanService(manager).create(
        night(office, datetime(2026, 10, 24, 21), kind="safety_walk", title="Lighting walk")
    )
    WalkFindingService(officer).add(walk, FindingInput("Street light out", site="Elm Street"))
    assert len(WalkFindingService(officer).open_findings()) == 1
    calendar = EventCalendar(officer)
    rows, cursor = calendar.page(EventFilter(first=date(2026, 1, 1)), None, 3)
    while cursor is not None:
        more, cursor = calendar.page(EventFilter(first=date(2026, 1, 1)), cursor, 3)
        rows += more
    assert len(rows) == calendar.count(EventFilter(first=date(2026, 1, 1)))
    assert calendar.summary(third).title
    export = EventIcs(officer).between(date(2026, 9, 1), date(2027, 12, 31))
    assert len(Calendar.from_ical(export.data).walk("VEVENT")) == export.events == len(rows)
    assert run_check().ok
