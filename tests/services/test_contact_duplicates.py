"""Possible duplicate contacts: by phone however written, email in any case, names alike."""

from __future__ import annotations

import pytest

from desktop_app.services.contact_duplicates import (
    SHARED,
    find_duplicates,
    fold_name,
    mark_not_duplicate,
)
from desktop_app.services.contact_merge import merge_contacts
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.settings import SettingsService


def _pairs(session) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(p.first.name, p.second.name): p.reasons for p in find_duplicates(session)}


@pytest.fixture
def contacts(office):
    SettingsService(office.manager).update(country="GB")
    return ContactService(office.manager)


def test_one_number_in_national_and_international_form_is_found(office, contacts):
    contacts.create("Tom Baker", "0161 496 0431")
    contacts.create("Rosa Diaz", "+44 (161) 496-0431")
    contacts.create("Ada Byron", "0161 496 0432")
    assert _pairs(office.manager) == {("Tom Baker", "Rosa Diaz"): ("same phone",)}


def test_an_email_in_another_case_is_found(office, contacts):
    contacts.create("Tom Baker", email="Tom.Baker@Example.org")
    contacts.create("Rosa Diaz", email="tom.baker@example.ORG")
    assert _pairs(office.manager) == {("Tom Baker", "Rosa Diaz"): ("same email",)}


def test_names_alike_without_accents_or_in_another_order_are_found(office, contacts):
    contacts.create("Anna Wiśniewska")
    contacts.create("wisniewska, anna")
    contacts.create("Łukasz Żółć")
    contacts.create("Lukasz Zolc")
    contacts.create("Jon Smith")
    contacts.create("John Smith")
    contacts.create("Jane Doe")
    assert _pairs(office.manager) == {
        ("Anna Wiśniewska", "wisniewska, anna"): ("similar names (100)",),
        ("Łukasz Żółć", "Lukasz Zolc"): ("similar names (100)",),
        ("Jon Smith", "John Smith"): ("similar names (95)",),
    }
    assert fold_name("Wiśniewska,  ANNA") == "anna wisniewska"


def test_alike_names_with_their_own_phone_email_or_initial_are_two_people(office, contacts):
    contacts.create("Anna Smith", "0161 496 0431")
    contacts.create("Anna Smyth", "0161 496 0999")  # each her own number
    contacts.create("Emeka X. Fitzgerald")
    contacts.create("Emeka Q. Fitzgerald")  # other middle initials
    contacts.create("Tom Baker", email="tom@example.org")
    contacts.create("Tom Barker", email="barker@example.org")
    contacts.create("Rosa Diaz", "0161 496 0100")
    contacts.create("Rosa Díaz")  # nothing tells them apart: still listed
    contacts.create("Ben K. Okafor", email="ben@example.org")
    contacts.create("Ben Okafor", "+44 161 496 0101")  # an initial on one side only: listed
    assert _pairs(office.manager) == {
        ("Rosa Diaz", "Rosa Díaz"): ("similar names (100)",),
        ("Ben K. Okafor", "Ben Okafor"): ("similar names (91)",),
    }


def test_a_pair_is_listed_once_with_every_reason_strongest_first(office, contacts):
    contacts.create("Zoë Adeyemi", "+441614960123", "zoe@example.org")  # the office's Zoë too
    contacts.create("Mark Green", email="mark@example.org")
    contacts.create("Mark Greene", email="MARK@example.org")
    found = find_duplicates(office.manager)
    assert [(p.first.id, p.second.id) for p in found] == [
        (office.reporter_id, office.reporter_id + 1),
        (office.reporter_id + 2, office.reporter_id + 3),
    ]
    assert found[0].reasons == ("same phone", "similar names (100)")
    assert found[1].reasons == ("same email", "similar names (95)")


def test_merged_contacts_and_pairs_marked_as_two_people_are_left_out(office, contacts):
    a = contacts.create("Tom Baker", "0161 496 0431").id
    b = contacts.create("Tom Baker", "01614960431").id
    c = contacts.create("Tom Baker").id
    mark_not_duplicate(office.manager, c, a)
    assert {(p.first.id, p.second.id) for p in find_duplicates(office.manager)} == {
        (a, b),
        (b, c),
    }
    merge_contacts(office.manager, a, b)
    assert find_duplicates(office.manager) == []


def test_a_number_many_contacts_share_is_not_a_sign_of_duplicates(office, contacts):
    for n in range(SHARED + 1):
        contacts.create(f"Resident {chr(65 + n) * 3}", "0161 496 0999")
    assert find_duplicates(office.manager) == []


def test_front_desk_and_officers_do_not_list_duplicates(office):
    for session in (office.desk, office.officer):
        with pytest.raises(PermissionDenied):
            find_duplicates(session)
