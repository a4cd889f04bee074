"""Privacy: subject access, anonymising (nothing left in the file, the chain whole, the figures
unchanged), the retention review and who may be invited."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services import audit
from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.check import run_check
from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contact_merge import OTHER, merge_contacts
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.monthly import MonthlyReportService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.privacy.export import subject_access
from desktop_app.services.privacy.retention import invitable, may_invite, retention_review
from desktop_app.services.reports import ReportService
from desktop_app.services.reports.types import PersonInput, ReportInput
from desktop_app.services.search import SearchService
from models.audit import AuditEntry
from models.connection import close, connect
from models.contacts import Contact
from models.database import DatabaseTarget, db
from models.events import Attendance, Event
from models.interactions import Interaction, InteractionContact
from models.migrations import SCHEMA_VERSION
from models.patrol import PatrolEntry, PatrolEntryContact, PatrolShift
from models.problems import Problem, ProblemPartner

NAME = "Quilliam Farthingdale"
PHONE, NEW_PHONE = "07700 900813", "07700 904521"
EMAIL = "quilliam.q@zentharo.example"
ADDRESS = "17 Wyvernhallow Close"
# What must be nowhere in the file, as stored and as the search index folds it.
GONE = [
    "Quilliam",
    "quilliam",
    "07700900813",
    "07700 900813",
    "07700904521",
    "07700 904521",
    "zentharo",
    "Wyvernhallow",
    "wyvernhallow",
]


def _edit(session, contact_id: int, **changes: str) -> None:
    """A contact edit as the card writes it: the row and its audit entry in one transaction."""
    with db.atomic():
        row = Contact.get_by_id(contact_id)
        before = {k: getattr(row, k) for k in changes}
        Contact.update(**changes).where(Contact.id == contact_id).execute()
        audit.record(session, "update", "contact", contact_id, before, changes)


def _report(office, contact_id: int, account: str) -> int:
    data = ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
        category="theft",
        location="Market Square",
        account=account,
        reporter_id=contact_id,
        people=(PersonInput("witness", contact_id=contact_id, description="saw it all"),),
    )
    return ReportService(office.desk).create(data).row.id


def _file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _figures(office) -> dict[str, object]:
    data = MonthlyReportService(office.manager).gather(now_local().date().replace(day=1))
    return {k: v for k, v in asdict(data).items() if "generated" not in k}


def test_anonymising_leaves_no_identifying_value_in_the_file_and_keeps_chain_and_figures(
    office, db_path
):
    person = ContactService(office.desk).create(
        NAME, PHONE, EMAIL, ADDRESS, notes="knows Wyvernhallow"
    )
    _edit(office.manager, person.id, phone=NEW_PHONE, phone_digits="07700904521")
    report_id = _report(office, person.id, "Mr Farthingdale saw two men at the gate.")
    with db.atomic():
        talk = Interaction.create(
            occurred_at=now_utc(), channel="phone", summary=f"Welfare check with {NAME}."
        )
        InteractionContact.create(interaction=talk.id, contact=person.id)
    figures = _figures(office)
    assert SearchService(office.manager).search("reports", "Quilliam")  # indexed, before

    done = anonymise(office.manager, person.id)

    assert [r.id for r in done.to_review] == [report_id]
    assert "account" in done.to_review[0].fields
    raw = _file_bytes(db_path)
    left = [value for value in GONE if value.encode() in raw]
    assert left == []
    assert run_check().ok
    assert _figures(office) == figures
    assert SearchService(office.manager).search("reports", "Quilliam") == []
    report = ReportService(office.manager).get(report_id)
    assert report.row.reporter == f"Anonymised contact #{person.id}"
    trail = AuditService(office.manager).entries(AuditFilter(record_type="contact"))
    edit = next(r for r in trail if r.action == "update")
    assert "(erased)" in edit.changes and "07700" not in edit.changes


def test_the_subject_access_export_holds_every_record_plain_sql_counts(office):
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    other = ContactService(office.desk).create("Ada Byrne", "0161 496 0999")
    _report(office, person.id, "Bicycle taken.")
    _report(office, other.id, "Lock cut; the witness was there.")
    ReportService(office.desk).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
            category="theft",
            location="Market Square",
            account="Bag snatched.",
            reporter_id=other.id,
            people=(PersonInput("victim", contact_id=person.id),),
        )
    )
    now = now_utc()
    with db.atomic():
        for n in range(3):
            done = Interaction.create(occurred_at=now - timedelta(days=n), channel="phone")
            InteractionContact.create(interaction=done.id, contact=person.id)
        shift = PatrolShift.create(
            officer=office.officer.user_id, started_at=now, patrol_type="foot"
        )
        for _n in range(2):
            entry = PatrolEntry.create(
                shift=shift.id,
                at=now,
                officer=office.officer.user_id,
                activity="community_engagement",
            )
            PatrolEntryContact.create(entry=entry.id, contact=person.id)
        for n in range(2):
            event = Event.create(kind="safety_walk", title=f"Walk {n}", starts_at=now, ends_at=now)
            Attendance.create(event=event.id, contact=person.id, status="attended")
        problem = Problem.create(title="Lighting", identified_on=date.today())
        ProblemPartner.create(problem=problem.id, contact=person.id)

    data = subject_access(office.manager, person.id)

    def count(sql: str) -> int:
        return int(db.execute_sql(sql, (person.id,)).fetchone()[0])

    assert len(data["interactions"]) == count(
        "SELECT COUNT(*) FROM interaction_contact WHERE contact_id = ?"
    )
    assert len(data["reports"]) == count(
        "SELECT COUNT(*) FROM report WHERE reporter_id = ? OR id IN "
        "(SELECT report_id FROM report_person WHERE contact_id = ?)".replace(
            "= ? OR", "= ?1 OR"
        ).replace("contact_id = ?)", "contact_id = ?1)")
    )
    assert len(data["patrol_entries"]) == count(
        "SELECT COUNT(*) FROM patrol_entry_contact WHERE contact_id = ?"
    )
    assert len(data["events"]) == count("SELECT COUNT(*) FROM attendance WHERE contact_id = ?")
    assert len(data["problems"]) == count(
        "SELECT COUNT(*) FROM problem_partner WHERE contact_id = ?"
    )
    assert data["contact"]["email"] == EMAIL
    assert data["record_history"][0]["after"]["name"] == NAME  # opened, not sealed
    json.dumps(data)  # all of it portable
    exports = AuditService(office.manager).entries(AuditFilter(record_type="contact"))
    assert exports[0].action == "subject_access" and NAME not in exports[0].changes


def test_only_a_manager_exports_or_anonymises(office):
    for session in (office.desk, office.officer):
        with pytest.raises(PermissionDenied):
            subject_access(session, office.reporter_id)
        with pytest.raises(PermissionDenied):
            anonymise(session, office.reporter_id)
        with pytest.raises(PermissionDenied):
            retention_review(session)


def test_the_retention_review_lists_contacts_quiet_for_the_years_set(office):
    long_ago = now_utc() - timedelta(days=365 * 7)
    quiet = ContactService(office.desk).create("Old Neighbour", "0161 496 0555")
    busy = ContactService(office.desk).create("Busy Neighbour", "0161 496 0556")
    with db.atomic():
        Contact.update(created_at=long_ago, updated_at=long_ago).where(
            Contact.id.in_([quiet.id, busy.id])
        ).execute()
        talk = Interaction.create(occurred_at=now_utc() - timedelta(days=30), channel="phone")
        InteractionContact.create(interaction=talk.id, contact=busy.id)
    listed = retention_review(office.manager)
    assert [q.id for q in listed] == [quiet.id]
    assert listed[0].last_what == "record"
    assert listed[0].last_activity.year == long_ago.year
    assert retention_review(office.manager, years=8) == []
    anonymise(office.manager, quiet.id)
    assert retention_review(office.manager) == []


def test_only_contacts_with_consent_may_be_invited(office):
    yes = ContactService(office.desk).create("Said Yes", "0161 496 0557")
    with db.atomic():
        Contact.update(consent=True).where(Contact.id == yes.id).execute()
    invited = {c.id for c in Contact.select(Contact.id).where(invitable())}
    assert invited == {yes.id}
    assert may_invite(Contact.get_by_id(yes.id))
    assert not may_invite(Contact.get_by_id(office.reporter_id))


def test_reading_an_anonymised_contacts_old_entries_says_erased(office):
    person = ContactService(office.desk).create(NAME, PHONE)
    anonymise(office.manager, person.id)
    created = [
        r
        for r in AuditService(office.manager).entries(AuditFilter(record_type="contact"))
        if r.action == "create" and r.record_id == str(person.id)
    ]
    assert "name: (erased)" in created[0].changes


def test_a_trail_with_open_personal_values_is_sealed_by_v10_and_still_verifies(
    office, db_path, monkeypatch
):
    monkeypatch.setattr(audit, "seal", lambda record_type, record_id, values: values)  # old writer
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    PicklistService(office.manager).add_zone("After the contact")
    monkeypatch.undo()
    before = audit.verify_chain()
    assert before.ok and EMAIL.encode() in _file_bytes(db_path)
    with db.atomic():
        db.execute_sql("DELETE FROM schema_version")
        db.execute_sql(
            "INSERT INTO schema_version (version, applied_at, note) VALUES (9, ?, '')", (now_utc(),)
        )
    close()
    migrated = connect(DatabaseTarget("sqlite", str(db_path)))
    assert (migrated.from_version, migrated.to_version) == (9, SCHEMA_VERSION)
    chain = audit.verify_chain()
    assert chain.ok and chain.entries_checked == before.entries_checked + 1
    assert run_check().ok
    stored = [e for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert stored[-1].action == "reseal" and before.last_hash in stored[-1].after
    assert not any(EMAIL in (e.after or "") for e in stored)
    created = AuditService(office.manager).entries(AuditFilter(record_type="contact"))
    assert any(EMAIL in r.changes for r in created)  # still readable with the key
    anonymise(office.manager, person.id)
    assert EMAIL.encode() not in _file_bytes(db_path) and audit.verify_chain().ok


def test_anonymising_a_contact_also_erases_the_duplicates_merged_into_it(office, db_path):
    """A merged duplicate still holds the person's old details (merged_into points at the kept
    contact): erasing the person erases it too, and its values in the merge's audit entry."""
    kept = ContactService(office.desk).create("Q. Farthingdale", "01632 960111")
    other = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    merge_contacts(office.manager, kept.id, other.id, {"email": OTHER, "address": OTHER})

    anonymise(office.manager, kept.id)

    raw = _file_bytes(db_path)
    assert [value for value in GONE if value.encode() in raw] == []
    assert b"Farthingdale" not in raw
    assert Contact.get_by_id(other.id).name == f"Anonymised contact #{other.id}"
    assert run_check().ok
