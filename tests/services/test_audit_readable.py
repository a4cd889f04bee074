"""The audit trail as people read it: numbers and names, labels, local times, never bare ids."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.patrol import PatrolService
from desktop_app.services.picklist_merge import merge_locations
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from models.contacts import Contact
from models.database import db
from tests.services.test_reports import walk_in


def _report(office, reporter_id: int, minute: int = 20):
    return ReportService(office.desk).create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, minute),
            received_at=datetime(2026, 10, 3, 14, 35),
            category="Theft",
            location="Market Square",
            account="A bicycle was taken from the rack outside the library.",
            reporter_id=reporter_id,
            severity="medium",
        )
    )


def test_report_rows_read_by_number_names_labels_and_local_minutes(office):
    maya = ContactService(office.manager).create("Maya Fraser", "0161 496 0999")
    report = _report(office, maya.id)
    reports = ReportService(office.manager)
    officer_id = office.officer.user_id
    reports.assign(report.row.id, officer_id)
    reports.set_status(report.row.id, "in_progress")
    reports.set_follow_up(report.row.id, date(2026, 10, 20))

    rows = AuditService(office.manager).entries(AuditFilter(record_type="report"))
    assert {r.record_name for r in rows} == {report.row.number}
    created, assigned, status, follow_up = reversed(rows)  # newest first
    assert "reporter: Maya Fraser" in created.changes
    assert "occurred at: 03 Oct 2026 14:20" in created.changes  # office time, to the minute
    assert "category: Theft" in created.changes
    assert "location: Market Square" in created.changes
    assert "zone: South" in created.changes
    assert "severity: Medium" in created.changes
    assert "status: New" in created.changes
    assert f"reporter: {maya.id}" not in created.changes
    assert "police reference" not in created.changes  # a new record's empty fields are left out
    assert assigned.changes == "assigned officer: — → akhan"
    assert status.changes == "status: New → In progress"
    assert follow_up.changes == "follow up due: — → 20 Oct 2026"

    people = AuditService(office.manager).entries(AuditFilter(record_type="contact"))
    assert people[0].record_name == "Maya Fraser"
    assert "id:" not in people[0].changes
    users = AuditService(office.manager).entries(AuditFilter(record_type="user"))
    assert "akhan" in {r.record_name for r in users}


def test_a_report_number_typed_as_the_record_finds_its_entries(office):
    report = _report(office, office.reporter_id)
    rows = AuditService(office.manager).entries(AuditFilter(record_id=report.row.number))
    assert [(r.record_type, r.action) for r in rows] == [("report", "create")]


def test_names_are_looked_up_in_batches_not_row_by_row(office, monkeypatch):
    service = AuditService(office.manager)
    _report(office, office.reporter_id)
    _report(office, office.reporter_id)  # the page read skips the newest entry
    monkeypatch.setattr("desktop_app.services.clock._ZONE_TTL", 1e9)  # no settings re-read
    real = db.obj.execute_sql
    count = {"n": 0}

    def counting(*args, **kwargs):
        count["n"] += 1
        return real(*args, **kwargs)

    def queries_for_a_page() -> int:
        count["n"] = 0
        monkeypatch.setattr(db.obj, "execute_sql", counting)
        service.entries(AuditFilter(), before_id=10**9)  # a later page: not itself recorded
        monkeypatch.setattr(db.obj, "execute_sql", real)
        return count["n"]

    few = queries_for_a_page()
    for minute in range(10):
        _report(office, office.reporter_id, minute)
    assert queries_for_a_page() == few


def test_a_location_merge_reads_as_the_location_kept_and_what_moved_in_words(office):
    picklists = PicklistService(office.manager)
    kept = picklists.find("location", "Elm Street car park")
    assert Contact.get_or_none(Contact.id == kept.id) is not None  # a contact shares its id
    dup = picklists.add("location", "Elm St car park", zone_id=office.zones["North"])
    reports = ReportService(office.desk)
    for _ in range(2):
        reports.create(walk_in(office, location="Elm St car park"))
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "foot", started_at=now_local() - timedelta(hours=3)
    )
    patrol.add_entry(
        shift.id,
        "routine_check",
        "Elm St car park",
        "Barrier at the exit stuck open.",
        at=now_local() - timedelta(hours=2),
    )
    merge_locations(office.manager, kept.id, dup.id)

    rows = AuditService(office.manager).entries(AuditFilter(record_type="location"))
    merge = next(r for r in rows if r.action == "merge")
    assert "merged into location: Elm Street car park" in merge.changes
    assert "moved: 2 reports, 1 patrol entry" in merge.changes
    assert "Zoë" not in merge.changes and "{" not in merge.changes


def test_an_administrator_sees_neither_the_values_nor_the_names_of_contacts(office):
    admin = UserService(Session.cli()).create_user("root", "Root Admin", "admin", "admin-pass")
    session = Session(admin.id, admin.username, admin.display_name, admin.role, "pc")
    people = AuditService(session).entries(AuditFilter(record_type="contact"))
    assert people and all("Zoë" not in r.record_name + r.changes for r in people)
    users = AuditService(session).entries(AuditFilter(record_type="user"))
    assert "akhan" in {r.record_name for r in users}  # accounts are theirs to keep
