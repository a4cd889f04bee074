"""Planning one event: each field checked at its field, times stored in UTC, status, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied, ValidationError, ValidationErrors
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_tasks import EventTaskService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.users import UserService
from models.audit import AuditEntry
from models.events import Event
from tests.services.event_plan_records import location_id, night


def test_an_event_is_stored_in_utc_and_read_back_in_office_time(office):
    plan = EventPlanService(office.manager)
    event_id = plan.create(night(office, datetime(2026, 7, 14, 19, 0)))
    row = Event.get_by_id(event_id)
    assert row.starts_at == datetime(2026, 7, 14, 18, 0)  # London summer time is UTC+1
    detail = plan.detail(event_id)
    assert (detail.starts.hour, detail.capacity, detail.status) == (19, 40, "planned")
    assert detail.lead is not None and detail.lead.name == "Asha Khan"
    entry = AuditEntry.select().where(AuditEntry.record_type == "event").get()
    assert (entry.action, entry.record_id) == ("create", str(event_id))


def test_every_wrong_field_is_named_at_once(office):
    start = datetime(2026, 7, 14, 19, 0)
    bad = night(
        office, start, kind="party", title="  ", ends=start - timedelta(hours=1), capacity="-3"
    )
    with pytest.raises(ValidationErrors) as caught:
        EventPlanService(office.manager).create(bad)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"kind", "title", "ends", "capacity"}
    assert Event.select().count() == 0


def test_a_closed_account_cannot_be_put_on_an_event(office):
    UserService(office.manager).set_active(office.other_officer.user_id, False)
    with pytest.raises(ValidationError) as caught:
        EventPlanService(office.manager).create(
            night(office, datetime(2026, 7, 14, 19), officer_ids=(office.other_officer.user_id,))
        )
    assert caught.value.field == "officers"


def test_the_zone_comes_from_the_location_unless_chosen(office):
    plan = EventPlanService(office.manager)
    event_id = plan.create(
        night(office, datetime(2026, 7, 14, 19), venue="", location_id=location_id(office))
    )
    detail = plan.detail(event_id)
    assert (detail.venue, detail.zone_name) == ("Market Square", "South")
    plan.update(event_id, replace(detail.as_input(), zone_id=office.zones["North"]))
    assert plan.detail(event_id).zone_name == "North"


def test_status_moves_along_and_a_cancellation_needs_a_reason(office):
    plan = EventPlanService(office.manager)
    past = now_local().replace(tzinfo=None, second=0, microsecond=0) - timedelta(days=2)
    event_id = plan.create(night(office, past))
    with pytest.raises(ValidationError) as caught:
        plan.set_status(event_id, "cancelled", "  ")
    assert caught.value.field == "cancel_reason"
    plan.set_status(event_id, "confirmed")
    plan.set_status(event_id, "held")
    with pytest.raises(ValidationError):
        plan.set_status(event_id, "cancelled", "Rain")
    assert plan.detail(event_id).status == "held"


def test_a_future_event_is_cancelled_with_its_reason_and_cannot_be_held_yet(office):
    plan = EventPlanService(office.manager)
    soon = now_local().replace(tzinfo=None, second=0, microsecond=0) + timedelta(days=10)
    event_id = plan.create(night(office, soon))
    with pytest.raises(ValidationError, match="once it has started"):
        plan.set_status(event_id, "held")
    plan.set_status(event_id, "cancelled", "The hall flooded")
    detail = plan.detail(event_id)
    assert (detail.status, detail.cancel_reason) == ("cancelled", "The hall flooded")


def test_only_managers_plan(office):
    with pytest.raises(PermissionDenied):
        EventPlanService(office.officer).create(night(office, datetime(2026, 7, 14, 19)))


def test_a_new_event_starts_with_its_kinds_checklist_owned_by_the_lead(office):
    event_id = EventPlanService(office.manager).create(night(office, datetime(2026, 7, 14, 19)))
    tasks = EventTaskService(office.manager).tasks(event_id)
    assert [t.title for t in tasks] == [
        "Book the hall",
        "Print flyers",
        "Invite the school",
        "Prepare the home-security handout",
    ]
    assert {t.owner_name for t in tasks} == {"Asha Khan"}
    assert tasks[0].due_on == datetime(2026, 6, 16).date()  # 28 days before


def test_a_time_the_clocks_skip_is_refused_at_its_field(office):
    """London goes from 01:00 to 02:00 on 29 March 2026: 01:30 never shows on a clock there.
    Stored as if it did, the event silently became 02:30-02:00 in the office's own time."""
    plan = EventPlanService(office.manager)
    skipped = datetime(2026, 3, 29, 1, 30)
    with pytest.raises(ValidationErrors) as caught:
        plan.create(night(office, skipped, ends=datetime(2026, 3, 29, 1, 45)))
    assert {e.field for e in caught.value.errors} == {"starts", "ends"}
    with pytest.raises(ValidationError) as one:
        plan.create(night(office, datetime(2026, 3, 28, 23, 0), ends=skipped))
    assert one.value.field == "ends"
    assert Event.select().count() == 0
    # the night the clocks go back, 01:30 happens twice: the first is taken, and it is kept
    event_id = plan.create(night(office, datetime(2026, 10, 25, 1, 30)))
    assert plan.detail(event_id).starts.replace(tzinfo=None) == datetime(2026, 10, 25, 1, 30)
    row = Event.get_by_id(event_id)
    assert row.ends_at - row.starts_at == timedelta(hours=3)  # 2 hours + the hour again


def test_a_retired_location_is_refused_as_a_new_venue_but_an_old_event_keeps_it(office):
    plan = EventPlanService(office.manager)
    square = location_id(office)
    event_id = plan.create(night(office, datetime(2026, 7, 14, 19), location_id=square))
    PicklistService(office.manager).retire("location", square)
    with pytest.raises(ValidationError) as caught:
        plan.create(night(office, datetime(2026, 7, 21, 19), location_id=square))
    assert caught.value.field == "venue"
    assert "Market Square" in caught.value.message and "retired" in caught.value.message
    # the event that already had it is saved with it, unchanged
    detail = plan.detail(event_id)
    plan.update(event_id, replace(detail.as_input(), title="Summer safety night"))
    assert (plan.detail(event_id).title, plan.detail(event_id).location_id) == (
        "Summer safety night",
        square,
    )
    other = plan.create(night(office, datetime(2026, 7, 28, 19), venue="Church hall"))
    with pytest.raises(ValidationError):
        plan.update(other, replace(plan.detail(other).as_input(), location_id=square))
