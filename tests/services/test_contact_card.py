"""The contact card: details edited with a message at each bad field, audited; roles, consent,
an organisation's people."""

from __future__ import annotations

import json

import pytest

from desktop_app.services.contact_card import ContactCardService, ContactDetails
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied, ValidationError, ValidationErrors
from models.audit import AuditEntry
from models.audit_seal import keys_of, unseal


def _last_audit() -> AuditEntry:
    return AuditEntry.select().order_by(AuditEntry.id.desc()).first()


def test_a_change_of_details_is_saved_and_audited_with_before_and_after(office):
    cards = ContactCardService(office.officer)
    card = cards.card(office.reporter_id)
    assert card.details.name == "Zoë Adeyemi" and card.details.phone == "0161 496 0123"
    changed = cards.update(
        office.reporter_id,
        ContactDetails(
            name="Zoë Adeyemi",
            phone="0161 496 0999",
            email="zoe@example.org",
            address="4 Elm Street",
            zone="North",
            preferred_channel="email",
            stay_in_touch_days=30,
        ),
    )
    assert changed.details.email == "zoe@example.org"
    assert (changed.zone_name, changed.details.stay_in_touch_days) == ("North", 30)
    entry = _last_audit()
    assert (entry.action, entry.record_type, entry.record_id) == (
        "update",
        "contact",
        str(office.reporter_id),
    )
    keys = keys_of([int(entry.record_id)])  # personal values are sealed per contact (v10)
    before = unseal(json.loads(entry.before), keys)
    after = unseal(json.loads(entry.after), keys)
    assert before == {
        "email": "",
        "phone": "0161 496 0123",
        "preferred_channel": "",
        "stay_in_touch_days": None,
        "zone": "",
    }
    assert after["phone"] == "0161 496 0999" and after["zone"] == "North"
    assert ContactService(office.desk).get(office.reporter_id).phone == "0161 496 0999"


def test_bad_input_is_a_message_at_each_field_and_nothing_is_saved(office):
    cards = ContactCardService(office.officer)
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationErrors) as caught:
        cards.update(
            office.reporter_id,
            ContactDetails(
                name="",
                phone="call me",
                email="not-an-email",
                zone="Atlantis",
                stay_in_touch_days=-3,
            ),
        )
    fields = {e.field: e.message for e in caught.value.errors}
    assert set(fields) == {"name", "phone", "email", "zone", "stay_in_touch_days"}
    assert fields["zone"] == "There is no zone called 'Atlantis'"
    assert cards.card(office.reporter_id).details.name == "Zoë Adeyemi"
    assert AuditEntry.select().count() == entries


def test_the_front_desk_may_read_a_card_but_not_change_it(office):
    desk = ContactCardService(office.desk)
    assert desk.card(office.reporter_id).details.name == "Zoë Adeyemi"
    with pytest.raises(PermissionDenied):
        desk.update(office.reporter_id, ContactDetails(name="Someone else"))
    with pytest.raises(PermissionDenied):
        desk.add_role(office.reporter_id, "block captain")


def test_roles_are_added_and_removed_audited(office):
    cards = ContactCardService(office.officer)
    assert cards.add_role(office.reporter_id, "Block captain").roles == ("block captain",)
    with pytest.raises(ValidationError, match="already one of the roles"):
        cards.add_role(office.reporter_id, "block captain")
    assert json.loads(_last_audit().after) == {"roles": ["block captain"]}
    assert cards.remove_role(office.reporter_id, "block captain").roles == ()
    assert json.loads(_last_audit().before) == {"roles": ["block captain"]}


def test_consent_is_given_how_and_when_and_withdrawn_keeping_when_it_was_given(office):
    desk = ContactCardService(office.desk)  # consent is recorded at the counter too
    with pytest.raises(ValidationError) as caught:
        desk.give_consent(office.reporter_id, "  ")
    assert caught.value.field == "consent_method"
    given = desk.give_consent(office.reporter_id, "Signed form at the desk")
    assert given.consent and given.consent_at is not None
    assert given.consent_method == "Signed form at the desk"
    withdrawn = desk.withdraw_consent(office.reporter_id)
    assert not withdrawn.consent
    assert withdrawn.consent_withdrawn_at is not None
    assert withdrawn.consent_at == given.consent_at
    assert json.loads(_last_audit().after)["consent"] is False
    with pytest.raises(ValidationError, match="no consent to withdraw"):
        desk.withdraw_consent(office.reporter_id)


def test_an_organisations_people_and_a_persons_organisations(office):
    school = ContactService(office.manager).create("Oakfield Primary School", kind="school")
    cards = ContactCardService(office.officer)
    person = cards.link_organisation(office.reporter_id, school.id)
    assert [o.name for o in person.organisations] == ["Oakfield Primary School"]
    assert [p.name for p in cards.card(school.id).people] == ["Zoë Adeyemi"]
    with pytest.raises(ValidationError, match="Already one of"):
        cards.link_organisation(office.reporter_id, school.id)
    with pytest.raises(ValidationError) as caught:
        cards.link_organisation(school.id, office.reporter_id)  # a resident is no organisation
    assert caught.value.field == "organisation"
    assert cards.unlink_organisation(office.reporter_id, school.id).organisations == ()
