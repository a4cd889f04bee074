"""Edges of repeat rules and of splitting a series found in review: a rule's own COUNT, a bad
COUNT, and an occurrence an interaction points at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.errors import ValidationError
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_recurrence import RecurrenceService
from desktop_app.services.event_rules import clean_rule
from desktop_app.services.interactions import InteractionInput, InteractionService
from models.audit import AuditEntry
from models.events import Event
from models.interactions import Interaction
from tests.services.event_plan_records import night


@pytest.mark.parametrize("count", ["-1", "0", "two", ""])
def test_a_count_that_is_not_a_whole_number_from_one_is_told_at_the_rule_field(office, count):
    """COUNT=-1 passed clean_rule and then failed in itertools.islice with a ValueError: the
    save crashed instead of saying what was wrong."""
    with pytest.raises(ValidationError) as caught:
        RecurrenceService(office.manager).create_series(
            night(office, datetime(2026, 9, 1, 19)), f"FREQ=WEEKLY;COUNT={count}", date(2026, 12, 1)
        )
    assert caught.value.field == "rule"
    assert Event.select().count() == 0


def test_a_count_from_one_is_kept():
    assert clean_rule("freq=weekly;count=6") == "FREQ=WEEKLY;COUNT=6"


def test_moving_the_following_of_a_counted_series_keeps_its_number_of_events(office):
    """A series of six ("COUNT=6"), moved an hour from its third: the new part started counting
    six again, so the series grew to nine events."""
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)), "FREQ=WEEKLY;COUNT=6", date(2026, 12, 31)
    )
    assert len(made.event_ids) == 6
    third = made.event_ids[2]
    data = EventPlanService(office.manager).detail(third).as_input()
    later = timedelta(hours=1)
    service.update_following(
        third, replace(data, starts=data.starts + later, ends=data.ends + later)
    )
    assert Event.select().count() == 6
    assert {e.id for e in Event.select()} == set(made.event_ids)


def test_a_new_rule_keeps_an_occurrence_an_interaction_is_linked_to(office):
    """Changing the rule deleted the occurrences it no longer gives unless someone had
    registered: an interaction logged about one lost its link (SET NULL) with no audit entry."""
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)), "FREQ=WEEKLY", date(2026, 10, 31)
    )
    second, third = made.event_ids[1], made.event_ids[2]
    logged = InteractionService(office.officer).log(
        InteractionInput((office.reporter_id,), "phone", "Will bring the flyers", event_id=third)
    )
    data = EventPlanService(office.manager).detail(second).as_input()
    service.update_following(second, data, "FREQ=WEEKLY;INTERVAL=2")
    assert Interaction.get_by_id(logged).event_id == third
    kept = Event.get_by_id(third)
    assert kept.status == "cancelled"
    changed = AuditEntry.select().where(
        (AuditEntry.record_type == "interaction") & (AuditEntry.action != "create")
    )
    assert changed.count() == 0  # the interaction itself was never touched


def test_moving_the_following_of_a_series_with_until_a_week_on_keeps_its_last_event(office):
    """Its plan-until and the rule's UNTIL move a week with the series: the last occurrence,
    moved a week on, is kept (it was deleted, past the old UNTIL: five events became four)."""
    service = RecurrenceService(office.manager)
    made = service.create_series(
        night(office, datetime(2026, 9, 1, 19)),
        "FREQ=WEEKLY;UNTIL=20260929T235959",
        date(2026, 12, 31),
    )
    second = made.event_ids[1]
    data = EventPlanService(office.manager).detail(second).as_input()
    week = timedelta(days=7)
    service.update_following(
        second, replace(data, starts=data.starts + week, ends=data.ends + week)
    )
    assert {e.id for e in Event.select()} == set(made.event_ids)
