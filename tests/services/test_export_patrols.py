"""`beacon export patrols`: byte for byte what plain sqlite3, zoneinfo and csv.writer give for the
same rows, across daylight-saving changes and zones whose offsets are not whole hours."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.demo import load_demo
from desktop_app.services.exporter import export
from desktop_app.services.settings import SettingsService
from models.org import Location, User, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.reports import Report

HEADER = [
    "officer",
    "started_at",
    "location",
    "activity",
    "zone",
    "observation",
    "action_taken",
    "report_number",
]
AWKWARD = [
    '=HYPERLINK("http://x")',
    "+44 161 496 0431",
    "-5 degrees",
    "@mention",
    "\tindented",
    "\rreturn",
    'Said "no", then left,\nquickly',
    "Zoë Wiśniewska – ✓ 🚲 שלום",
    "",
]


def _awkward_entries() -> None:
    """Entries around daylight-saving changes, at odd seconds, with text a spreadsheet would run."""
    officer = User.select().where(User.role == "officer").first()
    location = Location.select().first()
    zone = Zone.select().first()
    report = Report.select().first()
    shift = PatrolShift.create(officer=officer.id, started_at=datetime(2026, 3, 28, 22, 0))
    moments = [
        datetime(2026, 3, 29, 0, 59, 59, 999999),  # London springs forward at 01:00 UTC
        datetime(2026, 3, 29, 1, 0),
        datetime(2026, 10, 25, 0, 30, 30),  # and falls back at 01:00 UTC
        datetime(2026, 10, 25, 1, 29, 59),
        datetime(2026, 4, 4, 15, 29, 30),  # Lord Howe moves by half an hour at 15:00 UTC
        datetime(2026, 4, 4, 14, 45),
        datetime(1890, 5, 1, 12, 0, 15),  # local mean time: offsets with seconds
    ]
    for i, at in enumerate(moments * 2):
        text = AWKWARD[i % len(AWKWARD)]
        PatrolEntry.create(
            shift=shift.id,
            at=at,
            officer=officer.id,
            zone=zone.id if i % 2 else None,
            location=location.id if i % 3 else None,
            activity="other",
            observation=text,
            action_taken=AWKWARD[(i + 3) % len(AWKWARD)],
            report=report.id if report and i % 4 == 0 else None,
        )


def _golden(db_path: Path, zone: str) -> str:
    """The same export written another way: plain sqlite3, zoneinfo and csv.writer."""
    tz = ZoneInfo(zone)
    con = sqlite3.connect(str(db_path))
    rows = con.execute(
        "SELECT u.username, e.at, l.name, e.activity, z.name, e.observation, e.action_taken, "
        'r.number FROM patrol_entry e JOIN "user" u ON u.id = e.officer_id '
        "LEFT JOIN location l ON l.id = e.location_id LEFT JOIN zone z ON z.id = e.zone_id "
        "LEFT JOIN report r ON r.id = e.report_id ORDER BY e.at, e.id"
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for officer, at, location, activity, zone_name, observation, action, number in rows:
        local = datetime.fromisoformat(at).replace(tzinfo=UTC).astimezone(tz)
        cells = [officer, local.strftime("%Y-%m-%d %H:%M"), location, activity, zone_name]
        cells += [observation, action, number]
        writer.writerow(
            [
                "" if c is None else "'" + c if c[:1] in ("=", "+", "-", "@", "\t", "\r") else c
                for c in cells
            ]
        )
    con.close()
    return out.getvalue()


@pytest.mark.parametrize(
    "zone", ["Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"]
)
def test_the_patrol_export_is_byte_for_byte_the_plain_one(cli_session, db_path, zone):
    SettingsService(cli_session).update(time_zone=zone)
    load_demo(cli_session, seed=5, until=date(2026, 11, 1))
    _awkward_entries()
    out = io.StringIO()
    rows = export(cli_session, "patrols", out)
    assert rows == PatrolEntry.select().count() > 1000
    assert out.getvalue() == _golden(db_path, zone)


def test_every_minute_of_a_day_of_changes_is_converted_as_zoneinfo_does(cli_session, db_path):
    SettingsService(cli_session).update(time_zone="Australia/Lord_Howe")
    officer = User.create(
        username="night", display_name="Night Shift", role="officer", password_hash="-"
    )
    shift = PatrolShift.create(officer=officer.id, started_at=datetime(2026, 4, 4, 0, 0))
    start = datetime(2026, 4, 4, 0, 0, 7)
    PatrolEntry.insert_many(
        [
            {"shift": shift.id, "at": start + timedelta(minutes=m), "officer": officer.id}
            | {"activity": "routine_check"}
            for m in range(24 * 60)
        ]
    ).execute()
    out = io.StringIO()
    export(cli_session, "patrols", out)
    assert out.getvalue() == _golden(db_path, "Australia/Lord_Howe")
