"""Big imports: validated first, then written in short batches, still all rows or none."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from desktop_app.services import import_writer
from desktop_app.services.errors import ServiceError
from desktop_app.services.importer import (
    ImportFailed,
    import_contacts,
    import_patrols,
    import_reports,
    undo_unfinished_imports,
)
from models.audit import AuditEntry
from models.contacts import Contact, ContactRole
from models.interactions import Interaction
from models.org import Category, Location, Setting, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.reports import Report

HEADER = ["occurred_at", "category", "location", "narrative", "reporter_name", "zone"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def rows(count: int, category: str = "Theft", location: str = "Market Square") -> list[list[str]]:
    return [
        [
            f"2026-10-{1 + i % 28:02d} 10:{i % 60:02d}",
            category,
            location,
            f"Report {i}: cash tin taken from a stall.",
            f"Trader {i % 13}",
            "",
        ]
        for i in range(count)
    ]


def nothing_left(office) -> None:
    assert Report.select().count() == 0
    assert Interaction.select().count() == 0
    assert Contact.select().count() == 1  # only the office fixture's reporter
    assert not Category.select().where(Category.name == "Graffiti").exists()
    assert not Location.select().where(Location.name == "Pier head").exists()
    assert not Zone.select().where(Zone.name == "Harbour").exists()
    assert not Setting.select().where(Setting.key.startswith("import.")).exists()


def test_another_workstation_saves_while_a_big_import_runs(office, tmp_path, db_path):
    saved = []

    def other_workstation_saves(written: int) -> None:
        # No waiting allowed: the import must not hold the write lock between batches.
        other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute(
                "INSERT INTO zone (name, name_key, description, active) VALUES (?, ?, '', 1)",
                (f"Zone after {written}", f"zone after {written}"),
            )
            other.execute("COMMIT")
            saved.append(written)
        finally:
            other.close()

    path = write_csv(tmp_path / "r.csv", HEADER, rows(35))
    result = import_reports(office.manager, path, batch_size=10, on_batch=other_workstation_saves)
    assert result.rows == 35
    assert saved == [10, 20, 30, 35]
    assert Zone.select().where(Zone.name.startswith("Zone after")).count() == 4
    # One audit entry for the whole import, not one per report.
    imports = AuditEntry.select().where(AuditEntry.action == "import")
    assert imports.count() == 1
    assert '"rows": 35' in imports.get().after
    assert (
        not AuditEntry.select()
        .where(AuditEntry.record_type == "report")
        .where(AuditEntry.action == "create")
        .exists()
    )
    assert Interaction.select().count() == 35  # each reporter's "report taken" contact, as before


def test_a_failure_in_a_later_batch_leaves_nothing_of_the_import(office, tmp_path):
    def fail_third_batch(written: int) -> None:
        if written >= 30:
            raise RuntimeError("disk full")

    data = rows(45, category="Graffiti", location="Pier head")
    for row in data:
        row[5] = "Harbour"
    path = write_csv(tmp_path / "r.csv", HEADER, data)
    with pytest.raises(RuntimeError, match="disk full"):
        import_reports(
            office.manager, path, create_missing=True, batch_size=10, on_batch=fail_third_batch
        )
    nothing_left(office)
    assert AuditEntry.select().where(AuditEntry.action == "import_undone").count() == 1


def test_an_import_cut_short_by_a_crash_is_undone_before_the_next_one(
    office, tmp_path, monkeypatch
):
    def crash(written: int) -> None:
        if written >= 20:
            raise KeyboardInterrupt  # the process dies: nothing gets to clean up

    monkeypatch.setattr(import_writer, "_undo", lambda *args, **kwargs: None)
    path = write_csv(tmp_path / "r.csv", HEADER, rows(30))
    with pytest.raises(KeyboardInterrupt):
        import_reports(office.manager, path, batch_size=10, on_batch=crash)
    assert Report.select().count() == 20
    monkeypatch.undo()
    assert undo_unfinished_imports(office.manager) == 1
    assert Report.select().count() == 0
    assert Contact.select().count() == 1
    # and a later import goes ahead normally
    assert import_reports(office.manager, path, batch_size=10).rows == 30


def test_a_bad_row_found_in_the_check_writes_nothing_and_caps_the_list(office, tmp_path):
    data = rows(120)
    for row in data[:70]:
        row[1] = "Arson"
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, write_csv(tmp_path / "r.csv", HEADER, data), batch_size=10)
    assert len(caught.value.problems) == 70
    assert Report.select().count() == 0


def test_contacts_and_patrols_import_in_batches_too(office, tmp_path):
    contacts = [[f"Resident {i}", "North", "block captain; key holder", "yes"] for i in range(25)]
    result = import_contacts(
        office.manager,
        write_csv(tmp_path / "c.csv", ["name", "zone", "roles", "consent"], contacts),
        batch_size=10,
    )
    assert result.rows == 25
    assert ContactRole.select().count() == 50
    patrol = [
        [officer, f"2026-10-0{1 + i % 3} {8 + i % 9:02d}:00", "Market Square", "Routine check"]
        for i, officer in enumerate(["akhan", "bmurphy"] * 12)
    ]
    result = import_patrols(
        office.manager,
        write_csv(tmp_path / "p.csv", ["officer", "started_at", "location", "activity"], patrol),
        batch_size=5,
    )
    assert result.rows == 24
    assert PatrolShift.select().count() == 6  # two officers on three days
    assert PatrolEntry.select().count() == 24


def test_a_file_changed_during_the_import_is_undone_and_named(office, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADER, rows(3000))

    def someone_edits_the_file(written: int) -> None:
        spoiled = rows(3000)
        spoiled[2500][1] = "Arson"  # as long as "Theft": the rest of the file stays in place
        write_csv(path, HEADER, spoiled)

    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, path, batch_size=1000, on_batch=someone_edits_the_file)
    assert str(caught.value.problems[0]).startswith("line 2502: category: unknown category")
    assert "changed during the import" in caught.value.problems[0].problem
    assert Report.select().count() == 0


def test_a_number_taken_by_another_workstation_meanwhile_undoes_the_import(office, tmp_path):
    header = [*HEADER, "number"]
    data = [[*r, f"WR-2026-{70000 + i}"] for i, r in enumerate(rows(30))]
    path = write_csv(tmp_path / "r.csv", header, data)

    def another_workstation_takes_a_number(written: int) -> None:
        if written != 10:
            return
        con = sqlite3.connect(tmp_path / "beacon.db", isolation_level=None)
        con.execute(
            "INSERT INTO report (number, source, received_at, occurred_at, anonymous, severity, "
            "account, action_taken, police_notified, police_reference, status, void_reason, "
            "updated_at) VALUES ('WR-2026-70025', 'walk_in', '2026-10-01 10:00:00', "
            "'2026-10-01 10:00:00', 1, 'low', 'x', '', 0, '', 'new', '', '2026-10-01 10:00:00')"
        )
        con.close()

    with pytest.raises(ServiceError, match="another workstation saved a clashing record"):
        import_reports(
            office.manager, path, batch_size=10, on_batch=another_workstation_takes_a_number
        )
    assert [r.number for r in Report.select()] == ["WR-2026-70025"]
