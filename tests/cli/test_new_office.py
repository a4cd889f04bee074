"""A new office set up entirely from the command line, as an administrator scripting it would:
init, settings, pick-lists, then an import that uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_cli import beacon


def test_a_new_office_from_the_command_line_takes_reports(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    made = beacon("init", "--office-name", "Riverside Office", db=db)
    assert made.returncode == 0, made.stderr
    assert beacon("init", db=db).returncode != 0  # an existing office is refused

    assert beacon("settings", "set", "time_zone", "Europe/Warsaw", db=db).returncode == 0
    bad = beacon("settings", "set", "time_zone", "Mars/Olympus", db=db)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr
    shown = beacon("settings", "show", db=db).stdout.splitlines()
    assert "office_name: Riverside Office" in shown
    assert "time_zone: Europe/Warsaw" in shown

    assert beacon("picklist", "add", "zone", "North", db=db).returncode == 0
    added = beacon("picklist", "add", "location", "Market Square", "--zone", "North", db=db)
    assert added.returncode == 0, added.stderr
    assert "Market Square" in beacon("picklist", "list", "location", db=db).stdout
    assert "Theft" in beacon("picklist", "list", "category", db=db).stdout  # seeded by init

    csv = tmp_path / "reports.csv"
    csv.write_text(
        "occurred_at,category,location,narrative\n"
        "2026-11-20 14:30,theft,Market Square,Bicycle taken from the rack by the fountain.\n",
        encoding="utf-8",
    )
    imported = beacon("import", "reports", str(csv), db=db)
    assert imported.returncode == 0, imported.stdout + imported.stderr

    con = sqlite3.connect(db)
    try:
        row = con.execute(
            "SELECT c.name, l.name, z.name, r.account FROM report r"
            " JOIN category c ON c.id = r.category_id JOIN location l ON l.id = r.location_id"
            " LEFT JOIN zone z ON z.id = r.zone_id"
        ).fetchone()
    finally:
        con.close()
    assert row == (
        "Theft",
        "Market Square",
        "North",
        "Bicycle taken from the rack by the fountain.",
    )
