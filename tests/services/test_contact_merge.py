"""Merging contacts: every linked record ends on the kept contact, the other points at it."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop_app.services.audit import verify_chain
from desktop_app.services.check import run_check
from desktop_app.services.contact_duplicates import find_duplicates
from desktop_app.services.contact_links import contact_references
from desktop_app.services.contact_merge import (
    BOTH,
    KEPT,
    OTHER,
    merge_contacts,
    merge_fields,
    merge_preview,
    resolve_contact,
)
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.users import create_first_manager
from models.audit import AuditEntry
from models.audit_seal import keys_of, unseal
from models.connection import connect
from models.contacts import Contact
from models.database import db, resolve_target
from models.interactions import Interaction, InteractionContact
from tests.services.contact_records import link_everything, shared_records


def _links_by_sql(contact_id: int) -> dict[str, int]:
    """Plain SQL over every column of every table that points at contacts (from the models)."""
    counts = {}
    for model, field in contact_references():
        table, column = model._meta.table_name, field.column_name
        sql = f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" = {db.param}'
        counts[f"{table}.{column}"] = db.execute_sql(sql, (contact_id,)).fetchone()[0]
    return counts


@pytest.fixture
def pair(office):
    contacts = ContactService(office.manager)
    kept = contacts.create("Anna Nowak", "0161 496 0431", address="4 Elm Street", notes="Keys")
    other = contacts.create("Anna Nowak", "", "anna@example.org", notes="Has a dog")
    shared = shared_records()
    link_everything(Contact.get_by_id(kept.id), shared)
    link_everything(Contact.get_by_id(other.id), shared, role="business owner")
    return kept.id, other.id


def test_every_linked_record_moves_to_the_kept_contact_and_none_is_left(office, pair):
    kept, other = pair
    before_kept, before_other = _links_by_sql(kept), _links_by_sql(other)
    assert all(before_other[k] for k in before_other if not k.startswith("contact."))

    result = merge_contacts(office.manager, kept, other)

    after_other = _links_by_sql(other)
    assert sum(after_other.values()) == 0, after_other
    after_kept = _links_by_sql(kept)
    dropped = sum(result.dropped.values())
    merged_away = after_kept.pop("contact.merged_into_id")  # the other contact itself
    assert merged_away == 1
    moved = sum(before_kept.values()) + sum(before_other.values()) - dropped
    assert sum(after_kept.values()) == moved
    # Only the links the kept contact had already were dropped: one of each shared record.
    assert result.dropped == {
        "contact_role": 1,
        "patrol_entry_contact": 1,
        "event_partner": 1,
        "attendance": 1,
        "problem_partner": 1,
        "interaction_contact": 1,
        "contact_membership": 2,  # both belong to the same school and have the same member
    }
    roles = {r.role for r in Contact.get_by_id(kept).roles}
    assert roles == {"block captain", "business owner", "resident"}


def test_the_other_points_at_the_kept_one_and_old_links_resolve(office, pair):
    kept, other = pair
    merge_contacts(office.manager, kept, other)
    assert Contact.get_by_id(other).merged_into_id == kept
    assert resolve_contact(other) == kept
    assert resolve_contact(kept) == kept
    # Merged away, it is no longer found at the counter; the kept one is.
    found = ContactService(office.manager).search("Nowak")
    assert [m.id for m in found] == [kept]


def test_a_contact_merged_earlier_follows_on_to_the_new_kept_one(office, pair):
    kept, other = pair
    third = ContactService(office.manager).create("Ann Nowak").id
    merge_contacts(office.manager, other, third)
    merge_contacts(office.manager, kept, other)
    assert Contact.get_by_id(third).merged_into_id == kept
    assert resolve_contact(third) == kept


def test_each_field_takes_the_chosen_value(office, pair):
    kept, other = pair
    merge_contacts(office.manager, kept, other, {"email": OTHER, "phone": KEPT, "notes": BOTH})
    row = Contact.get_by_id(kept)
    assert (row.phone, row.email, row.address) == (
        "0161 496 0431",
        "anna@example.org",
        "4 Elm Street",
    )
    assert row.notes == "Keys\n\nHas a dog"
    assert row.phone_digits == "01614960431"


def test_one_audit_entry_holds_the_merge_and_the_chain_holds(office, pair):
    kept, other = pair
    count = AuditEntry.select().count()
    merge_contacts(office.manager, kept, other, {"email": OTHER})
    entries = list(AuditEntry.select().where(AuditEntry.id > count))
    assert [(e.action, e.record_type, e.record_id) for e in entries] == [
        ("merge", "contact", str(kept))
    ]
    after = unseal(json.loads(entries[0].after), keys_of([kept]))  # personal values are sealed
    assert after["email"] == "anna@example.org"
    assert after["merged_from"] == other
    assert after["taken_from_merged"] == ["email"]
    assert after["moved"]["report"] == 1
    assert verify_chain().ok


def test_the_preview_counts_what_will_move_and_defaults_to_values_set(office, pair):
    kept, other = pair
    preview = merge_preview(office.manager, kept, other)
    assert preview.other.links["report"] == 1
    assert preview.other.links["interaction_contact"] == 2
    cli = preview.choices(prefer=KEPT)
    assert cli["email"] == OTHER  # the kept one has none
    assert cli["phone"] == KEPT
    assert cli["notes"] == KEPT
    newer = preview.choices()
    assert newer["notes"] == OTHER  # both set, the other changed last


@pytest.mark.parametrize(
    "pick, message",
    [("same", "different contacts"), ("missing", "no contact with id"), ("merged", "merged into")],
)
def test_impossible_merges_are_refused_and_change_nothing(office, pair, pick, message):
    kept, other = pair
    if pick == "merged":
        merge_contacts(office.manager, kept, other)
        pair_ids = (kept, other)
    else:
        pair_ids = (kept, kept) if pick == "same" else (kept, 999_999)
    links = _links_by_sql(kept)
    with pytest.raises(ValidationError, match=message):
        merge_contacts(office.manager, *pair_ids)
    assert _links_by_sql(kept) == links


def test_only_managers_merge(office, pair):
    kept, other = pair
    for session in (office.desk, office.officer):
        with pytest.raises(PermissionDenied):
            merge_contacts(session, kept, other)
    assert Contact.get_by_id(other).merged_into_id is None


def test_merging_and_finding_duplicates_on_postgresql(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    contacts = ContactService(manager)
    kept = contacts.create("Anna Nowak", "0161 496 0431").id
    other = contacts.create("ANNA NOWAK", "+44 161 496 0431").id
    shared = shared_records()
    link_everything(Contact.get_by_id(kept), shared)
    link_everything(Contact.get_by_id(other), shared, role="business owner")
    found = find_duplicates(manager)
    assert [(p.first.id, p.second.id, p.reasons) for p in found] == [
        (kept, other, ("same phone", "similar names (100)"))
    ]
    result = merge_contacts(manager, kept, other)
    assert sum(_links_by_sql(other).values()) == 0
    assert result.dropped["attendance"] == 1
    assert resolve_contact(other) == kept
    assert [m.id for m in contacts.search("nowak")] == [kept]
    assert run_check().ok


def test_the_merged_contact_keeps_the_latest_contact_of_both_not_a_chosen_one(office):
    """Last contact and next follow-up are kept by the database from the interactions: a merge
    moves the interactions and never offers those two as a choice to overwrite them."""
    contacts = ContactService(office.manager)
    kept = contacts.create("Ola Berg", "0161 496 0111").id
    other = contacts.create("Ola Berg", "0161 496 0999").id
    for contact_id, when in ((kept, datetime(2026, 3, 5, 9)), (other, datetime(2026, 3, 10, 9))):
        talk = Interaction.create(occurred_at=when, channel="phone", follow_up_on=date(2026, 4, 1))
        InteractionContact.create(interaction=talk, contact=contact_id)

    assert "last_contact_at" not in merge_fields()
    assert "follow_up_on" not in merge_fields()
    merge_contacts(office.manager, kept, other)

    row = Contact.get_by_id(kept)
    assert str(row.last_contact_at).startswith("2026-03-10")
