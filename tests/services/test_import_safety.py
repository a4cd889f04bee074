"""A batched import among other workstations: nothing links to its rows while it runs, an undo
that cannot remove everything says what it kept, another workstation cannot undo it behind its
back, a file changed between the passes is refused, and numbers never run past the column."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services import importer
from desktop_app.services.clock import now_utc, office_zone, to_local
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.import_csv import digest
from desktop_app.services.importer import ImportFailed, import_reports, undo_unfinished_imports
from desktop_app.services.patrol import PatrolService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from models.audit import AuditEntry
from models.org import Location, Setting
from models.reports import Report, ReportSequence
from tests.services.test_import_batches import HEADER, rows, write_csv


def walk_in(location: str = "Market Square", **extra) -> ReportInput:
    return ReportInput(
        datetime.now(office_zone()).replace(tzinfo=None) - timedelta(hours=1),
        "Theft",
        location,
        "A bicycle was taken from the rack outside the library overnight.",
        **{"anonymous": True, **extra},
    )


def pier_rows(count: int) -> list[list[str]]:
    return rows(count, category="Theft", location="Pier head")


def test_rows_of_a_running_import_cannot_be_linked_by_other_workstations(office, tmp_path):
    refused: list[str] = []

    def others_try_to_link(written: int) -> None:
        if written != 10:
            if written >= 20:
                raise RuntimeError("disk full")
            return
        imported = Report.select().order_by(Report.id).first()
        attempts = [
            lambda: ReportService(office.desk).create(walk_in("Pier head")),
            lambda: ReportService(office.desk).create(
                walk_in(anonymous=False, reporter_id=imported.reporter_id)
            ),
        ]
        shift = PatrolService(office.officer).start_shift(None, "foot")
        attempts += [
            lambda: PatrolService(office.officer).add_entry(
                shift.id, "routine_check", "Pier head", "Quiet at the pier head tonight."
            ),
            lambda: PatrolService(office.officer).add_entry(
                shift.id,
                "routine_check",
                "Market Square",
                "Spoke to the stall holder again.",
                report_id=imported.id,
            ),
        ]
        for attempt in attempts:
            with pytest.raises(ValidationError) as caught:
                attempt()
            refused.append(str(caught.value))

    path = write_csv(tmp_path / "r.csv", HEADER, pier_rows(30))
    with pytest.raises(RuntimeError, match="disk full"):
        import_reports(
            office.manager, path, create_missing=True, batch_size=10, on_batch=others_try_to_link
        )
    assert len(refused) == 4
    assert refused[0] == (
        "location: 'Pier head' was added by an import that is still running; "
        "try again when it has finished"
    )
    assert all("import that is still running" in r for r in refused)
    assert Report.select().count() == 0
    assert not Location.select().where(Location.name == "Pier head").exists()
    # once the import is gone, saving goes ahead as usual
    assert ReportService(office.desk).create(walk_in()).row.number


def test_an_undo_that_cannot_remove_everything_says_what_it_kept(office, tmp_path, db_path):
    def older_beacon_saves_at_the_new_location(written: int) -> None:
        if written == 10:
            pier = Location.get(Location.name == "Pier head").id
            con = sqlite3.connect(db_path, isolation_level=None)
            con.execute(
                "INSERT INTO report (number, source, received_at, occurred_at, anonymous, "
                "severity, location_id, account, action_taken, police_notified, "
                "police_reference, status, void_reason, updated_at) VALUES ('WR-2026-70000', "
                "'walk_in', '2026-10-01 10:00:00', '2026-10-01 10:00:00', 1, 'low', ?, 'x', "
                "'', 0, '', 'new', '', '2026-10-01 10:00:00')",
                (pier,),
            )
            con.close()
        if written == 20:
            raise ImportFailed([importer.ImportProblem(21, "category", "unknown category")])

    path = write_csv(tmp_path / "r.csv", HEADER, pier_rows(30))
    with pytest.raises(ServiceError) as caught:
        import_reports(
            office.manager,
            path,
            create_missing=True,
            batch_size=10,
            on_batch=older_beacon_saves_at_the_new_location,
        )
    message = str(caught.value)
    assert "nothing was imported" not in message
    assert "could not be fully undone" in message
    assert "location 'Pier head'" in message
    assert "line 21: category: unknown category" in message
    assert [r.number for r in Report.select()] == ["WR-2026-70000"]  # only the other one
    assert Location.select().where(Location.name == "Pier head").exists()
    assert not Setting.select().where(Setting.key.startswith("import.")).exists()
    assert undo_unfinished_imports(office.manager) == 0
    undone = AuditEntry.get(AuditEntry.action == "import_undone")
    assert json.loads(undone.after)["kept"] == {"location": ["Pier head"]}


def test_another_workstation_cannot_undo_a_running_import_behind_its_back(office, tmp_path):
    laptop = Session(
        office.manager.user_id, "morgan", "Morgan Ellis", office.manager.role, "laptop-2"
    )
    undone: list[int] = []

    def the_laptop_thinks_it_abandoned(written: int) -> None:
        if written != 10:
            return
        row = Setting.get(Setting.key.startswith("import.pending."))
        data = json.loads(row.value)
        data["at"] = (now_utc() - timedelta(minutes=30)).isoformat()  # e.g. a sleeping laptop
        Setting.update(value=json.dumps(data)).where(Setting.key == row.key).execute()
        undone.append(undo_unfinished_imports(laptop))

    path = write_csv(tmp_path / "r.csv", HEADER, rows(30))
    with pytest.raises(ServiceError) as caught:
        import_reports(office.manager, path, batch_size=10, on_batch=the_laptop_thinks_it_abandoned)
    assert str(caught.value) == (
        "this import was cancelled as abandoned by another workstation; nothing of it is kept"
    )
    assert undone == [1]
    assert Report.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.action == "import").exists()
    assert not Setting.select().where(Setting.key.startswith("import.")).exists()


def test_the_liveness_check_never_signals_a_process_on_windows(office, monkeypatch):
    def kill(pid: int, sig: int) -> None:
        raise AssertionError("os.kill terminates the process on Windows")

    journal = {
        "kind": "reports",
        "file": "r.csv",
        "user": "morgan",
        "workstation": office.manager.workstation,
        "pid": os.getpid() + 1,
        "at": now_utc().isoformat(),
        "ranges": {},
    }
    Setting.create(key="import.pending.abc", value=json.dumps(journal))
    monkeypatch.setattr(os, "kill", kill)
    monkeypatch.setattr(sys, "platform", "win32")
    assert undo_unfinished_imports(office.manager) == 0  # fresh: maybe still running
    journal["at"] = (now_utc() - timedelta(minutes=30)).isoformat()
    Setting.update(value=json.dumps(journal)).where(Setting.key == "import.pending.abc").execute()
    assert undo_unfinished_imports(office.manager) == 1


def test_a_file_replaced_between_the_passes_is_refused_and_saves_keep_working(
    office, tmp_path, monkeypatch
):
    path = write_csv(tmp_path / "r.csv", HEADER, rows(30))
    check_all = importer._check_all

    def replaced_after_the_check(*args, **kwargs) -> None:
        check_all(*args, **kwargs)
        year = to_local(now_utc()).year
        numbered = [[*r, f"WR-{year}-{i + 1:05d}"] for i, r in enumerate(rows(30))]
        write_csv(path, [*HEADER, "number"], numbered)

    monkeypatch.setattr(importer, "_check_all", replaced_after_the_check)
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, path, batch_size=10)
    assert "changed during the import" in str(caught.value.problems[0])
    assert Report.select().count() == 0
    assert ReportService(office.desk).create(walk_in()).row.number


def test_a_number_whose_successor_would_not_fit_is_refused(office, tmp_path):
    header = [*HEADER, "number"]
    data = [[*r, n] for r, n in zip(rows(2), ["WR-2026-99999998", "WR-2026-99999999"], strict=True)]
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, write_csv(tmp_path / "r.csv", header, data))
    assert [str(p) for p in caught.value.problems] == [
        "line 3: number: 'WR-2026-99999999' is too high: the numbers after it would not fit "
        "(the highest is WR-2026-99999998)"
    ]


def test_a_year_whose_numbers_are_used_up_says_so(office):
    year = to_local(now_utc()).year
    ReportSequence.insert(year=year, last=99_999_999).on_conflict_replace().execute()
    with pytest.raises(ServiceError, match=f"report numbers of {year} are used up"):
        ReportService(office.desk).create(walk_in())
    assert Report.select().count() == 0


def test_the_file_audited_is_the_file_imported(office, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADER, rows(5))
    import_reports(office.manager, path)
    audited = json.loads(AuditEntry.get(AuditEntry.action == "import").after)
    assert audited["sha256"] == digest(Path(path))
