"""`beacon picklist`: the pick-lists from the command line, one-line errors, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import beacon


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    done = beacon("init", "--office-name", "Riverside", db=path)
    assert done.returncode == 0, done.stderr
    return path


def one_line_error(done, *fragments: str) -> None:
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("beacon: ")
    assert "Traceback" not in done.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_zones_and_locations_added_listed_and_retired(office):
    added = beacon("picklist", "add", "zone", "North", db=office)
    assert added.returncode == 0, added.stderr
    assert "North" in added.stdout
    assert beacon("picklist", "add", "zone", "Old Market", db=office).returncode == 0
    place = beacon(
        "picklist", "add", "location", "Elm Street car park", "--zone", "north", db=office
    )
    assert place.returncode == 0, place.stderr
    assert beacon("picklist", "add", "location", "Stall 4", "--zone", "Old Market", db=office)

    retired = beacon("picklist", "retire", "zone", "OLD market", db=office)
    assert retired.returncode == 0, retired.stderr

    zones = beacon("picklist", "list", "zone", db=office)
    assert zones.returncode == 0, zones.stderr
    assert zones.stdout.splitlines() == ["North", "Old Market (retired)"]
    locations = beacon("picklist", "list", "location", db=office).stdout.splitlines()
    assert locations == ["Elm Street car park — North", "Stall 4 — Old Market"]

    # A retired zone is offered again by adding it again.
    again = beacon("picklist", "add", "zone", "Old Market", db=office)
    assert again.returncode == 0 and "restored" in again.stdout.lower()
    assert beacon("picklist", "list", "zone", db=office).stdout.splitlines() == [
        "North",
        "Old Market",
    ]


def test_categories_start_with_the_defaults_and_can_be_retired(office):
    categories = beacon("picklist", "list", "category", db=office).stdout.splitlines()
    assert categories[:2] == ["Suspicious activity", "Theft"] and len(categories) == 12
    assert beacon("picklist", "retire", "category", "lost & found", db=office).returncode == 0
    assert "Lost & found (retired)" in beacon("picklist", "list", "category", db=office).stdout
    assert beacon("picklist", "add", "category", "Graffiti", db=office).returncode == 0
    assert "Graffiti" in beacon("picklist", "list", "category", db=office).stdout.splitlines()


def test_a_location_needs_an_existing_zone(office):
    one_line_error(
        beacon("picklist", "add", "location", "Pier", "--zone", "Harbour", db=office),
        "Harbour",
        "beacon picklist add zone",
    )
    one_line_error(
        beacon("picklist", "add", "location", "Pier", db=office),
        "--zone",
    )
    assert beacon("picklist", "list", "location", db=office).stdout == ""


def test_mistakes_are_one_line(office):
    one_line_error(beacon("picklist", "retire", "zone", "Atlantis", db=office), "Atlantis")
    one_line_error(beacon("picklist", "add", "zone", "", db=office), "required")
    one_line_error(beacon("picklist", "add", "category", "Theft", db=office), "already exists")
    one_line_error(
        beacon("picklist", "add", "zone", "East", "--zone", "North", db=office), "--zone"
    )
    one_line_error(beacon("picklist", "add", "zone", db=office), "NAME")
    one_line_error(beacon("picklist", "list", "zone", "North", db=office), "list")


def test_adding_a_retired_location_under_another_zone_says_where_it_is(office):
    for zone in ("North", "East"):
        assert beacon("picklist", "add", "zone", zone, db=office).returncode == 0
    assert beacon("picklist", "add", "location", "Old Mill", "--zone", "East", db=office)
    assert beacon("picklist", "retire", "location", "Old Mill", db=office).returncode == 0

    moved = beacon("picklist", "add", "location", "Old Mill", "--zone", "North", db=office)
    one_line_error(moved, "Old Mill", "East", "--zone East")
    listed = beacon("picklist", "list", "location", db=office).stdout.splitlines()
    assert listed == ["Old Mill (retired) — East"]

    back = beacon("picklist", "add", "location", "Old Mill", "--zone", "east", db=office)
    assert back.returncode == 0 and "restored" in back.stdout.lower()
