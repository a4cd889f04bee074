"""After the event: outcome notes, concerns that become follow-ups, and walk findings."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_outcomes import OutcomeService
from desktop_app.services.history import HistoryService
from desktop_app.services.interactions import InteractionService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.walk_findings import FindingInput, WalkFindingService
from models.audit import AuditEntry
from models.events import Event
from tests.event_people import make_event, people


def _last_after() -> dict:
    return json.loads(AuditEntry.select().order_by(AuditEntry.id.desc()).first().after)


def test_outcome_notes_are_saved_and_audited(office):
    event = make_event()
    outcome = OutcomeService(office.officer).save_notes(event, "  Good turnout; 30 came.  ")
    assert outcome.notes == "Good turnout; 30 came."
    assert _last_after() == {"outcome_notes": "Good turnout; 30 came."}


def test_a_concern_followed_up_is_in_the_contacts_timeline_and_the_follow_ups_due(office):
    event = make_event()
    service = OutcomeService(office.officer)
    outcome = service.add_concern(event, "Cars speeding past the school gate at 3pm")
    [concern] = outcome.concerns
    assert (concern.contact_id, concern.interaction_id) == (None, None)
    today = now_local().date()
    [done] = service.follow_up(concern.id, office.reporter_id, today).concerns
    assert (done.contact_id, done.contact_name) == (office.reporter_id, "Zoë Adeyemi")
    assert done.interaction_id is not None and done.follow_up_on == today
    [line] = HistoryService(office.manager).contact_history(office.reporter_id).items
    assert (line.kind, line.record_id) == ("interaction", done.interaction_id)
    assert "Cars speeding" in line.title
    [due] = InteractionService(office.officer).follow_ups_due()
    assert due.interaction_id == done.interaction_id
    with pytest.raises(ValidationError, match="already"):
        service.follow_up(concern.id, office.reporter_id, today)
    with pytest.raises(ValidationError, match="stays"):
        service.remove_concern(concern.id)


def test_a_follow_up_date_before_today_is_refused_at_the_field(office):
    event = make_event()
    service = OutcomeService(office.officer)
    [concern] = service.add_concern(event, "Broken bench").concerns
    with pytest.raises(ValidationError) as refused:
        service.follow_up(concern.id, office.reporter_id, now_local().date() - timedelta(days=3))
    assert refused.value.field == "follow_up_on"
    assert service.outcome(event).concerns[0].interaction_id is None  # nothing half-made


def test_concerns_from_before_schema_11_are_shown_as_they_were(office):
    event = make_event()
    Event.update(concerns_raised="Dark footpaths.").where(Event.id == event).execute()
    assert OutcomeService(office.desk).outcome(event).earlier_concerns == "Dark footpaths."


def _walk(office) -> int:
    return make_event("safety_walk", title="Lighting walk", starts=now_utc() - timedelta(days=3))


def test_findings_stay_open_until_fixed_oldest_walk_first(office):
    older, newer = _walk(office), make_event("safety_walk", title="Later walk")
    [shop] = people(office.manager, "Corner Shop")
    square = next(
        p for p in PicklistService(office.manager).locations() if p.name == "Market Square"
    )
    service = WalkFindingService(office.officer)
    light = service.add(
        newer, FindingInput("Lamp out", location_id=square.id, recommendation="Report to council")
    )
    path = service.add(older, FindingInput("Overgrown hedge", site="Footpath", business_id=shop))
    service.add(older, FindingInput("Bins", status="ok", site="Back lane"))
    assert [(f.site, f.item) for f in service.open_findings()] == [
        ("Footpath", "Overgrown hedge"),
        ("Market Square", "Lamp out"),
    ]
    assert service.open_findings()[0].business_name == "Corner Shop"
    fixed = service.mark_fixed(path.id)
    assert (fixed.status, fixed.fixed_by) == ("fixed", "Asha Khan") and fixed.fixed_at
    assert _last_after() == {"finding": path.id, "status": "fixed", "fixed_by": 3}
    assert [f.id for f in service.open_findings()] == [light.id]
    with pytest.raises(ValidationError):
        service.mark_fixed(path.id)
    assert service.reopen(path.id).open


def test_a_finding_says_where_and_only_walks_have_findings(office):
    service = WalkFindingService(office.officer)
    with pytest.raises(ValidationError) as refused:
        service.add(_walk(office), FindingInput("", status="broken"))
    assert {e.field for e in refused.value.errors} == {"item", "status", "site"}
    with pytest.raises(ValidationError, match="walks"):
        service.add(make_event(), FindingInput("Lamp", site="Lane"))
