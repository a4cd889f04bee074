"""Registration before an event, check-in on the night, walk-ins, and no-shows after it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop_app.services.clock import now_utc
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.errors import PermissionDenied, ValidationError, ValidationErrors
from desktop_app.services.event_attendance import AttendanceService, NewPerson, fold
from desktop_app.services.privacy.anonymise import anonymise
from models.audit import AuditEntry
from tests.event_people import make_event, people


def _last_audit() -> AuditEntry:
    return AuditEntry.select().order_by(AuditEntry.id.desc()).first()


def test_registering_twice_registers_once_and_over_capacity_is_a_warning(office):
    event = make_event(capacity=2)
    a, b, c = people(office.manager, "Ann Archer", "Ben Bright", "Cleo Chan")
    service = AttendanceService(office.desk)  # the front desk registers people
    first = service.register(event, [a, b])
    assert (first.added, first.already, first.over_capacity) == ((a, b), (), 0)
    again = service.register(event, [b, c])
    assert (again.added, again.already) == ((c,), (b,))
    assert again.over_capacity == 1  # registered anyway: a warning, not a block
    assert again.attendance.counts.registered == 3
    assert json.loads(_last_audit().after) == {"registered": [c]}


def test_check_in_and_undo_are_audited_and_counted(office):
    event = make_event()
    [a] = people(office.manager, "Ann Archer")
    AttendanceService(office.desk).register(event, [a])
    with pytest.raises(PermissionDenied):  # checking in is an officer's
        AttendanceService(office.desk).check_in(event, a)
    service = AttendanceService(office.officer)
    listed = service.check_in(event, a)
    assert listed.counts.attended == 1
    assert listed.people[0].status == "attended" and listed.people[0].checked_in_at
    entry = _last_audit()
    assert (entry.record_type, entry.record_id) == ("event", str(event))
    assert json.loads(entry.after) == {"contact": a, "attendance": "attended"}
    with pytest.raises(ValidationError, match="Already checked in"):
        service.check_in(event, a)
    undone = service.undo_check_in(event, a)
    assert undone.counts.attended == 0 and undone.people[0].status == "registered"


def test_walk_ins_are_counted_up_and_down_never_below_none(office):
    event = make_event()
    service = AttendanceService(office.officer)
    assert service.count_walk_in(event).counts.walk_ins == 1
    assert service.count_walk_in(event).counts.present == 2
    assert service.count_walk_in(event, -1).counts.walk_ins == 1
    service.count_walk_in(event, -1)
    with pytest.raises(ValidationError, match="No walk-ins"):
        service.count_walk_in(event, -1)


def test_a_walk_in_registered_on_the_spot_is_a_new_contact_with_consent_given_at_the_event(
    office,
):
    event = make_event()
    service = AttendanceService(office.officer)
    with pytest.raises(ValidationErrors) as refused:
        service.register_walk_in(event, NewPerson("", "12", consent=False))
    assert {e.field for e in refused.value.errors} == {"name", "phone", "consent"}
    contact_id, listed = service.register_walk_in(
        event, NewPerson("Dara Ó Briain", "0161 496 7777", "dara@example.org", consent=True)
    )
    [person] = listed.people
    assert (person.contact_id, person.status) == (contact_id, "attended")
    assert (listed.counts.attended, listed.counts.walk_ins) == (1, 0)
    card = ContactCardService(office.manager).card(contact_id)
    assert card.consent and card.consent_method == "at the event"


def test_no_shows_are_marked_after_the_event_in_one_step(office):
    ahead = make_event(starts=now_utc() + timedelta(days=2))
    [a, b, c] = people(office.manager, "Ann Archer", "Ben Bright", "Cleo Chan")
    service = AttendanceService(office.officer)
    service.register(ahead, [a])
    with pytest.raises(ValidationError, match="after the event"):
        service.mark_no_shows(ahead)
    past = make_event(starts=now_utc() - timedelta(hours=5))
    service.register(past, [a, b, c])
    service.check_in(past, b)
    listed = service.mark_no_shows(past)
    assert {p.contact_id: p.status for p in listed.people} == {
        a: "no_show",
        b: "attended",
        c: "no_show",
    }
    assert json.loads(_last_audit().after) == {"no_show": sorted([a, c])}
    with pytest.raises(ValidationError, match="Everyone registered"):
        service.mark_no_shows(past)


def test_a_cancelled_event_takes_no_registrations_or_check_ins(office):
    event = make_event(status="cancelled")
    [a] = people(office.manager, "Ann Archer")
    with pytest.raises(ValidationError, match="cancelled"):
        AttendanceService(office.desk).register(event, [a])


@pytest.mark.parametrize("typed", ["zoe", "ZOË", "ade", "zo ad", "4960"])
def test_the_type_ahead_folds_accents_and_case(office, typed):
    event = make_event()
    AttendanceService(office.manager).register(event, [office.reporter_id])
    listed = AttendanceService(office.officer).attendance(event)
    assert [p.name for p in listed.filtered(typed)] == ["Zoë Adeyemi"]
    assert listed.filtered("ben") == []
    assert fold("  Zoë   O'Brien ") == "zoe obrien"


def test_an_anonymised_contact_cannot_be_registered(office):
    """Their details were erased at their request: putting "Anonymised contact #n" on a
    check-in list (and into their history again) is what erasing them refused."""
    event = make_event()
    erased, kept = people(office.manager, "Ann Archer", "Ben Bright")
    anonymise(office.manager, erased)
    with pytest.raises(ValidationError) as refused:
        AttendanceService(office.desk).register(event, [kept, erased])
    assert refused.value.field == "contacts"
    assert AttendanceService(office.desk).attendance(event).counts.registered == 0
