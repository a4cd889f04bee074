"""Logging interactions; an officer's follow-ups due; a manager's partners overdue."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.contact_card import ContactCardService, ContactDetails
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied, ValidationErrors
from desktop_app.services.history import HistoryService
from desktop_app.services.interactions import InteractionInput, InteractionService
from models.audit import AuditEntry


def _log(office, follow_up_on: date | None = None, session=None) -> int:
    return InteractionService(session or office.officer).log(
        InteractionInput(
            (office.reporter_id,),
            "phone",
            "Lighting at the bike rack",
            "Asked whether the new lights helped; she will check next week.",
            follow_up_on=follow_up_on,
        )
    )


def test_an_interaction_logged_shows_in_the_timeline_and_in_follow_ups_due(office):
    today = now_local().date()
    interaction_id = _log(office, follow_up_on=today)
    [line] = HistoryService(office.manager).contact_history(office.reporter_id).items
    assert (line.kind, line.record_id) == ("interaction", interaction_id)
    assert line.title == "Phone: Lighting at the bike rack"
    assert "(Asha Khan)" in line.detail
    [due] = InteractionService(office.officer).follow_ups_due()
    assert (due.interaction_id, due.due, due.contact_names) == (
        interaction_id,
        today,
        ("Zoë Adeyemi",),
    )
    assert InteractionService(office.other_officer).follow_ups_due() == []  # not theirs
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.record_type) == ("create", "interaction")
    assert json.loads(entry.after)["contacts"] == [office.reporter_id]


def test_a_follow_up_is_due_from_its_day_and_leaves_the_list_when_done(office):
    today = now_local().date()
    interaction_id = _log(office, follow_up_on=today + timedelta(days=3))
    service = InteractionService(office.officer)
    assert service.follow_ups_due() == []
    [due] = service.follow_ups_due(today + timedelta(days=5))
    assert due.days_late == 2
    with pytest.raises(PermissionDenied):  # another officer's follow-up
        InteractionService(office.other_officer).mark_follow_up_done(interaction_id)
    service.mark_follow_up_done(interaction_id)
    assert service.follow_ups_due(today + timedelta(days=5)) == []


def test_bad_interaction_input_names_every_field(office):
    with pytest.raises(ValidationErrors) as caught:
        InteractionService(office.desk).log(
            InteractionInput(
                (),
                "pigeon",
                "",
                follow_up_on=date(2020, 1, 1),
                occurred_at=datetime(2026, 3, 1, 10, 0),
                report_id=999,
            )
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"channel", "purpose", "follow_up_on", "contacts", "report"}


def test_managers_see_partners_whose_stay_in_touch_interval_has_passed(office):
    captain = ContactService(office.manager).create("Ray Okafor", "0161 496 0456")
    cards = ContactCardService(office.manager)
    for contact_id, name in ((office.reporter_id, "Zoë Adeyemi"), (captain.id, "Ray Okafor")):
        cards.update(contact_id, ContactDetails(name=name, stay_in_touch_days=30))
    _log(office)  # Zoë was called today
    later = now_local().date() + timedelta(days=40)
    overdue = InteractionService(office.manager).partners_overdue(later)
    assert [(o.name, o.days_overdue) for o in overdue] == [("Ray Okafor", 10), ("Zoë Adeyemi", 10)]
    assert InteractionService(office.manager).partners_overdue() == []
    with pytest.raises(PermissionDenied):
        InteractionService(office.officer).partners_overdue()
