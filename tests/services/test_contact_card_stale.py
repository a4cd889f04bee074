"""Two people with the same card open: each save writes only what that person changed, so one
does not silently put back what the other changed (or what anonymising erased)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import ValidationErrors
from desktop_app.services.privacy.anonymise import anonymise
from models.contacts import Contact


def test_a_save_from_a_card_opened_earlier_keeps_the_other_persons_change(office):
    person = ContactService(office.desk).create("Ray Okafor", "0161 496 0456")
    cards = ContactCardService(office.manager)
    seen_by_a = cards.card(person.id).details
    seen_by_b = cards.card(person.id).details

    cards.update(person.id, replace(seen_by_a, phone="0161 496 0999"), loaded=seen_by_a)
    cards.update(person.id, replace(seen_by_b, email="ray@example.org"), loaded=seen_by_b)

    now = cards.card(person.id).details
    assert (now.phone, now.email) == ("0161 496 0999", "ray@example.org")


def test_both_changing_one_field_is_a_message_at_the_field(office):
    person = ContactService(office.desk).create("Ray Okafor", "0161 496 0456")
    cards = ContactCardService(office.manager)
    seen = cards.card(person.id).details
    cards.update(person.id, replace(seen, phone="0161 496 0999"), loaded=seen)

    with pytest.raises(ValidationErrors) as caught:
        cards.update(person.id, replace(seen, phone="0161 496 0111"), loaded=seen)

    assert [e.field for e in caught.value.errors] == ["phone"]
    assert "0161 496 0999" in caught.value.errors[0].message
    assert cards.card(person.id).details.phone == "0161 496 0999"


def test_a_card_open_while_the_contact_was_anonymised_does_not_write_the_details_back(office):
    person = ContactService(office.desk).create("Ray Okafor", "0161 496 0456", "r@example.org")
    cards = ContactCardService(office.manager)
    seen = cards.card(person.id).details
    anonymise(office.manager, person.id)

    cards.update(person.id, replace(seen, notes="Prefers mornings"), loaded=seen)

    row = Contact.get_by_id(person.id)
    assert (row.name, row.phone, row.email) == (f"Anonymised contact #{person.id}", "", "")
    assert row.notes == "Prefers mornings"
