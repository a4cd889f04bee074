"""A new record names only entries still offered: not one retired or merged away meanwhile on
another workstation (checked again inside the write), nor a location in a retired zone."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.importer import ImportFailed, import_reports
from desktop_app.services.patrol import PatrolService
from desktop_app.services.picklist_merge import merge_locations
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportService, commands
from desktop_app.services.reports.supplements import SupplementService
from models.audit import AuditEntry
from models.org import Location
from models.reports import Report
from tests.services.test_importer import HEADER, good_row, write_csv
from tests.services.test_reports import walk_in


def _location_id(name: str) -> int:
    return int(Location.get(Location.name == name).id)


def test_a_location_merged_away_between_validation_and_write_takes_no_report(office, monkeypatch):
    picks = PicklistService(office.manager)
    picks.add_location("Elm St car park", office.zones["North"])
    checked = commands.validate

    def validate_then_merge(data):  # the desk validated; then a manager merged elsewhere
        clean = checked(data)
        merge_locations(
            office.manager, _location_id("Elm Street car park"), clean.values["location"]
        )
        return clean

    monkeypatch.setattr(commands, "validate", validate_then_merge)
    with pytest.raises(ValidationError) as refused:
        ReportService(office.desk).create(walk_in(office, location="Elm St car park"))
    assert refused.value.field == "location"
    assert "'Elm St car park' is retired" in refused.value.message
    assert Report.select().count() == 0


def test_a_category_retired_between_validation_and_write_takes_no_report(office, monkeypatch):
    checked = commands.validate

    def validate_then_retire(data):
        clean = checked(data)
        PicklistService(office.manager).retire("category", clean.values["category"])
        return clean

    monkeypatch.setattr(commands, "validate", validate_then_retire)
    with pytest.raises(ValidationError) as refused:
        ReportService(office.desk).create(walk_in(office))
    assert refused.value.field == "category" and "retired" in refused.value.message
    assert Report.select().count() == 0


@pytest.fixture
def east_retired(office):
    """Zone East with East Gate in it, then East retired."""
    picks = PicklistService(office.manager)
    east = picks.add_zone("East")
    picks.add_location("East Gate", east.id)
    picks.set_zone_active(east.id, False)
    return office


def test_a_location_in_a_retired_zone_is_refused_and_not_offered(east_retired):
    office = east_retired
    said = "'East Gate' is in the retired zone 'East'"
    with pytest.raises(ValidationError, match=said):
        ReportService(office.desk).create(walk_in(office, location="East Gate"))
    offered = [row.name for row in PicklistService(office.desk).locations()]
    assert "East Gate" not in offered and "Elm Street car park" in offered

    detail = ReportService(office.manager).create(walk_in(office))
    with pytest.raises(ValidationError, match=said):
        SupplementService(office.manager).correct(
            detail.row.id, {"location": "East Gate"}, "the place was wrong"
        )

    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "foot", started_at=now_local() - timedelta(hours=1)
    )
    with pytest.raises(ValidationError, match=said):
        patrol.add_entry(shift.id, "routine_check", "East Gate", "Gate chained shut, no one about.")


def test_an_import_naming_a_location_in_a_retired_zone_imports_nothing(east_retired, tmp_path):
    rows = [good_row(i) for i in range(3)]
    rows[1][2] = "East Gate"
    path = write_csv(tmp_path / "reports.csv", HEADER, rows)
    with pytest.raises(ImportFailed) as caught:
        import_reports(east_retired.manager, path)
    assert any("retired zone 'East'" in str(p) for p in caught.value.problems)
    assert Report.select().count() == 0


def test_merging_a_location_merged_already_is_refused_not_audited_empty(office):
    picks = PicklistService(office.manager)
    picks.add_location("Elm St car park", office.zones["North"])
    keep, other = _location_id("Elm Street car park"), _location_id("Elm St car park")
    merge_locations(office.manager, keep, other)
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="merged or retired already"):
        merge_locations(office.manager, keep, other)
    assert AuditEntry.select().count() == entries
