"""Anonymising rewrites the audit trail where the person's details were written in open text;
it must not rewrite other records' history that merely holds the same words: an officer who is
the person's namesake, a location that is the business's address, or a phrase an editor of the
contact typed into its details to have it erased from the trail."""

from __future__ import annotations

import json
from datetime import timedelta

from desktop_app.services.check import run_check
from desktop_app.services.clock import now_local
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.contacts import ContactService
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.reports import ReportInput, ReportService
from models.audit import AuditEntry


def _values(record_type: str) -> str:
    rows = AuditEntry.select().where(AuditEntry.record_type == record_type)
    return " ".join(f"{r.before or ''} {r.after or ''}" for r in rows)


def test_a_namesake_officers_history_is_not_rewritten(office):
    """A resident called Asha Khan, like the officer: erasing the resident leaves the officer's
    account entries (and everything that names the officer) as they were written."""
    before = _values("user")
    assert "Asha Khan" in before
    person = ContactService(office.desk).create("Asha Khan", "07700 900813")

    anonymise(office.manager, person.id)

    assert _values("user") == before
    assert run_check().ok


def test_a_location_that_is_the_business_address_keeps_its_history(office):
    """A business whose address is the pick-list's Market Square: the location's entries keep
    the place's name."""
    locations = _values("location")
    assert "Market Square" in locations
    shop = ContactService(office.desk).create("Quilliam Stores", "", "", "Market Square")

    anonymise(office.manager, shop.id)

    assert _values("location") == locations


def test_an_editor_cannot_have_a_void_reason_erased_from_the_trail(office):
    """An officer (contact.update) types a report's void reason as a contact's email; the
    manager later anonymises the contact: the void entry still says why the report was void."""
    report = (
        ReportService(office.desk)
        .create(
            ReportInput(
                occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
                category="theft",
                location="Market Square",
                account="A bike taken from the rack.",
                anonymous=True,
            )
        )
        .row.id
    )
    reason = "Entered by Asha against the wrong address"
    ReportService(office.manager).void(report, reason)
    person = ContactService(office.desk).create("Quilliam Farthingdale")
    cards = ContactCardService(office.officer)
    details = cards.card(person.id).details
    cards.update(person.id, type(details)(**{**details.__dict__, "address": reason}))

    anonymise(office.manager, person.id)

    void = AuditEntry.get(AuditEntry.action == "void")
    assert json.loads(void.after)["void_reason"] == reason
