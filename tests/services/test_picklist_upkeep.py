"""Keeping the pick-lists: rename, retire and restore, merge two locations, locations from CSV."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.import_csv import ImportFailed
from desktop_app.services.importer import import_reports
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.picklist_csv import import_locations
from desktop_app.services.picklist_merge import location_usage, merge_locations
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from models.audit import AuditEntry
from models.org import Category, Location
from models.problems import IgnoredSuggestion


def walk_in(office, category: str = "Theft", location: str = "Elm Street car park"):
    return ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
        category=category,
        location=location,
        account="Bicycle taken from the rack between 9 and 11; lock cut. Blue Raleigh.",
        severity="medium",
        reporter_id=office.reporter_id,
    )


def names(entries) -> list[str]:
    return [e.name for e in entries]


def audited(record_type: str, record_id: int) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == str(record_id)))
        .order_by(AuditEntry.id)
    )


def test_a_rename_shows_on_old_reports_and_is_audited(office):
    picklists = PicklistService(office.manager)
    report = ReportService(office.desk).create(walk_in(office))
    theft = picklists.find("category", "theft")
    renamed = picklists.rename("category", theft.id, "Theft / burglary")
    assert renamed.name == "Theft / burglary"
    assert ReportService(office.manager).get(report.row.id).row.category == "Theft / burglary"
    last = audited("category", theft.id)[-1]
    assert last.username == "morgan"
    assert json.loads(last.before)["name"] == "Theft"
    assert json.loads(last.after)["name"] == "Theft / burglary"


def test_a_rename_to_a_name_already_in_the_list_is_refused(office):
    picklists = PicklistService(office.manager)
    square = picklists.find("location", "Market Square")
    with pytest.raises(ValidationError, match="already exists"):
        picklists.rename("location", square.id, "ELM STREET car park")


def test_a_retired_name_is_not_offered_but_old_records_still_show_it(office):
    picklists = PicklistService(office.manager)
    report = ReportService(office.desk).create(walk_in(office, "Vandalism", "Market Square"))
    for kind, name in (("category", "Vandalism"), ("location", "Market Square")):
        retired = picklists.retire(kind, picklists.find(kind, name).id)
        assert retired.active is False
    picklists.retire("zone", office.zones["South"])

    # Not offered to a new record: the lists the forms' pickers and completers read.
    assert "Vandalism" not in names(picklists.categories())
    assert "Market Square" not in names(picklists.locations())
    assert "South" not in names(picklists.zones())
    # Still known, to filters and to this list: marked retired.
    kept = {e.name: e.active for e in picklists.entries("location")}
    assert kept == {"Elm Street car park": True, "Market Square": False}
    # Old records still show it, in the detail and the list.
    detail = ReportService(office.manager).get(report.row.id)
    assert (detail.row.category, detail.row.location, detail.row.zone) == (
        "Vandalism",
        "Market Square",
        "South",
    )
    rows, _ = ReportService(office.manager).list(ReportFilter())
    assert [(r.category, r.location) for r in rows] == [("Vandalism", "Market Square")]


def test_a_retired_entry_can_be_restored(office):
    picklists = PicklistService(office.manager)
    south = office.zones["South"]
    picklists.retire("zone", south)
    restored = picklists.restore("zone", south)
    assert restored.active is True
    assert "South" in names(picklists.zones())
    actions = [json.loads(a.after)["active"] for a in audited("zone", south)[-2:]]
    assert actions == [False, True]


def test_a_new_location_cannot_go_into_a_retired_zone(office):
    picklists = PicklistService(office.manager)
    picklists.retire("zone", office.zones["South"])
    with pytest.raises(ValidationError, match="retired"):
        picklists.add("location", "Pier", zone_id=office.zones["South"])


def test_merging_moves_every_record_to_the_kept_location_in_one_audited_step(office):
    picklists = PicklistService(office.manager)
    dup = picklists.add("location", "Elm St car park", zone_id=office.zones["North"])
    report = ReportService(office.desk).create(walk_in(office, location="Elm St car park"))
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "foot", started_at=now_local() - timedelta(hours=3)
    )
    entry = patrol.add_entry(
        shift.id,
        "routine_check",
        "Elm St car park",
        "Barrier at the exit stuck open; attendant informed.",
        at=now_local() - timedelta(hours=2),
    )
    kept = picklists.find("location", "Elm Street car park")
    usage = location_usage(office.manager, dup.id)
    assert (usage.counts["report"], usage.counts["patrol_entry"], usage.total) == (1, 1, 2)

    result = merge_locations(office.manager, kept.id, dup.id)

    assert result.moved == usage.counts
    assert ReportService(office.manager).get(report.row.id).row.location == "Elm Street car park"
    assert patrol.entry(entry.id).location == "Elm Street car park"
    assert location_usage(office.manager, dup.id).total == 0
    assert "Elm St car park" not in names(picklists.locations())
    merged = [e for e in picklists.entries("location") if e.name == "Elm St car park"]
    assert merged[0].active is False
    last = audited("location", dup.id)[-1]
    assert last.action == "merge" and last.username == "morgan"
    after = json.loads(last.after)
    assert after["merged_into_location"] == kept.id
    assert after["moved"] == {
        "event": 0,
        "patrol_entry": 1,
        "problem": 0,
        "report": 1,
        "walk_finding": 0,
        "ignored_suggestion": 0,
    }
    found, _ = patrol.entries(EntryFilter())
    assert [e.location for e in found] == ["Elm Street car park"]


def test_merge_covers_every_table_that_points_at_a_location(office):
    usage = location_usage(office.manager, PicklistService(office.manager).locations()[0].id)
    assert set(usage.counts) == {
        "report",
        "patrol_entry",
        "event",
        "problem",
        "walk_finding",
        "ignored_suggestion",
    }


def test_a_location_cannot_be_merged_into_itself_or_a_missing_one(office):
    kept = PicklistService(office.manager).find("location", "Market Square")
    with pytest.raises(ValidationError, match="two different"):
        merge_locations(office.manager, kept.id, kept.id)
    with pytest.raises(ValidationError):
        merge_locations(office.manager, kept.id, 9999)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "locations.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_locations_import_from_csv(office, tmp_path):
    path = write(
        tmp_path,
        "name,zone,address,kind\n"
        "Riverside Primary School,North,1 School Lane,school\n"
        "Bus station,south,,\n",
    )
    result = import_locations(office.manager, path)
    assert result.rows == 2
    by_name = {loc.name: loc for loc in PicklistService(office.manager).locations()}
    school = by_name["Riverside Primary School"]
    assert (school.zone_name, school.address, school.kind) == ("North", "1 School Lane", "school")
    assert by_name["Bus station"].zone_name == "South"
    assert audited("location", school.id)[-1].action == "create"


def test_a_bad_line_in_the_locations_csv_is_numbered_and_nothing_is_saved(office, tmp_path):
    path = write(
        tmp_path,
        "name,zone\n"
        "Riverside Primary School,North\n"
        "Bus station,Westside\n"
        "market square,North\n"
        ",North\n"
        "Riverside primary school,North\n",
    )
    before = Location.select().count()
    with pytest.raises(ImportFailed) as failed:
        import_locations(office.manager, path)
    problems = [str(p) for p in failed.value.problems]
    assert problems[0] == "line 3: zone: no zone “Westside”; add the zone first"
    assert (
        problems[1] == "line 4: name: “Market Square” is already in the list, in the zone “South”"
    )
    assert problems[2].startswith("line 5: name:")
    assert problems[3].startswith("line 6: name:") and "line 2" in problems[3]
    assert len(problems) == 4
    assert Location.select().count() == before


@pytest.mark.parametrize("who", ["desk", "officer"])
def test_only_managers_keep_the_pick_lists(office, tmp_path, who):
    session = getattr(office, who)
    picklists = PicklistService(session)
    square = PicklistService(office.manager).find("location", "Market Square")
    elm = PicklistService(office.manager).find("location", "Elm Street car park")
    path = write(tmp_path, "name,zone\nPier,North\n")
    attempts = [
        lambda: picklists.add("zone", "East"),
        lambda: picklists.rename("location", square.id, "Market Sq"),
        lambda: picklists.retire("location", square.id),
        lambda: picklists.restore("location", square.id),
        lambda: merge_locations(session, elm.id, square.id),
        lambda: import_locations(session, path),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert sorted(names(PicklistService(office.manager).locations())) == [
        "Elm Street car park",
        "Market Square",
    ]


def test_the_report_importer_adds_missing_entries_through_the_pick_list_service(
    office, tmp_path, monkeypatch
):
    calls: list[str] = []
    for method in ("add_zone", "add_category", "add_location"):
        real = getattr(PicklistService, method)

        def spy(self, *args, _real=real, _name=method, **kwargs):
            calls.append(_name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(PicklistService, method, spy)
    path = tmp_path / "reports.csv"
    path.write_text(
        "occurred_at,category,location,zone,narrative\n"
        "2026-10-01 10:00,Graffiti,Pier head,Harbour,Tags sprayed on the shelter overnight.\n",
        encoding="utf-8",
    )
    import_reports(office.manager, path, create_missing=True)
    assert sorted(calls) == ["add_category", "add_location", "add_zone"]
    picklists = PicklistService(office.manager)
    for kind, name in (("zone", "Harbour"), ("category", "Graffiti"), ("location", "Pier head")):
        entry = picklists.find(kind, name)
        assert entry is not None and entry.active
        created = audited(kind, entry.id)
        assert [(a.action, a.username) for a in created] == [("create", "morgan")]


def test_a_retired_name_typed_into_a_new_record_is_refused_at_the_field(office):
    picklists = PicklistService(office.manager)
    picklists.retire("location", picklists.find("location", "Market Square").id)
    picklists.retire("category", picklists.find("category", "Vandalism").id)
    with pytest.raises(ValidationError) as caught:
        ReportService(office.desk).create(walk_in(office, "vandalism", "market square"))
    messages = {e.field: e.message for e in caught.value.errors}
    assert "retired" in messages["category"] and "retired" in messages["location"]
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    with pytest.raises(ValidationError, match="'Market Square' is retired"):
        patrol.add_entry(shift.id, "routine_check", "Market Square", "Bins overflowing by stall 4.")
    patrol.end_shift(shift.id, "")
    picklists.retire("zone", office.zones["South"])
    with pytest.raises(ValidationError, match="Choose a zone"):
        patrol.start_shift(office.zones["South"], "foot")


def test_suggestions_set_aside_at_both_places_merge_into_one(office):
    picklists = PicklistService(office.manager)
    kept = picklists.find("location", "Market Square")
    dup = picklists.add_location("Market Sq", office.zones["South"])
    theft = Category.get(Category.name == "Theft")
    for place, seen in ((kept.id, datetime(2026, 1, 5)), (dup.id, datetime(2026, 2, 5))):
        IgnoredSuggestion.create(location=place, category=theft, latest_report_at=seen)
    merge_locations(office.manager, kept.id, dup.id)
    rows = list(IgnoredSuggestion.select())
    assert [(r.location_id, r.latest_report_at) for r in rows] == [(kept.id, datetime(2026, 2, 5))]
