"""Moving "this and following" of a series: each occurrence moves with its people and tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.clock import stored_datetime, to_local
from desktop_app.services.event_attendance import AttendanceService
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_recurrence import RecurrenceService
from models.events import Attendance, Event, EventSeries, EventTask
from tests.services.event_plan_records import night


def _local(value: datetime) -> datetime:
    return to_local(stored_datetime(value)).replace(tzinfo=None)


def _snapshot(event_ids: list[int]) -> dict[int, tuple[datetime, set[int], list[date | None]]]:
    """Each event's local start, the contacts registered for it and its tasks' due days."""
    found = {}
    for event_id in event_ids:
        row = Event.get_or_none(Event.id == event_id)
        if row is None:
            continue
        people = {a.__data__["contact"] for a in Attendance.select().where(Attendance.event == row)}
        tasks = EventTask.select().where(EventTask.event == row).order_by(EventTask.id)
        found[event_id] = (_local(row.starts_at), people, [t.due_on for t in tasks])
    return found


def _move_following(office, event_id: int, by: timedelta, rule: str | None = None) -> None:
    detail = EventPlanService(office.manager).detail(event_id)
    data = detail.as_input()
    RecurrenceService(office.manager).update_following(
        event_id, replace(data, starts=data.starts + by, ends=data.ends + by), rule
    )


def test_moving_this_and_following_a_week_later_keeps_the_next_occurrence(office):
    """Moving the second Tuesday a week on cancelled the third (its registrations with it): the
    third was matched to the new rule by its own day, which the second had just taken."""
    made = RecurrenceService(office.manager).create_series(
        night(office, datetime(2026, 9, 1, 19)), "FREQ=WEEKLY;BYDAY=TU", date(2026, 10, 31)
    )
    second, third = made.event_ids[1], made.event_ids[2]
    AttendanceService(office.officer).register(third, [office.reporter_id])
    before = _snapshot(list(made.event_ids))
    _move_following(office, second, timedelta(days=7))
    after = _snapshot(list(made.event_ids))
    assert set(after) == set(made.event_ids)  # none removed
    assert {Event.get_by_id(i).status for i in made.event_ids} == {"planned"}
    for event_id in made.event_ids[1:]:
        start, people, due = before[event_id]
        assert after[event_id] == (
            start + timedelta(days=7),
            people,
            [d + timedelta(days=7) if d else None for d in due],
        )
    assert after[third][1] == {office.reporter_id}
    assert after[third][0] == datetime(2026, 9, 22, 19)
    new_series = Event.get_by_id(second).series_id
    days = [_local(e.starts_at).date() for e in Event.select().where(Event.series == new_series)]
    assert sorted(days) == [date(2026, 9, 15) + timedelta(weeks=n) for n in range(8)]


RULES = ["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=1TU"]
MOVES = [
    timedelta(hours=1),
    timedelta(hours=-1),
    timedelta(days=1),
    timedelta(days=7),
    timedelta(days=-7),
    timedelta(days=14),
]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rule=st.sampled_from(RULES),
    first=st.dates(date(2026, 1, 6), date(2027, 12, 28)),
    weeks=st.integers(3, 16),
    pick=st.integers(0, 20),
    by=st.sampled_from(MOVES),
    registered=st.sets(st.integers(0, 20), max_size=4),
)
def test_moving_following_gives_one_event_per_rule_day_and_keeps_each_ones_people(
    office, rule, first, weeks, pick, by, registered
):
    first = first - timedelta(days=(first.weekday() - 1) % 7)  # a Tuesday, as BYDAY=TU wants
    if "1TU" in rule:  # the month's first Tuesday
        first = first - timedelta(weeks=(first.day - 1) // 7)
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime.combine(first, datetime.min.time()).replace(hour=19)),
        rule,
        first + timedelta(weeks=weeks),
    )
    ids = list(made.event_ids)
    edited = ids[pick % len(ids)]
    following = ids[ids.index(edited) :]
    for index in registered:
        if index < len(ids):
            AttendanceService(office.officer).register(ids[index], [office.reporter_id])
    before = _snapshot(ids)
    _move_following(office, edited, by)
    after = _snapshot(ids)

    new = EventSeries.get_by_id(Event.get_by_id(edited).series_id)
    moved_to = before[edited][0] + by
    last = datetime.combine(new.horizon, datetime.max.time())
    wanted = {moved_to, *rrulestr(new.rule, dtstart=moved_to).between(moved_to, last, inc=True)}
    events = list(Event.select().where(Event.series == new.id))
    assert all(e.status == "planned" for e in events)
    starts = sorted(_local(e.starts_at) for e in events)
    assert starts == sorted(wanted)  # one event per day of the new rule, none twice
    assert after[edited][0] == moved_to
    # an occurrence whose moved day is one of the rule's is that day's event, with its people
    for event_id in following:
        start, people, _ = before[event_id]
        if start + by in wanted:
            assert event_id in after
            assert after[event_id][:2] == (start + by, people)
    # nobody registered loses their registration: their event is kept (cancelled, if need be)
    assert all(event_id in after for event_id in ids if before[event_id][1])
    for event_id in ids[: ids.index(edited)]:
        assert after[event_id] == before[event_id]
