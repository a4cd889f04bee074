"""The Events tab's reads: a month's marks by office-local day, the list upcoming first then the
past newest first (page by page, along the index on starts_at), its filters, the page header."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.clock import local_day_bounds, now_local, to_utc
from desktop_app.services.errors import NotFound, PermissionDenied
from desktop_app.services.event_calendar import EventCalendar, EventFilter
from desktop_app.services.session import Session
from models.database import db
from models.events import Attendance, Event, EventOfficer, EventSeries

LONDON_LATE = datetime(2026, 7, 31, 23, 30)  # office time: 22:30 UTC, the 31st either way


def make_event(start_local: datetime, **fields) -> Event:
    """An event starting at an office-local time (Europe/London in these tests)."""
    starts = to_utc(start_local)
    values = {"kind": "neighbourhood_watch", "title": f"Meeting {start_local:%d %b}"} | fields
    return Event.create(starts_at=starts, ends_at=starts + timedelta(hours=2), **values)


def test_marks_group_events_by_office_local_day(office):
    make_event(datetime(2026, 7, 3, 18, 30))
    make_event(datetime(2026, 7, 3, 19, 0), kind="safety_walk", status="cancelled")
    make_event(LONDON_LATE)  # stored 22:30 UTC: still the 31st of July in London
    make_event(datetime(2026, 8, 1, 0, 30))  # stored 23:30 UTC on the 31st: the 1st in London
    marks = EventCalendar(office.officer).month_marks(2026, 7)
    assert [(m.day, m.count) for m in marks] == [(date(2026, 7, 3), 2), (date(2026, 7, 31), 1)]
    assert marks[0].kinds == ("neighbourhood_watch", "safety_walk")
    assert marks[0].statuses == ("planned", "cancelled")
    assert [m.day for m in EventCalendar(office.officer).month_marks(2026, 8)] == [date(2026, 8, 1)]


def _titles(calendar: EventCalendar, flt: EventFilter, limit: int) -> list[str]:
    """Every row of the list, read a page of `limit` at a time."""
    titles, cursor, pages = [], None, 0
    while True:
        rows, cursor = calendar.page(flt, cursor, limit)
        titles += [r.title for r in rows]
        pages += 1
        assert pages < 50
        if cursor is None:
            return titles


def test_the_list_is_upcoming_soonest_first_then_the_past_newest_first(office):
    today = now_local().replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    offsets = {"past 30": -30, "yesterday": -1, "today": 0, "in 3": 3, "in 40": 40}
    for title, days in offsets.items():
        make_event(today + timedelta(days=days, hours=9), title=title)
    calendar = EventCalendar(office.officer)
    expected = ["today", "in 3", "in 40", "yesterday", "past 30"]
    for limit in (1, 2, 3, 5, 100):  # the page's end falls anywhere, even between the parts
        assert _titles(calendar, EventFilter(), limit) == expected
    assert calendar.count(EventFilter()) == 5


def test_filters_narrow_the_list(office):
    akhan, bmurphy = office.officer.user_id, office.other_officer.user_id
    north, south = office.zones["North"], office.zones["South"]
    base = datetime(2026, 9, 1, 18, 0)
    led = make_event(base, title="led", lead_officer=akhan, zone=north)
    staffed = make_event(
        base + timedelta(days=1), title="staffed", lead_officer=bmurphy, zone=south
    )
    EventOfficer.create(event=staffed.id, officer=akhan)
    make_event(base + timedelta(days=2), title="walk", kind="safety_walk", status="cancelled")
    make_event(base + timedelta(days=20), title="later")
    calendar = EventCalendar(office.desk)

    def titles(**given) -> set[str]:
        return {r.title for r in calendar.page(EventFilter(**given))[0]}

    assert titles(officer_id=akhan) == {"led", "staffed"}
    assert titles(zone_id=south) == {"staffed"}
    assert titles(kind="safety_walk") == titles(status="cancelled") == {"walk"}
    assert titles(first=date(2026, 9, 2), last=date(2026, 9, 3)) == {"staffed", "walk"}
    assert titles(first=date(2026, 9, 2), officer_id=akhan) == {"staffed"}
    assert calendar.count(EventFilter(officer_id=akhan)) == 2
    assert [o.name for o in calendar.officers()] == ["Asha Khan", "Brendan Murphy"]
    assert [r.title for r in calendar.on_day(date(2026, 9, 2))] == ["staffed"]
    assert calendar.page(EventFilter(zone_id=north))[0][0].zone == "North"
    assert led.id


def test_the_summary_says_what_the_page_header_shows(office):
    series = EventSeries.create(
        rule="FREQ=MONTHLY;BYDAY=1TU",
        starts_local=datetime(2026, 3, 3, 19, 0),
        duration_minutes=90,
        horizon=date(2026, 12, 31),
    )
    event = make_event(
        datetime(2026, 3, 31, 19, 0),  # after the clocks went forward: 18:00 UTC
        title="Watch meeting",
        venue="Library",
        lead_officer=office.officer.user_id,
        zone=office.zones["North"],
        capacity=30,
        status="cancelled",
        cancel_reason="Storm warning",
        walk_ins=4,
        series=series.id,
    )
    EventOfficer.create(event=event.id, officer=office.other_officer.user_id)
    EventOfficer.create(event=event.id, officer=office.officer.user_id)  # the lead, listed once
    Attendance.create(event=event.id, contact=office.reporter_id, status="attended")
    summary = EventCalendar(office.desk).summary(event.id)
    assert summary.starts_at.hour == 19 and summary.starts_at.utcoffset() == timedelta(hours=1)
    assert (summary.title, summary.venue, summary.zone, summary.lead) == (
        "Watch meeting",
        "Library",
        "North",
        "Asha Khan",
    )
    assert summary.officers == ("Brendan Murphy",)
    assert (summary.status, summary.cancel_reason) == ("cancelled", "Storm warning")
    assert (summary.registered, summary.attended, summary.walk_ins) == (1, 1, 4)
    assert summary.capacity == 30 and summary.in_series
    with pytest.raises(NotFound):
        EventCalendar(office.desk).summary(999)


def test_reading_events_needs_event_read(office):
    admin = Session(None, "root", "Root", "admin", "test-pc")
    with pytest.raises(PermissionDenied):
        EventCalendar(admin).month_marks(2026, 7)


def test_the_list_reads_along_the_index_on_starts_at(office):
    """SQLite's plan for a page of the whole list: the index on starts_at, in its order (no
    sort of every event). A kind or status filter goes by its own index and sorts what it
    finds: a sixth of a few thousand events at most."""
    today = local_day_bounds(now_local().date())[0]
    where = EventCalendar(office.officer)._where(EventFilter()) & (Event.starts_at >= today)
    query = Event.select(Event.id).where(where).order_by(Event.starts_at, Event.id).limit(100)
    sql, params = query.sql()
    plan = " ".join(str(row[-1]) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "INDEX event_starts_at" in plan and "TEMP B-TREE" not in plan, plan
