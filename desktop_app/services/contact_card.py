"""One contact's card: details, roles, consent, the people of an organisation and the
organisations of a person; every change checked field by field and audited in its transaction."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.contacts import clean_contact, phone_digits
from desktop_app.services.errors import NotFound, ValidationError, ValidationErrors
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line
from models.base import name_key
from models.contacts import CHANNELS, Contact, ContactMembership, ContactRole
from models.database import db
from models.interactions import Interaction, InteractionContact
from models.org import Zone

MAX_STAY_IN_TOUCH = 3650  # days: ten years


@dataclass(frozen=True)
class LinkedContact:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class ContactDetails:
    """What the card's form edits."""

    name: str
    kind: str = "resident"
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    zone: str = ""  # a zone's name, "" for none
    preferred_channel: str = ""  # "" for no preference
    stay_in_touch_days: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ContactCard:
    id: int
    details: ContactDetails
    zone_name: str
    consent: bool
    consent_at: datetime | None  # office time
    consent_method: str
    consent_withdrawn_at: datetime | None  # office time
    roles: tuple[str, ...]
    organisations: tuple[LinkedContact, ...]  # the organisations this person belongs to
    people: tuple[LinkedContact, ...]  # the people of this organisation
    last_contact: datetime | None  # office time
    merged_into: int | None


def _linked(query: Any) -> tuple[LinkedContact, ...]:
    return tuple(LinkedContact(c.id, c.name, c.kind) for c in query.order_by(Contact.name_key))


