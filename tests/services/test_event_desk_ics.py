"""The .ics export: it parses with icalendar; each start, read through the file's own VTIMEZONE
and converted to UTC, is the stored UTC start on both sides of a daylight-saving change; UIDs are
unique and the same in two exports; cancelled events say STATUS:CANCELLED."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.event_ics import EventIcs
from models.events import Event
from tests.services.test_event_desk_calendar import make_event

# Europe/London (the office fixture's zone) leaves summer time on 25 October 2026.
BEFORE = datetime(2026, 10, 20, 19, 0)  # BST: 18:00 UTC
AFTER = datetime(2026, 10, 27, 19, 0)  # GMT: 19:00 UTC


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_starts_in_utc_are_the_stored_ones_on_both_sides_of_the_change(office):
    early = make_event(BEFORE, venue="Library")
    late = make_event(AFTER, title="Walk", kind="safety_walk")
    export = EventIcs(office.officer).between(date(2026, 10, 1), date(2026, 10, 31))
    assert export.events == 2
    calendar = _parse(export.data)
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/London"
    own_zone = vtimezone.to_tz()  # the zone as the file itself describes it
    stored = {e.id: e.starts_at for e in Event.select().where(Event.id.in_([early.id, late.id]))}
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    for item, event_id in zip(events, (early.id, late.id), strict=True):
        start = item.decoded("DTSTART")
        assert start.tzinfo is not None and item["DTSTART"].params["TZID"] == "Europe/London"
        wall_clock = start.replace(tzinfo=None)
        assert wall_clock.hour == 19  # the hour the office typed, either side of the change
        through_file = wall_clock.replace(tzinfo=own_zone).astimezone(UTC)
        assert through_file.replace(tzinfo=None) == stored[event_id]
        assert start.astimezone(UTC).replace(tzinfo=None) == stored[event_id]
        end = item.decoded("DTEND").astimezone(UTC).replace(tzinfo=None)
        assert end == stored[event_id] + timedelta(hours=2)
    assert str(events[0]["LOCATION"]) == "Library"
    assert str(events[1]["SUMMARY"]) == "Walk"


def test_uids_are_unique_and_stable_between_exports(office):
    for day in range(1, 6):
        make_event(datetime(2026, 3, day, 18, 30))
    calendar = EventIcs(office.manager)
    first = [
        str(e["UID"])
        for e in _parse(calendar.between(date(2026, 3, 1), date(2026, 3, 31)).data).walk("VEVENT")
    ]
    again = [
        str(e["UID"])
        for e in _parse(calendar.between(date(2026, 3, 1), date(2026, 3, 31)).data).walk("VEVENT")
    ]
    assert len(set(first)) == 5 and first == again
    one = _parse(calendar.one(Event.select().order_by(Event.id).first().id).data)
    assert [str(e["UID"]) for e in one.walk("VEVENT")] == first[:1]
    assert all(uid.endswith(".beacon") and uid.startswith("event-") for uid in first)


def test_statuses_and_sequence(office):
    cancelled = make_event(BEFORE, status="cancelled", cancel_reason="Storm warning")
    planned = make_event(AFTER)
    confirmed = make_event(AFTER + timedelta(days=1), status="confirmed")
    Event.update(updated_at=planned.created_at + timedelta(minutes=5)).where(
        Event.id == planned.id
    ).execute()
    items = {
        int(str(e["UID"]).split("-")[1].split("@")[0]): e
        for e in _parse(
            EventIcs(office.desk).between(date(2026, 10, 1), date(2026, 10, 31)).data
        ).walk("VEVENT")
    }
    assert str(items[cancelled.id]["STATUS"]) == "CANCELLED"
    assert "Storm warning" in str(items[cancelled.id]["DESCRIPTION"])
    assert str(items[planned.id]["STATUS"]) == "TENTATIVE"
    assert str(items[confirmed.id]["STATUS"]) == "CONFIRMED"
    assert items[planned.id].decoded("SEQUENCE") == 300
    assert items[confirmed.id].decoded("SEQUENCE") == 0


def test_a_wrong_range_or_event_is_refused(office):
    with pytest.raises(ValidationError):
        EventIcs(office.desk).between(date(2026, 10, 31), date(2026, 10, 1))
    with pytest.raises(NotFound):
        EventIcs(office.desk).one(4242)
    empty = EventIcs(office.desk).between(date(2020, 1, 1), date(2020, 1, 31))
    assert empty.events == 0 and _parse(empty.data).walk("VEVENT") == []


def test_a_range_to_the_end_of_the_calendar_is_refused_not_a_crash(office):
    make_event(AFTER)
    with pytest.raises(ValidationError) as refused:
        EventIcs(office.desk).between(date(2026, 1, 1), date(9999, 12, 31))
    assert refused.value.field == "last"
    wide = EventIcs(office.desk).between(date(1, 1, 1), date(9998, 12, 31))
    assert wide.events == 1
