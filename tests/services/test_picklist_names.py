"""Pick-list names that look alike are one name: composed and decomposed accents, invisible
format characters and fullwidth letters do not make a second 'North' or 'Café'."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.services.errors import ValidationError
from desktop_app.services.importer import import_reports
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportService
from tests.services.test_reports import walk_in


@pytest.mark.parametrize(
    "look_alike",
    ["Nor\u00adth", "Nor\u200bth", "\ufeffNorth", "ＮＯＲＴＨ"],
)
def test_a_zone_name_that_only_looks_different_is_the_same_zone(office, look_alike):
    picks = PicklistService(office.manager)
    with pytest.raises(ValidationError, match="already exists"):
        picks.add_zone(look_alike)
    assert picks.find("zone", look_alike).name == "North"


def test_accents_composed_or_not_are_one_name_stored_composed(office):
    picks = PicklistService(office.manager)
    added = picks.add_location(unicodedata.normalize("NFD", "Café Royal"), office.zones["North"])
    assert added.name == unicodedata.normalize("NFC", "Café Royal")
    with pytest.raises(ValidationError, match="already exists"):
        picks.add_location(unicodedata.normalize("NFC", "Café Royal"), office.zones["North"])
    report = ReportService(office.desk).create(
        walk_in(office, location=unicodedata.normalize("NFD", "café royal"))
    )
    assert report.row.location == added.name


def test_a_name_with_a_hidden_character_is_stored_without_it(office):
    added = PicklistService(office.manager).add_zone("Old\u200b Mar\u00adket")
    assert added.name == "Old Market"


def test_an_import_finds_entries_by_look_alike_names_and_makes_no_second_one(office, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text(
        "occurred_at,category,location,zone,narrative\n"
        "2026-10-01 10:00,Ｔｈｅｆｔ,Elm\u200b Street car park,ＮＯＲＴＨ,Bike taken.\n",
        encoding="utf-8",
    )
    result = import_reports(office.manager, path, create_missing=True)
    assert result.rows == 1
    picks = PicklistService(office.manager)
    assert [z.name for z in picks.zones()].count("North") == 1
    assert not any("Ｔ" in c.name for c in picks.categories())
