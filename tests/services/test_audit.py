"""The audit trail: written with the change or not at all, chained, tamper-evident."""

from __future__ import annotations

import pytest

from desktop_app.services import audit
from desktop_app.services.audit import verify_chain
from desktop_app.services.picklists import PicklistService
from models.audit import AuditEntry
from models.database import db
from models.org import Zone


def test_each_change_writes_one_linked_audit_entry(manager):
    picklists = PicklistService(manager)
    zone = picklists.add_zone("North – Elm Park", "Residential streets")
    picklists.rename_zone(zone.id, "North")
    entries = list(
        AuditEntry.select().where(AuditEntry.record_type == "zone").order_by(AuditEntry.id)
    )
    assert [(e.action, e.username) for e in entries] == [("create", "morgan"), ("update", "morgan")]
    assert '"name": "North – Elm Park"' in entries[1].before
    assert '"name": "North"' in entries[1].after
    assert entries[1].prev_hash == entries[0].hash
    assert verify_chain().ok


def test_a_write_that_fails_after_its_audit_entry_rolls_back_both(manager):
    before = AuditEntry.select().count()
    with pytest.raises(RuntimeError), db.atomic():
        PicklistService(manager).add_zone("East")
        raise RuntimeError("power cut before commit")
    assert not Zone.select().where(Zone.name == "East").exists()
    assert AuditEntry.select().count() == before


def test_a_write_whose_audit_entry_fails_is_not_kept(manager, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("audit table unwritable")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError, match="audit table unwritable"):
        PicklistService(manager).add_zone("West")
    assert not Zone.select().where(Zone.name == "West").exists()


def test_altering_an_entry_by_raw_sql_is_found_with_its_id(manager):
    picklists = PicklistService(manager)
    for name in ("North", "East", "South"):
        picklists.add_zone(name)
    target = AuditEntry.select().where(AuditEntry.after.contains('"East"')).get()
    db.execute_sql("DROP TRIGGER audit_entry_no_update")  # what a tamperer with the file can do
    db.execute_sql(
        "UPDATE audit_entry SET after = replace(after, 'East', 'Easton') WHERE id = ?", (target.id,)
    )
    report = verify_chain()
    assert not report.ok
    assert report.first_bad_id == target.id
    assert f"entry {target.id}" in report.describe()
    assert "altered" in report.describe()


def test_removing_an_entry_breaks_the_link_of_the_next(manager):
    picklists = PicklistService(manager)
    for name in ("North", "East", "South"):
        picklists.add_zone(name)
    ids = [e.id for e in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]
    db.execute_sql("DROP TRIGGER audit_entry_no_delete")
    db.execute_sql("DELETE FROM audit_entry WHERE id = ?", (ids[1],))
    report = verify_chain()
    assert (report.ok, report.first_bad_id) == (False, ids[2])
    assert "removed or inserted" in report.problem


def test_an_empty_chain_verifies(database):
    assert verify_chain().ok
    assert verify_chain().entries_checked == 0


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_entry SET username = 'someone-else'", "DELETE FROM audit_entry"],
)
def test_the_database_refuses_to_change_or_remove_audit_entries(manager, statement):
    from peewee import IntegrityError

    PicklistService(manager).add_zone("North")
    before = [(e.id, e.username, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    with pytest.raises(IntegrityError, match="audit trail cannot be changed"):
        db.execute_sql(statement)
    assert [
        (e.id, e.username, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)
    ] == before


def test_an_administrator_sees_who_changed_a_contact_but_not_the_personal_details(office):
    from desktop_app.services.audit_log import AuditFilter, AuditService
    from desktop_app.services.contacts import ContactService
    from desktop_app.services.session import Session
    from desktop_app.services.users import UserService

    ContactService(office.desk).create("Ola Nowak", "0161 496 0222", address="9 Mill Lane")
    row = UserService(Session.cli()).create_user("sam", "Sam Fraser", "admin", "admin-password")
    admin = Session(row.id, row.username, row.display_name, "admin", "pc")
    seen = AuditService(admin).entries(AuditFilter(record_type="contact"))
    assert seen[0].username == "priya" and "name set" in seen[0].changes
    assert "Ola Nowak" not in seen[0].changes and "Mill Lane" not in seen[0].changes
    manager_view = AuditService(office.manager).entries(AuditFilter(record_type="contact"))
    assert "Ola Nowak" in manager_view[0].changes


def test_a_record_id_of_only_spaces_is_no_filter(office):
    """A stray space in the audit view's record-id box lists everything, as an empty box does,
    not only the entries that name no record."""
    from desktop_app.services.audit_log import AuditFilter, AuditService

    trail = AuditService(office.manager)
    spaced = trail.entries(AuditFilter(record_type="contact", record_id="  "))
    assert spaced and spaced == trail.entries(AuditFilter(record_type="contact"))
