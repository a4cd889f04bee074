"""Invitation lists: contacts by zone, role and kind, always only those who consented (and have
not withdrawn it, and were not merged away); a CSV for a mail merge; registered in one step."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Any, TextIO

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_attendance import Registered, add_registrations
from desktop_app.services.exporter import safe_cell
from desktop_app.services.permissions import require
from desktop_app.services.privacy.retention import invitable, may_invite
from desktop_app.services.session import Session
from desktop_app.vocabulary import CHANNEL_LABELS, label
from models.contacts import CONTACT_KINDS, Contact, ContactRole
from models.database import db

CSV_HEADER = ("name", "organisation", "email", "phone", "address", "preferred_channel")


@dataclass(frozen=True)
class InvitationFilter:
    """Who to invite: any of these zones, any of these roles, any of these kinds of contact;
    an empty tuple leaves that out of the choice. Consent is never optional."""

    zone_ids: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invitee:
    contact_id: int
    name: str
    organisation: str
    email: str
    phone: str
    address: str
    preferred_channel: str  # the channel's label ("Email"), or ""

    def cells(self) -> list[str]:
        """The CSV row, each cell safe to open in a spreadsheet (never run as a formula)."""
        values = (self.name, self.organisation, self.email, self.phone, self.address)
        return [safe_cell(v) for v in (*values, self.preferred_channel)]


def _query(choice: InvitationFilter) -> Any:
    unknown = [k for k in choice.kinds if k not in CONTACT_KINDS]
    if unknown:
        raise ValidationError("kinds", f"Unknown kind of contact: {', '.join(unknown)}")
    query = Contact.select().where(invitable())
    if choice.zone_ids:
        query = query.where(Contact.zone.in_(list(choice.zone_ids)))
    if choice.kinds:
        query = query.where(Contact.kind.in_(list(choice.kinds)))
    if choice.roles:
        with_role = ContactRole.select(ContactRole.contact).where(
            ContactRole.role.in_(list(choice.roles))
        )
        query = query.where(Contact.id.in_(with_role))
    return query.order_by(Contact.name_key, Contact.id)


def _invitee(c: Any) -> Invitee:
    channel = label(CHANNEL_LABELS, c.preferred_channel) if c.preferred_channel else ""
    return Invitee(c.id, c.name, c.organisation, c.email, c.phone, c.address, channel)


class InvitationService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def invitees(self, choice: InvitationFilter) -> list[Invitee]:
        """The list, by name. Each row is checked again with may_invite(): the query and the
        rule can never drift apart into inviting someone who said no."""
        require(self.session, "event.register")
        return [_invitee(c) for c in _query(choice) if may_invite(c)]

    def roles(self) -> list[str]:
        """The roles contacts have, to choose from."""
        require(self.session, "event.register")
        query: Any = (
            ContactRole.select(ContactRole.role)
            .join(Contact, JOIN.INNER, on=(ContactRole.contact == Contact.id))
            .where(Contact.merged_into.is_null())
            .distinct()
            .order_by(ContactRole.role)
            .tuples()
        )
        return [role for (role,) in query]

    def export_csv(self, choice: InvitationFilter, out: TextIO, destination: str = "a file") -> int:
        """The list as RFC 4180 CSV for a mail merge (name, organisation, email, phone,
        address, preferred channel); returns how many rows. Audited before anything leaves."""
        people = self.invitees(choice)
        with db.atomic():
            audit.record(
                self.session,
                "export",
                "contacts",
                "",
                None,
                {"invitation_list": len(people), "to": destination},
            )
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(p.cells() for p in people)
        return len(people)

    def register(self, event_id: int, choice: InvitationFilter) -> Registered:
        """Register everyone on the list for the event, in one step (capacity: a warning)."""
        require(self.session, "event.register")
        with db.atomic():
            ids = [i.contact_id for i in self.invitees(choice)]
            return add_registrations(self.session, event_id, ids)
