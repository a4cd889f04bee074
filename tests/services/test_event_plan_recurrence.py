"""Recurring events: wall-clock times in the office's zone, one or this-and-following edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop_app.services.clock import to_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_attendance import AttendanceService
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_recurrence import RecurrenceService
from desktop_app.services.event_rules import clean_rule, presets_for
from desktop_app.services.event_tasks import EventTaskService
from models.events import Event, EventSeries
from tests.services.event_plan_records import night

FIRST_TUESDAY = "FREQ=MONTHLY;BYDAY=1TU"


def _series_events(series_id: int) -> list[Event]:
    return list(Event.select().where(Event.series == series_id).order_by(Event.starts_at))


def test_a_monthly_rule_keeps_7pm_local_across_a_year_end_and_a_clock_change(office):
    made = RecurrenceService(office.manager).create_series(
        night(office, datetime(2026, 9, 1, 19, 0)), FIRST_TUESDAY, date(2027, 4, 30)
    )
    events = _series_events(made.series_id)
    assert [e.starts_at.date() for e in events] == [
        date(2026, 9, 1),
        date(2026, 10, 6),
        date(2026, 11, 3),  # London's clocks went back on 25 October
        date(2026, 12, 1),
        date(2027, 1, 5),  # across the year end
        date(2027, 2, 2),
        date(2027, 3, 2),
        date(2027, 4, 6),  # and forward again on 28 March
    ]
    assert [e.starts_at.hour for e in events] == [18, 18, 19, 19, 19, 19, 19, 18]  # UTC
    assert {to_local(e.starts_at).strftime("%H:%M") for e in events} == {"19:00"}
    assert {to_local(e.ends_at).strftime("%H:%M") for e in events} == {"21:00"}
    assert all(e.series_start == e.starts_at for e in events)
    # each occurrence has its own checklist
    assert len(EventTaskService(office.manager).tasks(events[-1].id)) == 4


def test_extending_the_horizon_adds_only_the_missing_occurrences(office):
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)), FIRST_TUESDAY, date(2026, 12, 31)
    )
    assert len(made.event_ids) == 4
    added = service.extend(made.series_id, date(2027, 2, 28))
    assert len(added) == 2
    assert service.extend(made.series_id, date(2027, 2, 28)) == []
    assert len(_series_events(made.series_id)) == 6


def test_editing_one_occurrence_changes_only_that_one(office):
    made = RecurrenceService(office.manager).create_series(
        night(office, datetime(2026, 9, 1, 19)), FIRST_TUESDAY, date(2026, 12, 31)
    )
    plan = EventPlanService(office.manager)
    second = made.event_ids[1]
    plan.update(second, replace(plan.detail(second).as_input(), title="Halloween safety night"))
    titles = [e.title for e in _series_events(made.series_id)]
    assert titles == ["Family safety night", "Halloween safety night"] + ["Family safety night"] * 2


def test_this_and_following_copies_a_new_title_to_the_later_occurrences(office):
    made = RecurrenceService(office.manager).create_series(
        night(office, datetime(2026, 9, 1, 19)), FIRST_TUESDAY, date(2026, 12, 31)
    )
    third = made.event_ids[2]
    detail = EventPlanService(office.manager).detail(third)
    RecurrenceService(office.manager).update_following(
        third, replace(detail.as_input(), title="Winter safety night")
    )
    titles = [e.title for e in _series_events(made.series_id)]
    assert titles == ["Family safety night"] * 2 + ["Winter safety night"] * 2


def test_a_new_time_for_this_and_following_splits_the_series(office):
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)), FIRST_TUESDAY, date(2026, 12, 31)
    )
    third = made.event_ids[2]
    detail = EventPlanService(office.manager).detail(third)
    service.update_following(
        third,
        replace(
            detail.as_input(),
            starts=datetime(2026, 11, 3, 18, 30),
            ends=datetime(2026, 11, 3, 20, 30),
        ),
    )
    old = _series_events(made.series_id)
    assert [to_local(e.starts_at).strftime("%d %b %H:%M") for e in old] == [
        "01 Sep 19:00",
        "06 Oct 19:00",
    ]
    new_series = Event.get_by_id(third).series_id
    assert new_series != made.series_id
    assert [to_local(e.starts_at).strftime("%d %b %H:%M") for e in _series_events(new_series)] == [
        "03 Nov 18:30",
        "01 Dec 18:30",
    ]
    assert "UNTIL=20261103T185959" in EventSeries.get_by_id(made.series_id).rule
    # extending the old part adds nothing past the split; the new part carries on at 18:30
    assert service.extend(made.series_id, date(2027, 1, 31)) == []
    [january] = service.extend(new_series, date(2027, 1, 31))
    assert to_local(Event.get_by_id(january).starts_at).strftime("%d %b %H:%M") == "05 Jan 18:30"


def test_a_new_rule_from_an_occurrence_starts_a_new_series(office):
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)), FIRST_TUESDAY, date(2026, 12, 31)
    )
    third = made.event_ids[2]
    detail = EventPlanService(office.manager).detail(third)
    service.update_following(third, detail.as_input(), rule="FREQ=MONTHLY;BYDAY=-1TU")
    new_series = Event.get_by_id(third).series_id
    days = [to_local(e.starts_at).date() for e in _series_events(new_series)]
    assert days == [date(2026, 11, 3), date(2026, 11, 24), date(2026, 12, 29)]
    assert (
        not Event.select()
        .where(Event.starts_at.between(datetime(2026, 12, 1), datetime(2026, 12, 2)))
        .exists()
    )


def test_presets_for_a_first_tuesday():
    found = {p.kind: p.rule for p in presets_for(date(2026, 9, 1))}
    assert found == {
        "weekly": "FREQ=WEEKLY;BYDAY=TU",
        "monthly_weekday": "FREQ=MONTHLY;BYDAY=1TU",
        "monthly_day": "FREQ=MONTHLY;BYMONTHDAY=1",
    }


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "FREQ=HOURLY",
        "FREQ=SOMETIMES",
        "DTSTART:20260101T000000",
        "FREQ=WEEKLY;INTERVAL=0",  # dateutil's ValueError ("day is out of range") once expanded
        "FREQ=WEEKLY;INTERVAL=-2",
        "FREQ=WEEKLY;BYHOUR=9,19",  # two a day: the form has one start time per event
        "FREQ=DAILY;BYMINUTE=0,30",
        "FREQ=MONTHLY;BYSECOND=1,2",
    ],
)
def test_a_rule_beacon_cannot_use_is_refused_at_its_field(rule):
    with pytest.raises(ValidationError) as caught:
        clean_rule(rule)
    assert caught.value.field == "rule"


def test_a_rule_with_two_hours_a_day_says_why_it_is_refused():
    with pytest.raises(ValidationError) as caught:
        clean_rule("FREQ=WEEKLY;BYHOUR=9,19")
    assert "one start time" in caught.value.message
    assert clean_rule("freq=weekly;byhour=19") == "FREQ=WEEKLY;BYHOUR=19"


def test_too_many_occurrences_are_refused(office):
    with pytest.raises(ValidationError) as caught:
        RecurrenceService(office.manager).create_series(
            night(office, datetime(2026, 9, 1, 19)), "FREQ=DAILY", date(2027, 12, 31)
        )
    assert caught.value.field == "horizon"


def test_this_and_following_leaves_an_occurrence_already_held_as_it_was(office):
    """Editing a series from an earlier occurrence must not rewrite history: an occurrence held
    (with its walk-ins and notes, counted in that month's report) was deleted when the new rule
    no longer gave its day, or moved to the new time."""
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2024, 1, 2, 19)), FIRST_TUESDAY, date(2024, 6, 30)
    )
    first, march = made.event_ids[0], made.event_ids[2]
    EventPlanService(office.manager).set_status(march, "held")
    AttendanceService(office.officer).count_walk_in(march)
    before = Event.get_by_id(march)
    detail = EventPlanService(office.manager).detail(first)
    service.update_following(
        first,
        replace(
            detail.as_input(), starts=datetime(2024, 1, 30, 18), ends=datetime(2024, 1, 30, 20)
        ),
        rule="FREQ=MONTHLY;BYDAY=-1TU",
    )
    kept = Event.get_or_none(Event.id == march)
    assert kept is not None
    assert (kept.status, kept.walk_ins, kept.starts_at) == ("held", 1, before.starts_at)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31",  # dateutil looked day by day up to the year 9999
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
        "FREQ=MONTHLY;BYMONTH=2",  # on the 31st, the first event's day
    ],
)
def test_a_rule_that_never_gives_a_date_is_told_at_its_field(office, rule):
    with pytest.raises(ValidationError) as caught:
        RecurrenceService(office.manager).preview(
            night(office, datetime(2026, 1, 31, 19)), rule, date(2026, 12, 31)
        )
    assert caught.value.field == "rule"
    assert "never" in caught.value.message


def test_a_rule_with_no_date_before_the_horizon_says_so_at_its_field(office):
    with pytest.raises(ValidationError) as caught:
        RecurrenceService(office.manager).preview(
            night(office, datetime(2026, 3, 1, 19)),
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",  # next on 29 February 2028
            date(2027, 6, 30),
        )
    assert caught.value.field == "rule"
    assert "30 Jun 2027" in caught.value.message


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("FREQ=DAILY;BYSETPOS=" + ",".join(str(n) for n in range(2, 38)), "use it with WEEKLY"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,2,3,4,5,6,7,8", "at most 7 positions"),
    ],
)
def test_a_set_position_list_that_would_search_for_seconds_is_refused(rule, said):
    """A daily rule's BYSETPOS, or a long list of positions, made the never-gives-a-date check
    search for tens of seconds (the review measured 9.5 s for a 120-character rule)."""
    with pytest.raises(ValidationError, match=said) as refused:
        clean_rule(rule)
    assert refused.value.field == "rule"
    assert clean_rule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1") == (
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    )  # the last weekday of a month is still a rule
