"""Privacy under attack: what anonymising promises (nothing identifying left in the file) where
a person's details were typed into their interactions, merges with anonymised or merged
contacts, and a subject-access export that holds every record that points at the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.check import run_check
from desktop_app.services.contact_duplicates import find_duplicates
from desktop_app.services.contact_links import contact_references
from desktop_app.services.contact_merge import merge_contacts
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.privacy.access_pdf import document
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.privacy.export import subject_access
from models.contacts import Contact
from tests.services.contact_records import link_everything, shared_records

NAME = "Quilliam Farthingdale"
PHONE = "07700 900813"
EMAIL = "quilliam.q@zentharo.example"
ADDRESS = "17 Wyvernhallow Close"
GONE = ["Quilliam", "quilliam", "Farthingdale", "900813", "zentharo", "Wyvernhallow"]


def _left_in_file(path: Path) -> list[str]:
    wal = Path(f"{path}-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return [value for value in GONE if value.encode() in raw]


def test_anonymising_erases_the_details_typed_into_the_persons_interactions(office, db_path):
    """An officer's note names the person in its purpose (which the interaction's audit entry
    holds too) and gives their phone in another format, their email and address in its
    summary: after anonymising none of it is in the file, and the chain still verifies."""
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    InteractionService(office.officer).log(
        InteractionInput(
            (person.id,),
            "phone",
            f"Call back {NAME}",
            f"Rang +44 7700 900813 and {PHONE}; wrote to {EMAIL.upper()}; visited {ADDRESS}.",
        )
    )

    anonymise(office.manager, person.id)

    assert _left_in_file(db_path) == []
    assert run_check().ok


def test_an_anonymised_contact_is_not_merged_with_another(office):
    """Merging would tie the erased person's records to a named contact again (or a named
    contact's details to one marked anonymised): refused either way, at the field."""
    erased = ContactService(office.desk).create(NAME, PHONE)
    named = ContactService(office.desk).create("Quilliam Farthing", "07700 900814")
    anonymise(office.manager, erased.id)

    for keep, other in ((named.id, erased.id), (erased.id, named.id)):
        with pytest.raises(ValidationError, match="anonymised"):
            merge_contacts(office.manager, keep, other)
    assert Contact.get_by_id(erased.id).merged_into is None


def test_anonymising_a_merged_duplicate_points_at_the_contact_kept(office):
    """The duplicate's records moved to the kept contact: erasing only the duplicate would say
    'done' while the person's details live on there. Refused, naming the contact to erase."""
    kept = ContactService(office.desk).create(NAME, PHONE, EMAIL)
    other = ContactService(office.desk).create("Q. Farthingdale", "07700 900813")
    merge_contacts(office.manager, kept.id, other.id)

    with pytest.raises(ValidationError, match=f"anonymise contact {kept.id}"):
        anonymise(office.manager, other.id)
    assert Contact.get_by_id(other.id).name == "Q. Farthingdale"


def test_anonymised_contacts_are_not_offered_as_duplicates(office):
    """'Anonymised contact #2' and '#3' read alike, and neither may be merged."""
    first = ContactService(office.desk).create("Wendell Parkinson-Oyelaran", "07700 900101")
    second = ContactService(office.desk).create("Marguerite Szczepańska", "07700 900202")
    for contact in (first, second):
        anonymise(office.manager, contact.id)

    pairs = find_duplicates(office.manager)

    assert {first.id, second.id} & {c.id for p in pairs for c in (p.first, p.second)} == set()


# Every table that points at a contact, and the part of the subject-access export that holds it.
EXPORTED_AS = {
    "contact_role": "roles",
    "contact_membership": "organisations",  # and "people", for an organisation
    "report": "reports",
    "report_person": "reports",
    "patrol_entry_contact": "patrol_entries",
    "event_partner": "events_partnered",
    "attendance": "events",
    "problem_partner": "problems",
    "problem_action": "problems",
    "interaction_contact": "interactions",
    "event_concern": "concerns_raised",
    "walk_finding": "walk_findings",
}


def test_the_subject_access_export_holds_a_record_from_every_table_pointing_at_the_person(
    office,
):
    """A table that points at contacts and is not exported leaves part of what the office holds
    about the person out of their subject-access request (memberships, concerns, findings)."""
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    link_everything(Contact.get_by_id(person.id), shared_records())
    tables = {m._meta.table_name for m, f in contact_references() if f is not Contact.merged_into}
    assert tables == set(EXPORTED_AS)

    data = subject_access(office.manager, person.id)

    empty = sorted({part for part in EXPORTED_AS.values() if not data.get(part)})
    assert empty == []
    assert [o["name"] for o in data["organisations"]] == ["Elm Primary"]
    assert [p["name"] for p in data["people"]] == ["Tom Liaison"]
    assert [c["text"] for c in data["concerns_raised"]] == ["Dark footpath"]
    assert [f["item"] for f in data["walk_findings"]] == ["Lamp out"]
    pdf = document(data)
    titles = [section.title for section in pdf.sections]
    assert "Concerns raised at events" in titles and "Safety-walk findings" in titles
    assert ("Belongs to", "Elm Primary") in pdf.details
