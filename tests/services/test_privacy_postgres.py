"""Privacy on PostgreSQL: anonymising erases the contact from the row, the search tables and the
readable trail; the chain still verifies; a v9 trail is sealed by v10."""

from __future__ import annotations

from datetime import timedelta

import pytest
from peewee import DatabaseError

from desktop_app.services import audit
from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.check import run_check
from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contact_links import link_counts
from desktop_app.services.contact_merge import merge_contacts
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.privacy.export import subject_access
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.search import SearchService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from models.audit import AuditEntry
from models.connection import close, connect
from models.contacts import Contact
from models.database import db, resolve_target
from models.interactions import Interaction
from tests.services.contact_records import link_everything, shared_records

NAME, EMAIL = "Quilliam Farthingdale", "quilliam.q@zentharo.example"


def test_anonymising_on_postgresql_and_the_v10_reseal(pg_url, monkeypatch):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    SettingsService(manager).update(time_zone="Europe/London")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    picklists.add_location("Market Square", picklists.add_zone("South").id)
    monkeypatch.setattr(audit, "seal", lambda record_type, record_id, values: values)
    person = ContactService(manager).create(NAME, "07700 900813", EMAIL, "17 Wyvernhallow Close")
    monkeypatch.undo()
    with db.atomic():
        db.execute_sql("DELETE FROM schema_version")
        db.execute_sql(
            "INSERT INTO schema_version (version, applied_at, note) VALUES (9, %s, '')",
            (now_utc(),),
        )
    close()
    connect(resolve_target(pg_url, {}))  # v9 -> v10: the open values sealed
    assert not AuditEntry.select().where(AuditEntry.after.contains(EMAIL)).exists()
    ReportService(manager).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
            category="theft",
            location="Market Square",
            account="Mr Farthingdale saw it.",
            reporter_id=person.id,
        )
    )
    assert subject_access(manager, person.id)["contact"]["email"] == EMAIL
    assert SearchService(manager).search("contacts", "Quilliam")

    done = anonymise(manager, person.id)

    assert len(done.to_review) == 1
    assert SearchService(manager).search("contacts", "Quilliam") == []
    assert SearchService(manager).search("reports", "Quilliam") == []
    trail = AuditService(manager).entries(AuditFilter(record_type="contact"))
    assert not any(EMAIL in r.changes for r in trail)
    result = run_check()
    assert result.ok, result.lines()


def test_merge_export_and_anonymise_with_every_linked_record_on_postgresql(pg_url):
    """The same services over PostgreSQL: a merge moves every record (unique links dropped), the
    export holds every kind, anonymising erases the interaction's details and refuses merges."""
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    people = ContactService(manager)
    kept = people.create(NAME, "07700 900813", EMAIL, "17 Wyvernhallow Close")
    other = people.create("Q. Farthingdale", "+44 7700 900813")
    shared = shared_records()
    for contact_id in (kept.id, other.id):
        link_everything(Contact.get_by_id(contact_id), shared)
    InteractionService(manager).log(
        InteractionInput((other.id,), "phone", f"Call {NAME}", "Rang 07700900813")
    )
    merge_contacts(manager, kept.id, other.id)
    assert link_counts(other.id) == {}
    data = subject_access(manager, kept.id)
    assert all(data[part] for part in ("organisations", "concerns_raised", "walk_findings"))
    assert len(data["interactions"]) == 4  # shared, one each, the one logged

    anonymise(manager, kept.id)

    assert not Interaction.select().where(Interaction.summary.contains("900813")).exists()
    assert not Interaction.select().where(Interaction.purpose.contains("Quilliam")).exists()
    assert not AuditEntry.select().where(AuditEntry.after.contains("Quilliam")).exists()
    stranger = people.create("Someone Else", "0161 496 0999")
    with pytest.raises(ValidationError, match="anonymised"):
        merge_contacts(manager, stranger.id, kept.id)
    assert run_check().ok


def test_an_older_entry_naming_the_person_is_erased_and_the_chain_holds_on_postgresql(pg_url):
    """The trail is written again where an older entry holds the person's name in open text:
    the guards are lifted and put back in the same transaction on PostgreSQL too."""
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    person = ContactService(manager).create(NAME, "07700 900813", EMAIL)
    logged = InteractionService(manager).log(InteractionInput((person.id,), "phone", "Call"))
    audit.record(manager, "create", "interaction", logged, None, {"purpose": f"Call {NAME}"})
    ContactService(manager).create("Someone Else")

    anonymise(manager, person.id)

    assert not AuditEntry.select().where(AuditEntry.after.contains("Quilliam")).exists()
    assert AuditEntry.select().where(AuditEntry.action == "erase_personal").count() == 1
    result = run_check()
    assert result.ok, result.lines()
    with pytest.raises(DatabaseError), db.atomic():  # the guards are back: no UPDATE
        AuditEntry.update(username="x").where(AuditEntry.id == 1).execute()
