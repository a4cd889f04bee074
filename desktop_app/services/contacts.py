"""Finding and creating contacts: the people and organisations the office deals with."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN, fn

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.contact_directory import phone_ids
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.phones import search_forms
from desktop_app.services.search import searchable, where_matches
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_email, clean_line, clean_text
from models.base import name_key
from models.contacts import CONTACT_KINDS, Contact
from models.database import db
from models.interactions import Interaction, InteractionContact
from models.org import Zone
from models.search_index import CONTACT_FTS


@dataclass(frozen=True)
class ContactMatch:
    """Enough to tell two people apart at the counter."""

    id: int
    name: str
    kind: str
    organisation: str
    phone: str
    email: str
    address: str
    zone_name: str
    last_contact: datetime | None  # office time

    def label(self) -> str:
        parts = [self.name]
        if self.organisation and self.organisation != self.name:
            parts.append(self.organisation)
        if self.address:
            parts.append(self.address)
        if self.phone:
            parts.append(self.phone)
        return " · ".join(parts)


PHONE_MARKS = " +-()."  # what a phone number may hold besides digits


def phone_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def check_phone(value: str | None) -> str:
    """A phone number as typed, checked: digits and the usual separators, five digits at least."""
    phone = clean_line("phone", value, max_length=40, required=False, label="Phone")
    if phone and not all(ch.isdigit() or ch in PHONE_MARKS for ch in phone):
        raise ValidationError("phone", "Phone may contain digits, spaces and + - ( ) only")
    if phone and len(phone_digits(phone)) < 5:
        raise ValidationError("phone", "Phone needs at least 5 digits")
    return phone


@dataclass(frozen=True)
class CleanContact:
    name: str
    phone: str
    email: str
    address: str
    kind: str
    organisation: str
    notes: str


def clean_contact(
    name: str,
    phone: str = "",
    email: str = "",
    address: str = "",
    kind: str = "resident",
    organisation: str = "",
    notes: str = "",
) -> CleanContact:
    """The checks every new contact passes, at the counter or from a file; every failing field
    is reported (ValidationErrors)."""
    attempt = Checks()
    out = CleanContact(
        attempt(lambda: clean_line("name", name, max_length=160, label="Name")),
        attempt(lambda: check_phone(phone)),
        attempt(lambda: clean_email("email", email)),
        attempt(lambda: clean_line("address", address, max_length=240, required=False)),
        attempt(lambda: choice("kind", kind, CONTACT_KINDS, "Kind")),
        attempt(lambda: clean_line("organisation", organisation, max_length=160, required=False)),
        attempt(lambda: clean_text("notes", notes, max_length=5000)),
    )
    attempt.done()
    return out


class ContactService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, text: str, limit: int = 12) -> list[ContactMatch]:
        """Contacts whose name, organisation, phone, email, address or notes hold every word
        typed (each as a prefix, accents ignored); names starting with the text first, then
        by name."""
        require(self.session, "contact.read")
        query_text = name_key(text or "")
        if len(query_text) < 2:
            return []
        # Names that start with the text come before those that merely contain it.
        starts = Contact.name_key.startswith(query_text)
        query = Contact.select(Contact.id).where(Contact.merged_into.is_null())
        if not searchable(query_text):
            return []
        forms = search_forms(text, load_office_settings().country_code())
        if forms:  # a number however it is grouped, national or international: the phone index
            query = query.where(Contact.id.in_(phone_ids(forms)))
        else:
            query = where_matches(query, Contact.id, CONTACT_FTS, query_text)
        ids = [
            c.id for c in query.order_by(starts.desc(), Contact.name_key, Contact.id).limit(limit)
        ]
        return self.search_by_ids(ids)

    @staticmethod
    def _match(c: Contact, last: datetime | None = None) -> ContactMatch:
        return ContactMatch(
            c.id,
            c.name,
            c.kind,
            c.organisation,
            c.phone,
            c.email,
            c.address,
            getattr(c, "zone_name", None) or "",
            to_local(last),
        )

    def get(self, contact_id: int) -> ContactMatch:
        require(self.session, "contact.read")
        found = self.search_by_ids([contact_id])
        if not found:
            raise NotFound(f"no contact with id {contact_id}")
        return found[0]

    def search_by_ids(self, ids: list[int]) -> list[ContactMatch]:
        require(self.session, "contact.read")
        rows = (
            Contact.select(Contact, Zone.name.alias("zone_name"))
            .join(Zone, JOIN.LEFT_OUTER, on=(Contact.zone == Zone.id))
            .where(Contact.id.in_(ids))
            .objects()
        )
        latest: Any = (
            Interaction.select(InteractionContact.contact, fn.MAX(Interaction.occurred_at))
            .join(InteractionContact)
            .where(InteractionContact.contact.in_(ids))
            .group_by(InteractionContact.contact)
            .tuples()
        )
        last_seen: dict[int, object] = dict(latest)
        by_id = {
            c.id: self._match(c, stored_datetime(last_seen[c.id]) if c.id in last_seen else None)
            for c in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def create(
        self,
        name: str,
        phone: str = "",
        email: str = "",
        address: str = "",
        kind: str = "resident",
        organisation: str = "",
        notes: str = "",
    ) -> ContactMatch:
        """Quick create, as at the counter: a name and a way to reach them."""
        require(self.session, "contact.create")
        clean = clean_contact(name, phone, email, address, kind, organisation, notes)
        clean_name, clean_phone, clean_mail = clean.name, clean.phone, clean.email
        clean_address, clean_org, clean_notes = clean.address, clean.organisation, clean.notes
        now = now_utc()
        with db.atomic():
            contact = Contact.create(
                kind=kind,
                name=clean_name,
                name_key=name_key(clean_name),
                organisation=clean_org,
                phone=clean_phone,
                phone_digits=phone_digits(clean_phone),
                email=clean_mail,
                address=clean_address,
                notes=clean_notes,
                created_at=now,
                updated_at=now,
            )
            match = ContactMatch(
                contact.id,
                clean_name,
                kind,
                clean_org,
                clean_phone,
                clean_mail,
                clean_address,
                "",
                None,
            )
            audit.record(self.session, "create", "contact", contact.id, None, asdict(match))
        return match

    def possible_duplicates(self, name: str, phone: str = "") -> list[ContactMatch]:
        """Existing contacts with the same name or phone, to warn before creating another."""
        require(self.session, "contact.read")
        key = name_key(name or "")
        digits = phone_digits(phone or "")
        condition = Contact.name_key == key
        if len(digits) >= 5:
            condition = condition | (Contact.phone_digits == digits)
        ids = [c.id for c in Contact.select(Contact.id).where(condition).limit(5)]
        return self.search_by_ids(ids)
