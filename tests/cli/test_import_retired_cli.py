"""`beacon import` and the pick-lists: a retired name is refused for a new record as at the desk,
with or without --create-missing, each on its own line; counts read in the right number."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.picklists import PicklistService
from models.connection import close
from tests.cli.test_cli import beacon

HEAD = "occurred_at,category,location,zone,narrative\n"


@pytest.fixture
def retired(office, db_path) -> Path:
    """An office (closed again) where Theft, Market Square and the zone South are retired."""
    picklists = PicklistService(office.manager)
    picklists.retire("category", picklists.find("category", "Theft").id)
    picklists.retire("location", picklists.find("location", "Market Square").id)
    picklists.retire("zone", office.zones["South"])
    close()
    return db_path


@pytest.mark.parametrize("create", [False, True])
def test_a_retired_category_location_or_zone_is_refused_on_its_line(retired, tmp_path, create):
    path = tmp_path / "reports.csv"
    path.write_text(
        HEAD + "2026-10-01 10:00,theft,Elm Street car park,,Purse taken from a stall.\n"
        "2026-10-01 11:00,Vandalism,market square,,Bench kicked over.\n"
        "2026-10-01 12:00,Vandalism,Pier head,South,Shelter glass broken.\n",
        encoding="utf-8",
    )
    done = beacon(
        "import", "reports", str(path), *(["--create-missing"] if create else []), db=retired
    )
    assert done.returncode == 1, done.stdout
    assert "line 2: category: 'Theft' is retired" in done.stderr
    assert "line 3: location: 'Market Square' is retired" in done.stderr
    assert "line 4: zone: 'South' is retired" in done.stderr
    assert "Traceback" not in done.stderr and "nothing was imported" in done.stderr


def test_one_imported_report_and_one_more_problem_read_in_the_singular(retired, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text(
        HEAD + "2026-10-01 10:00,Vandalism,Elm Street car park,,Bench kicked over.\n",
        encoding="utf-8",
    )
    done = beacon("import", "reports", str(path), db=retired)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 report from reports.csv." in done.stdout
    bad = "2026-10-01 11:00,Arson,Elm Street car park,,Bin set alight.\n"
    path.write_text(HEAD + bad * 51, encoding="utf-8")
    done = beacon("import", "reports", str(path), db=retired)
    assert "... and 1 more problem" in done.stderr.splitlines()
