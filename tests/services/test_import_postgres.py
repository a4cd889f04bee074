"""Imports on PostgreSQL: batches get their ids back, a bad pick-list name is a line, undo works."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.clock import now_utc, office_zone, to_local
from desktop_app.services.errors import ServiceError
from desktop_app.services.importer import (
    ImportFailed,
    import_contacts,
    import_reports,
    undo_unfinished_imports,
)
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from models.connection import connect
from models.contacts import ContactRole
from models.database import resolve_target
from models.interactions import InteractionContact
from models.org import Location, Zone
from models.reports import Report, ReportSequence

HEADER = ["occurred_at", "category", "location", "narrative", "reporter_name", "zone"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def row(i: int, zone: str = "") -> list[str]:
    text = f"Report {i}: cash tin taken from a stall."
    return ["2026-10-05 10:00", "Theft", "Market Square", text, f"Trader {i % 4}", zone]


@pytest.fixture
def pg_manager(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    SettingsService(manager).update(time_zone="Europe/London")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    picklists.add_location("Market Square", picklists.add_zone("South").id)
    return manager


def test_a_batched_import_and_its_undo_on_postgresql(pg_manager, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADER, [row(i) for i in range(25)])
    assert import_reports(pg_manager, path, batch_size=10).rows == 25
    assert InteractionContact.select().count() == 25

    def fail(written: int) -> None:
        if written >= 20:
            raise RuntimeError("network dropped")

    with pytest.raises(RuntimeError):
        import_reports(pg_manager, path, batch_size=10, on_batch=fail)
    assert Report.select().count() == 25
    contacts = write_csv(tmp_path / "c.csv", ["name", "roles"], [["Ola Nowak", "a; b"]])
    import_contacts(pg_manager, contacts)
    assert ContactRole.select().count() == 2


def test_a_zone_name_too_long_is_a_line_not_a_database_error(pg_manager, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADER, [row(1, "Harbour"), row(2, "Z" * 301)])
    with pytest.raises(ImportFailed) as caught:
        import_reports(pg_manager, path, create_missing=True)
    assert [str(p)[:14] for p in caught.value.problems] == ["line 3: zone: "]
    assert not Zone.select().where(Zone.name == "Harbour").exists()


def test_an_undo_keeps_what_others_use_and_a_used_up_year_is_clear_on_postgresql(
    pg_manager, tmp_path
):
    def older_beacon_reports_at_the_new_location(written: int) -> None:
        if written == 10:
            pier = Location.get(Location.name == "Pier head").id
            Report.insert(
                number="WR-2026-70000",
                received_at=now_utc(),
                occurred_at=now_utc(),
                anonymous=True,
                location=pier,
                account="x",
                updated_at=now_utc(),
            ).execute()
        if written == 20:
            raise RuntimeError("network dropped")

    data = [[*row(i)[:2], "Pier head", *row(i)[3:]] for i in range(25)]
    path = write_csv(tmp_path / "r.csv", HEADER, data)
    with pytest.raises(ServiceError, match="could not be fully undone: kept location 'Pier head'"):
        import_reports(
            pg_manager,
            path,
            create_missing=True,
            batch_size=10,
            on_batch=older_beacon_reports_at_the_new_location,
        )
    assert [r.number for r in Report.select()] == ["WR-2026-70000"]
    assert undo_unfinished_imports(pg_manager) == 0
    year = to_local(now_utc()).year
    ReportSequence.insert(year=year, last=0).on_conflict_ignore().execute()
    ReportSequence.update(last=99_999_999).where(ReportSequence.year == year).execute()
    with pytest.raises(ServiceError, match=f"report numbers of {year} are used up"):
        ReportService(pg_manager).create(
            ReportInput(
                datetime.now(office_zone()).replace(tzinfo=None) - timedelta(hours=1),
                "Theft",
                "Market Square",
                "A bicycle was taken from the rack overnight.",
                anonymous=True,
                source="officer",
            )
        )
