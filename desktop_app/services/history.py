"""One timeline per person: every interaction, report, event, patrol meeting and problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.reporting.contact_pdf import (
    ContactHistoryDocument,
    HistoryLine,
    build_contact_pdf,
)
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
        require(self.session, "contact.read")
        contact = ContactService(self.session).get(contact_id)
        zone = office_zone()
        items: list[TimelineItem] = []

        def local(value: Any) -> datetime:
            return to_local(stored_datetime(value), zone)

        interactions: Any = (
            Interaction.select(Interaction, User.display_name.alias("officer_name"))
            .join(InteractionContact)
            .switch(Interaction)
            .join(User, JOIN.LEFT_OUTER, on=(Interaction.officer == User.id))
            .where(InteractionContact.contact == contact_id)
            .objects()
        )
        for i in interactions:
            items.append(
                TimelineItem(
                    local(i.occurred_at),
                    "Interaction",
                    f"{label(CHANNEL_LABELS, i.channel)}: {i.purpose or 'contact'}",
                    f"{i.summary} ({i.officer_name or 'no officer'})".strip(),
                )
            )
        if allowed(self.session.role, "report.read"):
            made: Any = (
                Report.select(Report, Category.name.alias("cat"), Location.name.alias("loc"))
                .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
                .switch(Report)
                .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
                .where(Report.reporter == contact_id)
                .objects()
            )
            for r in made:
                items.append(
                    TimelineItem(
                        local(r.occurred_at),
                        "Report",
                        f"{r.number} reported: {r.cat or '—'} at {r.loc or '—'}",
                        f"Status: {label(REPORT_STATUS_LABELS, r.status)}",
                    )
                )
            involved: Any = (
                ReportPerson.select(ReportPerson, Report)
                .join(Report)
                .where(ReportPerson.contact == contact_id)
            )
            for p in involved:
                items.append(
                    TimelineItem(
                        local(p.report.occurred_at),
                        "Report",
                        f"{p.report.number}: {label(PERSON_ROLE_LABELS, p.role)}",
                        p.description,
                    )
                )
        attended: Any = (
            Attendance.select(Attendance, Event).join(Event).where(Attendance.contact == contact_id)
        )
        for a in attended:
            items.append(
                TimelineItem(
                    local(a.event.starts_at),
                    "Event",
                    a.event.title,
                    f"{label(ATTENDANCE_LABELS, a.status)} · {a.event.venue}",
                )
            )
        if allowed(self.session.role, "patrol.read"):
            met: Any = (
                PatrolEntryContact.select(PatrolEntryContact, PatrolEntry, Location)
                .join(PatrolEntry)
                .join(Location, JOIN.LEFT_OUTER)
                .where(PatrolEntryContact.contact == contact_id)
            )
            for m in met:
                items.append(
                    TimelineItem(
                        local(m.entry.at),
                        "Patrol",
                        f"Met on patrol at {m.entry.location.name if m.entry.location else '—'}",
                        m.entry.observation,
                    )
                )
        partnered: Any = (
            ProblemPartner.select(ProblemPartner, Problem)
            .join(Problem)
            .where(ProblemPartner.contact == contact_id)
        )
        for pp in partnered:
            when = pp.problem.identified_on
            start = datetime.combine(
                when if isinstance(when, date) else date.fromisoformat(str(when)), time(9)
            )
            items.append(
                TimelineItem(
                    start.replace(tzinfo=zone),
                    "Problem",
                    f"Partner in: {pp.problem.title}",
                    f"Stage: {label(PROBLEM_STAGE_LABELS, pp.problem.stage)}",
                )
            )
        roles = tuple(r.role for r in ContactRole.select().where(ContactRole.contact == contact_id))
        items.sort(key=lambda item: item.at, reverse=True)
        return ContactHistory(contact, roles, tuple(items))

    def save_contact_pdf(self, contact_id: int, folder: Path) -> Path:
        """The contact's history as a PDF; audited, since it discloses what the office knows."""
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


def _document(history: ContactHistory) -> ContactHistoryDocument:
    """The history as the PDF prints it (the reporting layer knows nothing of services)."""
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
