"""`beacon events calendar|sheet`: the .ics of a range (cancelled events marked), an event's
sign-in sheet, and every mistake told in one line with exit code 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.test_cli import beacon
from tests.cli.test_database_errors import full_disk, small_disk  # noqa: F401 (fixtures)
from tests.cli.test_picklist import one_line_error


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("events") / "office.db"
    done = beacon("demo", "--seed", "3", "--until", "2026-10-31", db=path)
    assert done.returncode == 0, done.stderr
    return path


def _sql(path: Path, query: str) -> list[tuple]:
    con = sqlite3.connect(str(path))
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_calendar_writes_every_event_of_the_range(demo, tmp_path):
    out = tmp_path / "events.ics"
    done = beacon(
        "events", "calendar", "--from", "2025-11-01", "--to", "2026-10-31", "--out", str(out),
        db=demo,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [(count,)] = _sql(
        demo,
        "SELECT COUNT(*) FROM event WHERE starts_at >= '2025-10-31' AND starts_at < '2026-11-01'",
    )
    items = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert 0 < len(items) <= count  # the zone may move an edge event by a day; never adds one
    assert done.stdout.strip() == f"Wrote {len(items)} events (2025-11-01 to 2026-10-31) to {out}"
    cancelled = _sql(demo, "SELECT COUNT(*) FROM event WHERE status = 'cancelled'")[0][0]
    said = sum(str(i["STATUS"]) == "CANCELLED" for i in items)
    assert said and said <= cancelled


def test_sheet_writes_the_sign_in_pdf(demo, tmp_path):
    [(event_id,)] = _sql(demo, "SELECT id FROM event ORDER BY id LIMIT 1")
    out = tmp_path / "sheet.pdf"
    done = beacon("events", "sheet", str(event_id), "--out", str(out), db=demo)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in done.stdout


def test_a_sheet_the_disk_has_no_room_for_is_not_recorded_as_printed(demo, full_disk):  # noqa: F811
    [(event_id,)] = _sql(demo, "SELECT id FROM event ORDER BY id LIMIT 1")
    printed = "SELECT COUNT(*) FROM audit_entry WHERE action = 'print'"
    before = _sql(demo, printed)
    out = full_disk / "sheet.pdf"
    done = beacon("events", "sheet", str(event_id), "--out", str(out), db=demo)
    one_line_error(done, "full")
    assert _sql(demo, printed) == before
    assert [p.name for p in full_disk.iterdir()] == ["filler"]  # nothing half-written


def test_mistakes_are_one_line_and_exit_2(demo, tmp_path):
    ics = str(tmp_path / "x.ics")
    cases = [
        (("events", "calendar", "--from", "2026-13-01", "--to", "2026-12-31", "--out", ics),
         "is not a date"),
        (("events", "calendar", "--from", "2026-12-01", "--to", "2026-11-01", "--out", ics),
         "is after --to"),
        (("events", "sheet", "999999", "--out", str(tmp_path / "s.pdf")), "no event with id"),
        (("events", "sheet", "abc", "--out", str(tmp_path / "s.pdf")), "not an event id"),
        (("events", "calendar", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
          str(tmp_path / "missing" / "x.ics")), "no folder"),
        (("events",), "say what to do"),
        (("events", "calendar", "--from", "2026-01-01", "--to", "9999-12-31", "--out", ics),
         "too wide"),
    ]  # fmt: skip
    for args, fragment in cases:
        done = beacon(*args, db=demo)
        one_line_error(done, fragment)
        assert done.returncode == 2, (args, done.stderr)
    assert not (tmp_path / "s.pdf").exists() and not Path(ics).exists()
