"""Shift logs: start, timed entries, handover; the entry browse with filters and keyset pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.patrol import EntryFilter, PatrolService


def test_a_whole_shift_from_start_to_handover(office):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "foot", "Dry, clear", started_at=now_local() - timedelta(hours=3)
    )
    assert patrol.open_shift().id == shift.id
    entry = patrol.add_entry(
        shift.id,
        "community_engagement",
        "Elm Street car park",
        "Spoke with the attendant about the bike thefts; rack to move into view.",
        "Left leaflets",
        at=now_local() - timedelta(hours=2),
        people=(office.reporter_id,),
    )
    assert (entry.officer, entry.zone, entry.people_met) == ("Asha Khan", "North", "Zoë Adeyemi")
    ended = patrol.end_shift(shift.id, "Street light out by the car park entrance; council told.")
    assert ended.entries == 1 and ended.ended_at is not None
    assert patrol.open_shift() is None
    handovers = PatrolService(office.other_officer).previous_handovers(office.zones["North"])
    assert [(h.officer, h.notes) for h in handovers] == [
        ("Asha Khan", "Street light out by the car park entrance; council told.")
    ]


@pytest.mark.parametrize("vague", ["All quiet", "nothing to report", "OK", "n/a", "quiet."])
def test_vague_entries_are_sent_back_for_specifics(office, vague):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    with pytest.raises(ValidationError, match="Say what you checked") as caught:
        patrol.add_entry(shift.id, "routine_check", "Elm Street car park", vague)
    assert caught.value.field == "observation"


def test_times_must_fit_the_shift(office):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "vehicle", started_at=now_local() - timedelta(hours=1)
    )
    with pytest.raises(ValidationError, match="before the shift started"):
        patrol.add_entry(
            shift.id,
            "routine_check",
            "Market Square",
            "Checked the market stalls: all shut.",
            at=now_local() - timedelta(hours=2),
        )
    with pytest.raises(ValidationError, match="future"):
        patrol.add_entry(
            shift.id,
            "routine_check",
            "Market Square",
            "Checked the market stalls: all shut.",
            at=now_local() + timedelta(hours=2),
        )
    with pytest.raises(ValidationError, match="before the start"):
        patrol.end_shift(shift.id, "", ended_at=now_local() - timedelta(hours=2))
    with pytest.raises(ValidationError, match="already has a shift running"):
        patrol.start_shift(office.zones["South"], "foot")


def test_an_officer_cannot_write_in_someone_elses_shift(office):
    shift = PatrolService(office.officer).start_shift(office.zones["North"], "foot")
    from desktop_app.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        PatrolService(office.other_officer).add_entry(
            shift.id, "routine_check", "Market Square", "Checked the market stalls: all shut."
        )


def test_entries_page_by_keyset_and_filter_by_zone_and_text(office):
    patrol = PatrolService(office.officer)
    start = now_local() - timedelta(hours=5)
    shift = patrol.start_shift(office.zones["North"], "foot", started_at=start)
    for minute in range(0, 250, 5):
        location = "Market Square" if minute % 10 else "Elm Street car park"
        patrol.add_entry(
            shift.id,
            "routine_check",
            location,
            f"Checked doors at minute {minute}: secure.",
            at=start + timedelta(minutes=minute),
        )
    first, cursor = patrol.entries(EntryFilter(), limit=20)
    assert len(first) == 20 and cursor is not None
    assert first[0].observation == "Checked doors at minute 245: secure."
    seen = [e.id for e in first]
    while cursor is not None:
        page, cursor = patrol.entries(EntryFilter(), after=cursor, limit=20)
        seen += [e.id for e in page]
    assert len(seen) == 50 and len(set(seen)) == 50
    south, _ = patrol.entries(EntryFilter(zone_id=office.zones["South"]))
    assert len(south) == 25 and {e.location for e in south} == {"Market Square"}
    found, _ = patrol.entries(EntryFilter(text="minute 120"))
    assert [e.observation for e in found] == ["Checked doors at minute 120: secure."]
