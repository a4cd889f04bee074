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
    with pytest.raises(ValidationError, match="choose a zone"):
        picklists.add_location("Pier", 999)
    assert [loc.name for loc in picklists.locations()] == ["Elm Street car park"]


def test_inactive_entries_leave_the_pick_list_but_stay_known(manager):
    picklists = PicklistService(manager)
    north = picklists.add_zone("North")
    picklists.set_zone_active(north.id, False)
    assert picklists.zones() == []
    assert [z.name for z in picklists.zones(include_inactive=True)] == ["North"]