class ContactCardService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def card(self, contact_id: int) -> ContactCard:
        require(self.session, "contact.read")
        return _read_card(contact_id)

    def update(
        self, contact_id: int, details: ContactDetails, loaded: ContactDetails | None = None
    ) -> ContactCard:
        """Change the contact's details; every failing field is reported (ValidationErrors) and
        nothing is saved. loaded: the details as the form showed them; then only the fields
        changed from those are written (another person's change meanwhile stays), and a field
        both changed is a message there. Audited with the fields changed, before and after."""
        require(self.session, "contact.update")
        clean, _ = _clean_details(details)
        with db.atomic():
            contact = _contact(contact_id)
            before = asdict(_details(contact))
            after = _rebased(before, asdict(clean), asdict(loaded)) if loaded else asdict(clean)
            changed = {k for k in after if after[k] != before[k]}
            if not changed:
                return _read_card(contact_id)
            Contact.update(
                kind=after["kind"],
                name=after["name"],
                name_key=name_key(after["name"]),
                organisation=after["organisation"],
                phone=after["phone"],
                phone_digits=phone_digits(after["phone"]),
                email=after["email"],
                address=after["address"],
                zone=_zone_id(after["zone"]),
                preferred_channel=after["preferred_channel"],
                stay_in_touch_days=after["stay_in_touch_days"],
                notes=after["notes"],
                updated_at=now_utc(),
            ).where(Contact.id == contact_id).execute()
            audit.record(
                self.session,
                "update",
                "contact",
                contact_id,
                {k: before[k] for k in sorted(changed)},
                {k: after[k] for k in sorted(changed)},
            )
            return _read_card(contact_id)

    def add_role(self, contact_id: int, role: str) -> ContactCard:
        require(self.session, "contact.update")
        text = clean_line("role", role, max_length=60, label="Role").lower()
        with db.atomic():
            before = _roles(_contact(contact_id).id)
            if text in before:
                raise ValidationError("role", f"{text.capitalize()} is already one of the roles")
            ContactRole.create(contact=contact_id, role=text)
            self._audit_roles(contact_id, before)
            return _read_card(contact_id)

    def remove_role(self, contact_id: int, role: str) -> ContactCard:
        require(self.session, "contact.update")
        with db.atomic():
            before = _roles(_contact(contact_id).id)
            if role not in before:
                raise ValidationError("role", f"{role.capitalize()} is not one of the roles")
            ContactRole.delete().where(
                (ContactRole.contact == contact_id) & (ContactRole.role == role)
            ).execute()
            self._audit_roles(contact_id, before)
            return _read_card(contact_id)

    def _audit_roles(self, contact_id: int, before: tuple[str, ...]) -> None:
        after = _roles(contact_id)
        audit.record(
            self.session,
            "update",
            "contact",
            contact_id,
            {"roles": list(before)},
            {"roles": list(after)},
        )

    def give_consent(self, contact_id: int, method: str) -> ContactCard:
        """The person agreed to be contacted, now, as method says (a signed form, by phone…)."""
        require(self.session, "contact.consent")
        how = clean_line("consent_method", method, max_length=80, label="How consent was given")
        with db.atomic():
            contact = _contact(contact_id)
            before = _consent_values(contact)
            Contact.update(
                consent=True,
                consent_at=now_utc(),
                consent_method=how,
                consent_withdrawn_at=None,
                updated_at=now_utc(),
            ).where(Contact.id == contact_id).execute()
            after = _consent_values(_contact(contact_id))
            audit.record(self.session, "update", "contact", contact_id, before, after)
            return _read_card(contact_id)

    def withdraw_consent(self, contact_id: int) -> ContactCard:
        """The person no longer wants to be contacted: from now on, kept off invitation lists.
        When consent had been given stays on record."""
        require(self.session, "contact.consent")
        with db.atomic():
            contact = _contact(contact_id)
            if not contact.consent:
                raise ValidationError("consent", "There is no consent to withdraw")
            before = _consent_values(contact)
            Contact.update(
                consent=False, consent_withdrawn_at=now_utc(), updated_at=now_utc()
            ).where(Contact.id == contact_id).execute()
            after = _consent_values(_contact(contact_id))
            audit.record(self.session, "update", "contact", contact_id, before, after)
            return _read_card(contact_id)

    def link_organisation(self, person_id: int, organisation_id: int) -> ContactCard:
        """The person belongs to the organisation (a contact that is not a resident)."""
        require(self.session, "contact.update")
        with db.atomic():
            _contact(person_id)
            organisation = _contact(organisation_id, "organisation")
            if organisation.kind == "resident" or organisation_id == person_id:
                raise ValidationError("organisation", "Choose a business, school, group or agency")
            exists = ContactMembership.get_or_none(
                (ContactMembership.person == person_id)
                & (ContactMembership.organisation == organisation_id)
            )
            if exists is not None:
                raise ValidationError(
                    "organisation", f"Already one of {organisation.name}'s people"
                )
            ContactMembership.create(person=person_id, organisation=organisation_id)
            audit.record(
                self.session,
                "update",
                "contact",
                person_id,
                None,
                {"organisation_id": organisation_id},
            )
            return _read_card(person_id)

    def unlink_organisation(self, person_id: int, organisation_id: int) -> ContactCard:
        require(self.session, "contact.update")
        with db.atomic():
            gone = (
                ContactMembership.delete()
                .where(
                    (ContactMembership.person == person_id)
                    & (ContactMembership.organisation == organisation_id)
                )
                .execute()
            )
            if not gone:
                raise ValidationError("organisation", "Not one of that organisation's people")
            audit.record(
                self.session,
                "update",
                "contact",
                person_id,
                {"organisation_id": organisation_id},
                None,
            )
            return _read_card(person_id)


def _contact(contact_id: int, field: str = "contact") -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        if field == "contact":
            raise NotFound(f"no contact with id {contact_id}")
        raise ValidationError(field, "No such contact")
    return contact


def _roles(contact_id: int) -> tuple[str, ...]:
    query = ContactRole.select(ContactRole.role).where(ContactRole.contact == contact_id)
    return tuple(sorted(r.role for r in query))


def _consent_values(contact: Contact) -> dict[str, Any]:
    return {
        "consent": contact.consent,
        "consent_at": contact.consent_at,
        "consent_method": contact.consent_method,
        "consent_withdrawn_at": contact.consent_withdrawn_at,
    }


