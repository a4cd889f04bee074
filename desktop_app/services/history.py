"""One timeline per person: every interaction, report, event, patrol meeting and problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.contacts import ContactMatch, ContactService
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.vocabulary import (
    ATTENDANCE_LABELS,
    CHANNEL_LABELS,
    PERSON_ROLE_LABELS,
    PROBLEM_STAGE_LABELS,
    REPORT_STATUS_LABELS,
    label,
)
from models.contacts import ContactRole
from models.database import db
from models.events import Attendance, Event
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User
from models.patrol import PatrolEntry, PatrolEntryContact
from models.problems import Problem, ProblemPartner
from models.reports import Report, ReportPerson

if TYPE_CHECKING:
    from desktop_app.reporting.contact_pdf import ContactHistoryDocument


@dataclass(frozen=True)
class TimelineItem:
    at: datetime  # office time
    kind: str  # Interaction, Report, Event, Patrol, Problem
    title: str
    detail: str


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
        meetings only for those who may read them."""
        require(self.session, "contact.read")
        contact = ContactService(self.session).get(contact_id)
        zone = office_zone()
        items = [*_interactions(contact_id, zone)]
        if allowed(self.session.role, "report.read"):
            items += _reports_made(contact_id, zone)
            items += _reports_involved(contact_id, zone)
        items += _events_attended(contact_id, zone)
        if allowed(self.session.role, "patrol.read"):
            items += _patrol_meetings(contact_id, zone)
        items += _problems_partnered(contact_id, zone)
        roles = tuple(r.role for r in ContactRole.select().where(ContactRole.contact == contact_id))
        items.sort(key=lambda item: item.at, reverse=True)
        return ContactHistory(contact, roles, tuple(items))

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


def _local(value: Any, zone: tzinfo) -> datetime:
    return to_local(stored_datetime(value), zone)


def _interactions(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    found: Any = (
        Interaction.select(Interaction, User.display_name.alias("officer_name"))
        .join(InteractionContact)
        .switch(Interaction)
        .join(User, JOIN.LEFT_OUTER, on=(Interaction.officer == User.id))
        .where(InteractionContact.contact == contact_id)
        .objects()
    )
    return [
        TimelineItem(
            _local(i.occurred_at, zone),
            "Interaction",
            f"{label(CHANNEL_LABELS, i.channel)}: {i.purpose or 'contact'}",
            f"{i.summary} ({i.officer_name or 'no officer'})".strip(),
        )
        for i in found
    ]


def _reports_made(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    made: Any = (
        Report.select(Report, Category.name.alias("cat"), Location.name.alias("loc"))
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
        .where(Report.reporter == contact_id)
        .objects()
    )
    return [
        TimelineItem(
            _local(r.occurred_at, zone),
            "Report",
            f"{r.number} reported: {r.cat or '—'} at {r.loc or '—'}",
            f"Status: {label(REPORT_STATUS_LABELS, r.status)}",
        )
        for r in made
    ]


def _reports_involved(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    involved: Any = (
        ReportPerson.select(ReportPerson, Report)
        .join(Report)
        .where(ReportPerson.contact == contact_id)
    )
    return [
        TimelineItem(
            _local(p.report.occurred_at, zone),
            "Report",
            f"{p.report.number}: {label(PERSON_ROLE_LABELS, p.role)}",
            p.description,
        )
        for p in involved
    ]


def _events_attended(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    attended: Any = (
        Attendance.select(Attendance, Event).join(Event).where(Attendance.contact == contact_id)
    )
    return [
        TimelineItem(
            _local(a.event.starts_at, zone),
            "Event",
            a.event.title,
            f"{label(ATTENDANCE_LABELS, a.status)} · {a.event.venue}",
        )
        for a in attended
    ]


def _patrol_meetings(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    met: Any = (
        PatrolEntryContact.select(PatrolEntryContact, PatrolEntry, Location)
        .join(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER)
        .where(PatrolEntryContact.contact == contact_id)
    )
    return [
        TimelineItem(
            _local(m.entry.at, zone),
            "Patrol",
            f"Met on patrol at {m.entry.location.name if m.entry.location else '—'}",
            m.entry.observation,
        )
        for m in met
    ]


def _problems_partnered(contact_id: int, zone: tzinfo) -> list[TimelineItem]:
    """A problem has a day, not a time: it is placed at nine in the morning of that day."""
    partnered: Any = (
        ProblemPartner.select(ProblemPartner, Problem)
        .join(Problem)
        .where(ProblemPartner.contact == contact_id)
    )
    items = []
    for pp in partnered:
        when = pp.problem.identified_on
        day = when if isinstance(when, date) else date.fromisoformat(str(when))
        items.append(
            TimelineItem(
                datetime.combine(day, time(9)).replace(tzinfo=zone),
                "Problem",
                f"Partner in: {pp.problem.title}",
                f"Stage: {label(PROBLEM_STAGE_LABELS, pp.problem.stage)}",
            )
        )
    return items


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
