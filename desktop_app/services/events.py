"""Events as the Reports tab needs them: a list to choose from and an event's sign-in sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import JOIN, fn

from desktop_app.services import audit
from desktop_app.services.clock import local_day_bounds, office_zone, stored_datetime, to_local
from desktop_app.services.errors import NotFound
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.printing import print_recorded
from desktop_app.services.session import Session
from models.contacts import Contact
from models.events import Attendance, Event
from models.org import Location, User, Zone

if TYPE_CHECKING:
    from desktop_app.reporting.flyer_pdf import FlyerDocument
    from desktop_app.reporting.sign_in_pdf import SignInSheetDocument


@dataclass(frozen=True)
class EventRow:
    id: int
    starts_at: datetime
    ends_at: datetime
    kind: str
    title: str
    venue: str
    status: str
    lead: str
    registered: int
    capacity: int | None
    zone: str = ""


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str
    phone: str
    status: str


@dataclass(frozen=True)
class SignInSheet:
    event: EventRow
    attendees: tuple[Attendee, ...]


def event_query() -> Any:
    """Events with their lead's name, zone's name and number of people registered, as one
    query (the list, the calendar and the sheet add their own conditions and order)."""
    registered = Attendance.select(fn.COUNT(Attendance.id)).where(Attendance.event == Event.id)
    return (
        Event.select(
            Event,
            User.display_name.alias("lead_name"),
            Zone.name.alias("zone_name"),
            registered.alias("registered"),
        )
        .join(User, JOIN.LEFT_OUTER, on=(Event.lead_officer == User.id))
        .switch(Event)
        .join(Zone, JOIN.LEFT_OUTER, on=(Event.zone == Zone.id))
    )


def event_rows(query: Any) -> list[EventRow]:
    """The rows of an event_query(), times in office time."""
    zone = office_zone()
    return [
        EventRow(
            e.id,
            to_local(stored_datetime(e.starts_at), zone),
            to_local(stored_datetime(e.ends_at), zone),
            e.kind,
            e.title,
            e.venue,
            e.status,
            e.lead_name or "",
            int(e.registered or 0),
            e.capacity,
            e.zone_name or "",
        )
        for e in query.objects()
    ]


class EventService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, query: Any) -> list[EventRow]:
        return event_rows(query)

    def _query(self) -> Any:
        return event_query()

    def between(self, first: date, last: date) -> list[EventRow]:
        """Events starting on office-local days first..last, in time order."""
        require(self.session, "event.read")
        start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
        return self._rows(
            self._query()
            .where((Event.starts_at >= start) & (Event.starts_at < end))
            .order_by(Event.starts_at)
        )

    def sign_in_sheet(self, event_id: int) -> SignInSheet:
        require(self.session, "event.read")
        rows = self._rows(self._query().where(Event.id == event_id))
        if not rows:
            raise NotFound(f"no event with id {event_id}")
        people: Any = (
            Attendance.select(Attendance, Contact)
            .join(Contact)
            .where(Attendance.event == event_id)
            .order_by(Contact.name_key)
        )
        return SignInSheet(
            rows[0],
            tuple(
                Attendee(a.contact.name, a.contact.organisation, a.contact.phone, a.status)
                for a in people
            ),
        )

    def save_sign_in_pdf(self, event_id: int, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return self.write_sign_in_pdf(event_id, folder / f"sign-in-{event_id}.pdf")

    def write_sign_in_pdf(self, event_id: int, out: Path) -> Path:
        """The sheet lists people's phone numbers: its printing is recorded, once it is at out."""
        from desktop_app.reporting.sign_in_pdf import build_sign_in_pdf  # reportlab: see below

        sheet = self.sign_in_sheet(event_id)
        settings = load_office_settings()
        return print_recorded(
            out,
            lambda path: build_sign_in_pdf(
                _document(sheet), settings.office_name, path, settings.paper_size
            ),
            lambda: audit.record(
                self.session, "print", "event", event_id, None, {"document": "sign-in sheet"}
            ),
        )

    def flyer(self, event_id: int) -> FlyerDocument:
        """The flyer's facts: the event, its venue's address, its lead, the office's phone."""
        from desktop_app.reporting.flyer_pdf import FlyerDocument  # reportlab: see _document

        require(self.session, "event.read")
        event: Any = (
            Event.select(Event, User.display_name.alias("lead_name"), Location.address)
            .join(User, JOIN.LEFT_OUTER, on=(Event.lead_officer == User.id))
            .switch(Event)
            .join(Location, JOIN.LEFT_OUTER, on=(Event.location == Location.id))
            .where(Event.id == event_id)
            .objects()
            .first()
        )
        if event is None:
            raise NotFound(f"no event with id {event_id}")
        settings = load_office_settings()
        zone = office_zone()
        return FlyerDocument(
            title=event.title,
            kind=event.kind,
            starts_at=to_local(stored_datetime(event.starts_at), zone),
            ends_at=to_local(stored_datetime(event.ends_at), zone),
            venue=event.venue,
            address=event.address or "",
            description=event.description,
            lead=event.lead_name or "",
            office_name=settings.office_name,
            office_phone=settings.phone,
            cancelled=event.status == "cancelled",
        )

    def save_flyer_pdf(self, event_id: int, folder: Path) -> Path:
        """The flyer as a PDF in folder (nothing personal on it but the lead's name: not
        audited, as the calendar export is not)."""
        from desktop_app.reporting.flyer_pdf import build_flyer_pdf

        flyer = self.flyer(event_id)
        folder.mkdir(parents=True, exist_ok=True)
        paper = load_office_settings().paper_size
        return build_flyer_pdf(flyer, folder / f"flyer-{event_id}.pdf", paper)


def _document(sheet: SignInSheet) -> SignInSheetDocument:
    """The sheet as the PDF prints it (the reporting layer knows nothing of services). The PDF
    builder, and reportlab with it, loads with the first sheet printed, not with the window."""
    from desktop_app.reporting.sign_in_pdf import SignInPerson, SignInSheetDocument

    event = sheet.event
    return SignInSheetDocument(
        title=event.title,
        kind=event.kind,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        venue=event.venue,
        lead=event.lead,
        attendees=tuple(SignInPerson(a.name, a.organisation, a.phone) for a in sheet.attendees),
    )
