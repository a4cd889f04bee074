"""Zones, locations and categories: unique regardless of case, validated, audited."""

from __future__ import annotations

import pytest

from desktop_app.services.errors import ValidationError
from desktop_app.services.picklists import DEFAULT_CATEGORIES, PicklistService


def test_default_categories_are_added_once(manager):
    picklists = PicklistService(manager)
    assert picklists.ensure_default_categories() == len(DEFAULT_CATEGORIES)
    assert picklists.ensure_default_categories() == 0
    assert [c.name for c in picklists.categories()] == list(DEFAULT_CATEGORIES)


def test_category_lookup_ignores_case_and_spacing(manager):
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    assert picklists.find_category("  noise /   DISTURBANCE ").name == "Noise / disturbance"
    assert picklists.find_category("arson") is None


def test_a_duplicate_name_in_other_case_is_refused_at_the_field(manager):
    picklists = PicklistService(manager)
    picklists.add_zone("North")
    with pytest.raises(ValidationError) as caught:
        picklists.add_zone("  NORTH ")
    assert caught.value.field == "name"
    assert "already exists" in caught.value.message


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "required"),
        ("North\x07", "control character"),
        ("Elm \u202eteertS", "right-to-left"),
        ("x" * 81, "too long"),
    ],
)
def test_bad_zone_names_get_a_clear_message(manager, name, message):
    with pytest.raises(ValidationError, match=message):
        PicklistService(manager).add_zone(name)


def test_locations_belong_to_a_zone(manager):
    picklists = PicklistService(manager)
    north = picklists.add_zone("North")
    car_park = picklists.add_location("Elm Street car park", north.id, "Elm Street", "car park")
    assert (car_park.zone_name, car_park.kind) == ("North", "car park")
    with pytest.raises(ValidationError, match="Choose a zone"):
        picklists.add_location("Pier", 999)
    assert [loc.name for loc in picklists.locations()] == ["Elm Street car park"]


def test_inactive_entries_leave_the_pick_list_but_stay_known(manager):
    picklists = PicklistService(manager)
    north = picklists.add_zone("North")
    picklists.set_zone_active(north.id, False)
    assert picklists.zones() == []
    assert [z.name for z in picklists.zones(include_inactive=True)] == ["North"]


def _message(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.message


def test_messages_are_sentences_that_name_the_entry_as_stored_in_curly_quotes(office):
    """One style for every pick-list message: capitalised, names in “…”; a duplicate is named as
    the list has it, not as typed, and a retired one says so."""
    picklists = PicklistService(office.manager)
    vandalism = picklists.find("category", "Vandalism")
    picklists.retire("category", vandalism.id)
    picklists.retire("zone", office.zones["South"])
    messages = [
        _message(lambda: picklists.add_zone("  north ")),
        _message(lambda: picklists.add_category("THEFT")),
        _message(lambda: picklists.add_location("market square", office.zones["North"])),
        _message(lambda: picklists.rename("category", vandalism.id, "theft")),
        _message(lambda: picklists.add_category("vandalism")),
        _message(lambda: picklists.add_location("Pier", office.zones["South"])),
        _message(lambda: picklists.add_location("Pier", 999)),
        _message(lambda: picklists.add("zone", "Harbour", zone_id=office.zones["North"])),
        _message(lambda: picklists.entries("colour")),
    ]
    assert messages[:5] == [
        "A zone called “North” already exists",
        "A category called “Theft” already exists",
        "A location called “Market Square” already exists",
        "A category called “Theft” already exists",
        "A category called “Vandalism” already exists (retired: restore it to use it again)",
    ]
    assert messages[5].startswith("The zone “South” is retired")
    for message in messages:
        assert message[0].isupper() and "'" not in message, message
