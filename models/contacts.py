"""People and organisations the office works with."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, utcnow
from models.org import Zone

CONTACT_KINDS = ("resident", "business", "school", "community_group", "partner_agency")
CHANNELS = ("in_person", "phone", "email", "walk_in", "meeting", "event", "letter", "text")


class Contact(BaseModel):
    kind = CharField(max_length=20, default="resident", index=True)
    name = CharField(max_length=160)
    # Case-folded, space-normalised name for search (added in schema version 2).
    name_key = CharField(max_length=160, default="", index=True)
    organisation = CharField(max_length=160, default="")
    phone = CharField(max_length=40, default="")
    phone_digits = CharField(max_length=40, default="", index=True)
    email = CharField(max_length=160, default="")
    address = CharField(max_length=240, default="")
    zone = ForeignKeyField(Zone, null=True, backref="contacts", on_delete="SET NULL")
    preferred_channel = CharField(max_length=20, default="")
    consent = BooleanField(default=False)
    consent_at = DateTimeField(null=True)
    consent_method = CharField(max_length=80, default="")
    # When the person withdrew consent (schema v9); consent is then False and consent_at stays
    # as the record of when it had been given.
    consent_withdrawn_at = DateTimeField(null=True)
    stay_in_touch_days = IntegerField(null=True)
    notes = TextField(default="")
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # Kept by the database's own triggers from the contact's interactions (schema v8,
    # models.contact_activity), so the list filters and sorts by them along an index.
    last_contact_at = DateTimeField(null=True, index=True)
    follow_up_on = DateField(null=True, index=True)  # the next follow-up not yet overtaken

    class Meta:
        # The directory's filters, each in the list's order (by name): a page is a range search.
        indexes = (
            (("kind", "name_key"), False),
            (("zone", "name_key"), False),
            (("consent", "name_key"), False),
        )


class ContactRole(BaseModel):
    """A role a contact plays: block captain, business owner, school liaison, ..."""

    contact = ForeignKeyField(Contact, backref="roles", on_delete="CASCADE")
    role = CharField(max_length=60, index=True)

    class Meta:
        indexes = ((("contact", "role"), True),)


class ContactMembership(BaseModel):
    """A person belongs to an organisation (a contact of another kind): a school's liaison, a
    group's lead, a business's owner. Schema v9; a person may belong to several."""

    person = ForeignKeyField(Contact, backref="memberships", on_delete="CASCADE")
    organisation = ForeignKeyField(Contact, backref="members", on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("person", "organisation"), True),)
