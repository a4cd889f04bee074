"""Drafts survive until saved or discarded; contacts are found by name or phone."""

from __future__ import annotations

import pytest

from desktop_app.services.contacts import ContactService
from desktop_app.services.drafts import DraftService
from desktop_app.services.errors import ValidationError


def test_a_draft_is_kept_per_user_until_discarded(office):
    desk = DraftService(office.desk)
    desk.save("walk_in", {"account": "Half-typed account", "category": "Theft"})
    desk.save("walk_in", {"account": "Half-typed account, more", "category": "Theft"})
    assert desk.load("walk_in").data["account"] == "Half-typed account, more"
    assert DraftService(office.officer).load("walk_in") is None  # nobody else sees it
    desk.discard("walk_in")
    assert desk.load("walk_in") is None


def test_contacts_are_found_by_part_of_the_name_or_the_phone(office):
    contacts = ContactService(office.desk)
    contacts.create(
        "Adeyemi Bakery", "0161 496 0999", kind="business", organisation="Adeyemi Bakery"
    )
    assert [c.name for c in contacts.search("adey")] == ["Adeyemi Bakery", "Zoë Adeyemi"]
    assert [c.name for c in contacts.search("496 0123")] == ["Zoë Adeyemi"]
    assert contacts.search("z") == []  # too short to mean anything
    assert [c.name for c in contacts.possible_duplicates("ZOË  ADEYEMI")] == ["Zoë Adeyemi"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "Ann", "phone": "call me"}, "phone"),
        ({"name": "Ann", "email": "ann@"}, "email"),
        ({"name": "\u202eAnn"}, "name"),
    ],
)
def test_bad_contact_details_are_refused_at_the_field(office, kwargs, field):
    with pytest.raises(ValidationError) as caught:
        ContactService(office.desk).create(**kwargs)
    assert caught.value.field == field
