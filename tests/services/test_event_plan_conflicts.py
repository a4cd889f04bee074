"""Clashes: an officer on two events at once, a venue booked twice; cancelled events never clash."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.services.event_conflicts import EventConflicts
from desktop_app.services.event_plan import EventPlanService
from tests.services.event_plan_records import location_id, night

EIGHT_PM = datetime(2026, 7, 14, 20, 0)


def test_an_officer_on_an_overlapping_event_is_a_conflict(office):
    plan = EventPlanService(office.manager)
    first = plan.create(night(office, datetime(2026, 7, 14, 19)))
    other = night(
        office,
        EIGHT_PM,
        venue="Library",
        lead_officer_id=office.other_officer.user_id,
        officer_ids=(office.officer.user_id,),
    )
    [clash] = EventConflicts(office.manager).check(other)
    assert (clash.kind, clash.what, clash.event_id) == ("officer", "Asha Khan", first)
    # one that starts when the first ends does not clash
    later = night(office, datetime(2026, 7, 14, 21), venue="Library")
    assert EventConflicts(office.manager).check(later) == []


def test_a_venue_booked_twice_by_location_or_by_name_in_any_case(office):
    plan = EventPlanService(office.manager)
    plan.create(night(office, datetime(2026, 7, 14, 19), venue="", location_id=location_id(office)))
    plan.create(night(office, datetime(2026, 7, 15, 19), venue="Elm Park  Community Centre"))
    staff = {"lead_officer_id": office.other_officer.user_id}
    by_location = night(office, EIGHT_PM, venue="", location_id=location_id(office), **staff)
    by_name = night(
        office, EIGHT_PM + timedelta(days=1), venue="elm park community centre", **staff
    )
    assert [c.kind for c in EventConflicts(office.manager).check(by_location)] == ["venue"]
    assert [c.what for c in EventConflicts(office.manager).check(by_name)] == [
        "Elm Park Community Centre"
    ]


def test_cancelled_events_never_conflict_and_an_event_never_clashes_with_itself(office):
    plan = EventPlanService(office.manager)
    first = plan.create(night(office, datetime(2026, 7, 14, 19)))
    second = plan.create(night(office, EIGHT_PM))
    conflicts = EventConflicts(office.manager)
    assert {c.event_id for c in conflicts.for_event(first)} == {second}
    plan.set_status(second, "cancelled", "Double booked")
    assert conflicts.for_event(first) == []
    assert conflicts.for_event(second) == []


def test_a_series_clashing_on_a_later_occurrence_is_warned_with_that_date(office):
    """Only the first occurrence was checked: a series whose third Tuesday falls on another
    event of its officer's was saved without a word."""
    plan = EventPlanService(office.manager)
    clash = plan.create(night(office, datetime(2026, 9, 15, 20), venue="Library"))
    conflicts = EventConflicts(office.manager)
    first = night(office, datetime(2026, 9, 1, 19), venue="Church hall")
    assert conflicts.check(first) == []
    found = conflicts.check_series(first, "FREQ=WEEKLY;BYDAY=TU", date(2026, 10, 31))
    assert [(c.kind, c.event_id, c.starts.date()) for c in found] == [
        ("officer", clash, date(2026, 9, 15))
    ]
    # a rule that cannot be read yet (the user is typing it) clashes with nothing
    assert conflicts.check_series(first, "FREQ=SOMETIMES", date(2026, 10, 31)) == []
