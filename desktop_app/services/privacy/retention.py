"""The retention review: contacts the office has had nothing to do with for N years (an office
setting), with their last activity, for a manager to decide on; and who may be invited (consent
given and not withdrawn)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from peewee import fn

from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.contacts import Contact
from models.events import Attendance, Event
from models.interactions import Interaction, InteractionContact
from models.patrol import PatrolEntry, PatrolEntryContact
from models.privacy import AnonymisedContact
from models.problems import ProblemAction
from models.reports import Report, ReportPerson

# Added by schema v9 (the contact card); until then consent alone decides.
WITHDRAWN = "consent_withdrawn_at"


@dataclass(frozen=True)
class QuietContact:
    id: int
    name: str
    kind: str
    last_activity: datetime  # office time
    last_what: str  # interaction, report, patrol entry, event, problem, record


def invitable() -> Any:
    """The query predicate: contacts who gave consent and have not withdrawn it."""
    condition = Contact.consent == True  # noqa: E712
    withdrawn = Contact._meta.fields.get(WITHDRAWN)
    if withdrawn is not None:
        condition = condition & withdrawn.is_null()
    return condition & Contact.merged_into.is_null()


def may_invite(contact: Any) -> bool:
    """May the office invite this contact (a Contact, or any record with the same attributes)?"""
    if not getattr(contact, "consent", False) or getattr(contact, "merged_into", None):
        return False
    return getattr(contact, WITHDRAWN, None) is None


def _latest() -> list[tuple[str, Any]]:
    """(what, a query of (contact id, latest time)) for each kind of activity."""
    c, met = InteractionContact.contact, PatrolEntryContact.contact
    return [
        ("interaction", InteractionContact.select(c, fn.MAX(Interaction.occurred_at))
         .join(Interaction).group_by(c)),
        ("report", Report.select(Report.reporter, fn.MAX(Report.received_at))
         .where(Report.reporter.is_null(False)).group_by(Report.reporter)),
        ("report", ReportPerson.select(ReportPerson.contact, fn.MAX(Report.received_at))
         .join(Report).where(ReportPerson.contact.is_null(False)).group_by(ReportPerson.contact)),
        ("patrol entry", PatrolEntryContact.select(met, fn.MAX(PatrolEntry.at))
         .join(PatrolEntry).group_by(met)),
        ("event", Attendance.select(Attendance.contact, fn.MAX(Event.starts_at))
         .join(Event).group_by(Attendance.contact)),
        ("problem", ProblemAction.select(ProblemAction.partner, fn.MAX(ProblemAction.created_at))
         .where(ProblemAction.partner.is_null(False)).group_by(ProblemAction.partner)),
    ]  # fmt: skip


def last_activity() -> dict[int, tuple[datetime, str]]:
    """Every contact's latest activity and what it was; the record's own creation or change
    counts too (consent renewed, details corrected)."""
    latest: dict[int, tuple[datetime, str]] = {}

    def seen(contact_id: int, at: object, what: str) -> None:
        if at is None:
            return
        when = stored_datetime(at)
        if contact_id not in latest or when > latest[contact_id][0]:
            latest[contact_id] = (when, what)

    records: Any = Contact.select(Contact.id, Contact.created_at, Contact.updated_at).tuples()
    for contact_id, created, updated in records:
        seen(contact_id, created, "record")
        seen(contact_id, updated, "record")
    for what, query in _latest():
        for contact_id, at in query.tuples():
            seen(int(contact_id), at, what)
    return latest


def retention_review(session: Session, years: int | None = None) -> list[QuietContact]:
    """Contacts (not merged, not anonymised) with no activity for `years` (default: the office
    setting), the quietest first."""
    require(session, "contact.privacy")
    years = load_office_settings().retention_years if years is None else years
    if not 1 <= years <= 100:
        raise ValidationError("years", "Years must be a whole number from 1 to 100")
    cutoff = now_utc() - timedelta(days=round(365.25 * years))
    latest = last_activity()
    anonymised: Any = AnonymisedContact.select(AnonymisedContact.contact_id).tuples()
    erased = {i for (i,) in anonymised}
    quiet = [i for i, (at, _) in latest.items() if at < cutoff and i not in erased]
    rows = Contact.select(Contact.id, Contact.name, Contact.kind).where(
        Contact.id.in_(quiet) & Contact.merged_into.is_null()
    )
    found = [
        QuietContact(c.id, c.name, c.kind, to_local(latest[c.id][0]), latest[c.id][1]) for c in rows
    ]
    return sorted(found, key=lambda q: (q.last_activity, q.id))
