"""One timeline per person (every interaction, report, event, patrol meeting and problem) and
per place (reports, patrol entries, events and problems there)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.contacts import ContactMatch, ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.timeline import (
    EVENT,
    EVENT_THERE,
    INTERACTION,
    PATROL,
    PATROL_THERE,
    PROBLEM,
    PROBLEM_THERE,
    REPORT_INVOLVED,
    REPORT_MADE,
    REPORT_THERE,
    Row,
    contact_branches,
    place_branches,
    timeline_rows,
)
from desktop_app.vocabulary import (
    ACTIVITY_LABELS,
    ATTENDANCE_LABELS,
    CHANNEL_LABELS,
    EVENT_STATUS_LABELS,
    PERSON_ROLE_LABELS,
    PROBLEM_STAGE_LABELS,
    REPORT_STATUS_LABELS,
    label,
)
from models.contacts import ContactRole
from models.database import db
from models.org import Location, Zone

if TYPE_CHECKING:
    from desktop_app.reporting.contact_pdf import ContactHistoryDocument


@dataclass(frozen=True)
class TimelineItem:
    at: datetime  # office time
    kind: str  # Interaction, Report, Event, Patrol, Problem
    title: str
    detail: str


@dataclass(frozen=True)
class PlaceHistory:
    location_id: int
    name: str
    zone_name: str
    items: tuple[TimelineItem, ...]  # newest first


@dataclass(frozen=True)
class ContactHistory:
    contact: ContactMatch
    roles: tuple[str, ...]
    items: tuple[TimelineItem, ...]  # newest first


class HistoryService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def contact_history(self, contact_id: int) -> ContactHistory:
        """Everything the office has to do with the contact, newest first; reports and patrol
        meetings only for those who may read them. One query (timeline.py)."""
        require(self.session, "contact.read")
        contact = ContactService(self.session).get(contact_id)
        role = self.session.role
        branches = contact_branches(
            contact_id, allowed(role, "report.read"), allowed(role, "patrol.read")
        )
        items = _items(timeline_rows(branches), office_zone())
        roles = tuple(r.role for r in ContactRole.select().where(ContactRole.contact == contact_id))
        return ContactHistory(contact, roles, items)

    def place_history(self, location_id: int, limit: int | None = None) -> PlaceHistory:
        """Everything that happened at a location (or its newest limit lines), newest first:
        reports, patrol entries, events and problems there, each kind only for those who may
        read it. One query."""
        require(self.session, "picklist.read")
        place: Any = (
            Location.select(Location.name, Zone.name.alias("zone_name"))
            .join(Zone, JOIN.LEFT_OUTER, on=(Location.zone == Zone.id))
            .where(Location.id == location_id)
            .objects()
            .first()
        )
        if place is None:
            raise ValidationError("location", "No such location")
        role = self.session.role
        branches = place_branches(
            location_id,
            allowed(role, "report.read"),
            allowed(role, "patrol.read"),
            allowed(role, "event.read"),
            allowed(role, "problem.read"),
        )
        items = _items(timeline_rows(branches, limit), office_zone())[:limit]
        return PlaceHistory(location_id, place.name, place.zone_name or "", items)

    def save_contact_pdf(self, contact_id: int, folder: Path) -> Path:
        """The contact's history as a PDF; audited, since it discloses what the office knows."""
        from desktop_app.reporting.contact_pdf import build_contact_pdf  # see _document

        history = self.contact_history(contact_id)
        settings = load_office_settings()
        with db.atomic():  # recorded before the file exists: a print is a disclosure
            audit.record(
                self.session, "print", "contact", contact_id, None, {"document": "history"}
            )
        folder.mkdir(parents=True, exist_ok=True)
        return build_contact_pdf(
            _document(history),
            settings.office_name,
            folder / f"contact-{contact_id}-history.pdf",
            settings.paper_size,
        )


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _when(source: int, value: Any, zone: tzinfo) -> datetime:
    """Office time; a problem has a day, not a time: it is placed at nine in the morning."""
    if source in (PROBLEM, PROBLEM_THERE):
        return datetime.combine(_day(value), time(9)).replace(tzinfo=zone)
    return to_local(stored_datetime(value), zone)


def _line(source: int, a: Any, b: Any, c: Any, d: Any) -> tuple[str, str, str]:
    """(kind, title, detail) of one timeline row."""
    if source == INTERACTION:
        title = f"{label(CHANNEL_LABELS, a)}: {b or 'contact'}"
        return "Interaction", title, f"{c} ({d or 'no officer'})".strip()
    if source == REPORT_MADE:
        return (
            "Report",
            f"{a} reported: {b or '—'} at {c or '—'}",
            f"Status: {label(REPORT_STATUS_LABELS, d)}",
        )
    if source == REPORT_INVOLVED:
        return "Report", f"{a}: {label(PERSON_ROLE_LABELS, b)}", c
    if source == EVENT:
        return "Event", a, f"{label(ATTENDANCE_LABELS, b)} · {c}"
    if source == PATROL:
        return "Patrol", f"Met on patrol at {a or '—'}", b
    if source == PROBLEM:
        return "Problem", f"Partner in: {a}", f"Stage: {label(PROBLEM_STAGE_LABELS, b)}"
    return _place_line(source, a, b, c)


def _place_line(source: int, a: Any, b: Any, c: Any) -> tuple[str, str, str]:
    if source == REPORT_THERE:
        return "Report", f"{a}: {b or '—'}", f"Status: {label(REPORT_STATUS_LABELS, c)}"
    if source == PATROL_THERE:
        return "Patrol", label(ACTIVITY_LABELS, a), f"{b} ({c or 'no officer'})".strip()
    if source == EVENT_THERE:
        return "Event", a, f"{label(EVENT_STATUS_LABELS, b)} · {c}"
    return "Problem", a, f"Stage: {label(PROBLEM_STAGE_LABELS, b)}"


def _items(rows: list[Row], zone: tzinfo) -> tuple[TimelineItem, ...]:
    """Newest first; lines of the same moment in source order, then as linked."""
    items = [
        TimelineItem(_when(source, when, zone), *_line(source, a, b, c, d))
        for source, _link, when, a, b, c, d in rows
    ]
    items.sort(key=lambda item: item.at, reverse=True)
    return tuple(items)


def _document(history: ContactHistory) -> ContactHistoryDocument:
    """The history as the PDF prints it (the reporting layer knows nothing of services). The PDF
    builder, and reportlab with it, loads with the first history printed, not with the window."""
    from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine

    c = history.contact
    return ContactHistoryDocument(
        name=c.name,
        organisation=c.organisation,
        address=c.address,
        phone=c.phone,
        email=c.email,
        zone=c.zone_name,
        roles=history.roles,
        items=tuple(HistoryLine(i.at, i.kind, i.title, i.detail) for i in history.items),
    )