def _details(contact: Contact) -> ContactDetails:
    zone_id = contact.__data__.get("zone")
    zone = Zone.get_or_none(Zone.id == zone_id) if zone_id else None
    return ContactDetails(
        contact.name,
        contact.kind,
        contact.organisation,
        contact.phone,
        contact.email,
        contact.address,
        zone.name if zone else "",
        contact.preferred_channel,
        contact.stay_in_touch_days,
        contact.notes,
    )


def _clean_details(details: ContactDetails) -> tuple[ContactDetails, int | None]:
    """The details as stored, and the zone's id; every failing field reported together."""
    attempt = Checks()
    base = attempt(
        lambda: clean_contact(
            details.name,
            details.phone,
            details.email,
            details.address,
            details.kind,
            details.organisation,
            details.notes,
        )
    )
    zone_id = attempt(lambda: _zone_id(details.zone))
    channel = attempt(lambda: _channel(details.preferred_channel))
    days = attempt(lambda: _stay_in_touch(details.stay_in_touch_days))
    attempt.done()
    clean = ContactDetails(
        base.name,
        base.kind,
        base.organisation,
        base.phone,
        base.email,
        base.address,
        Zone.get_by_id(zone_id).name if zone_id else "",
        channel,
        days,
        base.notes,
    )
    return clean, zone_id


def _rebased(
    stored: dict[str, Any], typed: dict[str, Any], loaded: dict[str, Any]
) -> dict[str, Any]:
    """The stored details with only the fields typed differently from what was loaded; a field
    someone else changed to another value meanwhile is a message at the field."""
    values = dict(stored)
    clashes = []
    for name, value in typed.items():
        if value == loaded[name] or value == stored[name]:
            continue
        if stored[name] != loaded[name]:
            now = stored[name] if stored[name] not in (None, "") else "empty"
            clashes.append(
                ValidationError(name, f"Changed meanwhile by someone else to “{now}”; look again")
            )
        values[name] = value
    if clashes:
        raise ValidationErrors(clashes)
    return values


def _zone_id(name: str) -> int | None:
    if not (name or "").strip():
        return None
    zone = Zone.get_or_none(Zone.name_key == name_key(name))
    if zone is None:
        raise ValidationError("zone", f"There is no zone called '{name.strip()}'")
    return int(zone.id)


def _channel(value: str) -> str:
    return choice("preferred_channel", value, CHANNELS, "Preferred channel") if value else ""


def _stay_in_touch(days: int | None) -> int | None:
    if days is None or days == 0:
        return None
    if not 1 <= days <= MAX_STAY_IN_TOUCH:
        raise ValidationError(
            "stay_in_touch_days",
            f"Stay in touch every 1 to {MAX_STAY_IN_TOUCH} days, or leave it empty",
        )
    return days


def _read_card(contact_id: int) -> ContactCard:
    contact = _contact(contact_id)
    details = _details(contact)
    last: Any = (
        Interaction.select(fn.MAX(Interaction.occurred_at))
        .join(InteractionContact)
        .where(InteractionContact.contact == contact_id)
        .scalar()
    )
    organisations = _linked(
        Contact.select(Contact.id, Contact.name, Contact.kind)
        .join(ContactMembership, on=(ContactMembership.organisation == Contact.id))
        .where(ContactMembership.person == contact_id)
    )
    people = _linked(
        Contact.select(Contact.id, Contact.name, Contact.kind)
        .join(ContactMembership, on=(ContactMembership.person == Contact.id))
        .where(ContactMembership.organisation == contact_id)
    )
    return ContactCard(
        contact.id,
        details,
        details.zone,
        contact.consent,
        to_local(contact.consent_at),
        contact.consent_method,
        to_local(contact.consent_withdrawn_at),
        _roles(contact_id),
        organisations,
        people,
        to_local(stored_datetime(last)) if last else None,
        contact.__data__.get("merged_into"),
    )
