"""Locations from a spreadsheet as offices save them: ';' as well as ',', zones typed without
their full name, and rows already in the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.import_csv import ImportFailed
from desktop_app.services.picklist_csv import import_locations
from desktop_app.services.picklists import PicklistService
from models.org import Location


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(text, encoding="utf-8")
    return path


def zones_of(office) -> dict[str, str]:
    return {loc.name: loc.zone_name for loc in PicklistService(office.manager).locations()}


def test_a_semicolon_separated_file_as_excel_saves_it_in_many_countries(office, tmp_path):
    path = write(
        tmp_path,
        "name;zone;address\nBus station;South;Station Road, 4\nRiverside School;North;\n",
    )
    result = import_locations(office.manager, path)
    assert (result.rows, result.already) == (2, 0)
    assert zones_of(office)["Bus station"] == "South"
    addresses = {loc.name: loc.address for loc in PicklistService(office.manager).locations()}
    assert addresses["Bus station"] == "Station Road, 4"


def test_a_zone_is_matched_without_case_or_accents_and_a_near_name_is_suggested(office, tmp_path):
    picklists = PicklistService(office.manager)
    picklists.add_zone("North – Elm Park")
    picklists.add_zone("Café Quarter")
    ok = write(tmp_path, "name,zone\nPier head,cafe quarter\nLibrary,NORTH – ELM PARK\n")
    assert import_locations(office.manager, ok).rows == 2
    assert zones_of(office)["Pier head"] == "Café Quarter"
    assert zones_of(office)["Library"] == "North – Elm Park"

    bad = write(tmp_path, "name,zone\nClock tower,Elm Park\nBandstand,Souht\n")
    with pytest.raises(ImportFailed) as failed:
        import_locations(office.manager, bad)
    assert [str(p) for p in failed.value.problems] == [
        "line 2: zone: no zone “Elm Park”; did you mean “North – Elm Park”?",
        "line 3: zone: no zone “Souht”; did you mean “South”?",
    ]


def test_a_location_already_there_in_the_same_zone_is_skipped_and_counted(office, tmp_path):
    before = Location.select().count()
    path = write(
        tmp_path,
        "name,zone\nBus station,South\nmarket square,south\nRiverside School,North\n",
    )
    result = import_locations(office.manager, path)
    assert (result.rows, result.already) == (2, 1)
    assert result.summary() == "2 added, 1 already there"
    assert Location.select().count() == before + 2

    moved = write(tmp_path, "name,zone\nMarket Square,North\n")
    with pytest.raises(ImportFailed) as failed:
        import_locations(office.manager, moved)
    assert [str(p) for p in failed.value.problems] == [
        "line 2: name: “Market Square” is already in the list, in the zone “South”"
    ]
