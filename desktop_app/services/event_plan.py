"""Planning one event: create, change, and its status (planned, confirmed, held or cancelled)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.event_input import EVENT_STAFF_ROLES, CleanEvent, EventInput, clean_event
from desktop_app.services.event_tasks import add_template_tasks
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_text
from models.contacts import Contact
from models.database import db
from models.events import Event, EventOfficer, EventPartner, EventSeries
from models.org import Location, User, Zone

# status -> the statuses it may move to. Held is final; a cancelled event may be planned again.
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "planned": ("confirmed", "held", "cancelled"),
    "confirmed": ("held", "cancelled", "planned"),
    "held": (),
    "cancelled": ("planned",),
}


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class EventDetail:
    id: int
    kind: str
    title: str
    starts: datetime  # office time (aware)
    ends: datetime
    venue: str
    location_id: int | None
    zone_id: int | None
    zone_name: str
    lead: Person | None
    officers: tuple[Person, ...]  # the others, besides the lead
    partners: tuple[Person, ...]
    capacity: int | None
    description: str
    status: str
    cancel_reason: str
    series_id: int | None
    series_rule: str  # "" for a one-off event
    updated_at: datetime | None  # office time

    def as_input(self) -> EventInput:
        """The event as its form shows it (naive office-local times)."""
        return EventInput(
            self.kind,
            self.title,
            self.starts.replace(tzinfo=None),
            self.ends.replace(tzinfo=None),
            "" if self.location_id else self.venue,
            self.location_id,
            self.zone_id,
            self.lead.id if self.lead else None,
            tuple(p.id for p in self.officers),
            tuple(p.id for p in self.partners),
            self.capacity,
            self.description,
        )


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    zone_id: int | None


@dataclass(frozen=True)
class FormChoices:
    """What the event form offers: active locations and zones, and who may staff an event."""

    locations: tuple[Place, ...]
    zones: tuple[Person, ...]
    officers: tuple[Person, ...]


def form_choices() -> FormChoices:
    locations = Location.select().where(Location.active == True).order_by(Location.name_key)  # noqa: E712
    zones = Zone.select().where(Zone.active == True).order_by(Zone.name_key)  # noqa: E712
    staff = (
        User.select()
        .where((User.active == True) & User.role.in_(EVENT_STAFF_ROLES))  # noqa: E712
        .order_by(User.display_name)
    )
    return FormChoices(
        tuple(Place(loc.id, loc.name, loc.__data__.get("zone")) for loc in locations),
        tuple(Person(z.id, z.name) for z in zones),
        tuple(Person(u.id, u.display_name) for u in staff),
    )


def event_snapshot(event_id: int) -> dict[str, Any]:
    """An event's values as its audit records show them (officers and partners by id)."""
    event = Event.get_by_id(event_id)
    return {
        **{
            name: event.__data__.get(name)
            for name in (
                "kind",
                "title",
                "starts_at",
                "ends_at",
                "venue",
                "location",
                "zone",
                "lead_officer",
                "capacity",
                "description",
                "status",
                "cancel_reason",
                "series",
                "series_start",
            )
        },
        "officers": sorted(officer_ids_of(event_id)),
        "partners": sorted(partner_ids_of(event_id)),
    }


def insert_event(
    clean: CleanEvent, series_id: int | None = None, series_start: datetime | None = None
) -> int:
    """A new event row with its people and its kind's checklist (inside the caller's
    transaction; the caller audits)."""
    event = Event.create(**clean.values, series=series_id, series_start=series_start)
    set_people(event.id, clean)
    day = to_local(clean.values["starts_at"]).date()
    add_template_tasks(event.id, clean.values["kind"], clean.values["lead_officer"], day)
    return int(event.id)


def set_people(event_id: int, clean: CleanEvent) -> None:
    EventOfficer.delete().where(EventOfficer.event == event_id).execute()
    EventPartner.delete().where(EventPartner.event == event_id).execute()
    if clean.officer_ids:
        EventOfficer.insert_many(
            [{"event": event_id, "officer": i} for i in clean.officer_ids]
        ).execute()
    if clean.partner_ids:
        EventPartner.insert_many(
            [{"event": event_id, "contact": i} for i in clean.partner_ids]
        ).execute()


def update_event(event_id: int, clean: CleanEvent, fields: tuple[str, ...] | None = None) -> None:
    """Write the checked values (only `fields` of them, when given; "officers" and "partners"
    name the people) to the event, inside the caller's transaction."""
    values = (
        clean.values if fields is None else {k: v for k, v in clean.values.items() if k in fields}
    )
    Event.update(**values, updated_at=now_utc()).where(Event.id == event_id).execute()
    if fields is None or "officers" in fields or "partners" in fields:
        current = _people_now(event_id)
        set_people(
            event_id,
            CleanEvent(
                clean.values,
                clean.officer_ids if fields is None or "officers" in fields else current[0],
                clean.partner_ids if fields is None or "partners" in fields else current[1],
            ),
        )


def _people_now(event_id: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return officer_ids_of(event_id), partner_ids_of(event_id)


def officer_ids_of(event_id: int) -> tuple[int, ...]:
    """The event's officers besides its lead."""
    query: Any = EventOfficer.select(EventOfficer.officer).where(EventOfficer.event == event_id)
    return tuple(int(officer) for (officer,) in query.tuples())


def partner_ids_of(event_id: int) -> tuple[int, ...]:
    query: Any = EventPartner.select(EventPartner.contact).where(EventPartner.event == event_id)
    return tuple(int(contact) for (contact,) in query.tuples())


def staff_of(event_id: int) -> frozenset[int]:
    """The event's lead and officers now (they stay on it though their account closes)."""
    row = Event.get_or_none(Event.id == event_id)
    if row is None:
        raise NotFound(f"no event with id {event_id}")
    officers = _people_now(event_id)[0]
    lead = row.__data__.get("lead_officer")
    return frozenset(officers) | ({lead} if lead else frozenset())


def location_of(event_id: int) -> int | None:
    """The event's location now (it stays on it though it has since been retired)."""
    row = Event.get_or_none(Event.id == event_id)
    return row.__data__.get("location") if row is not None else None


def load_detail(event_id: int) -> EventDetail:
    query = (
        Event.select(
            Event,
            User.display_name.alias("lead_name"),
            Zone.name.alias("zone_name"),
            EventSeries.rule.alias("series_rule"),
        )
        .join(User, JOIN.LEFT_OUTER, on=(Event.lead_officer == User.id))
        .switch(Event)
        .join(Zone, JOIN.LEFT_OUTER, on=(Event.zone == Zone.id))
        .switch(Event)
        .join(EventSeries, JOIN.LEFT_OUTER, on=(Event.series == EventSeries.id))
        .where(Event.id == event_id)
    )
    e = query.objects().first()
    if e is None:
        raise NotFound(f"no event with id {event_id}")
    officers = (
        User.select(User.id, User.display_name)
        .join(EventOfficer, on=(EventOfficer.officer == User.id))
        .where(EventOfficer.event == event_id)
        .order_by(User.display_name)
    )
    partners = (
        Contact.select(Contact.id, Contact.name)
        .join(EventPartner, on=(EventPartner.contact == Contact.id))
        .where(EventPartner.event == event_id)
        .order_by(Contact.name_key)
    )
    lead_id = e.__data__.get("lead_officer")
    return EventDetail(
        e.id,
        e.kind,
        e.title,
        to_local(stored_datetime(e.starts_at)),
        to_local(stored_datetime(e.ends_at)),
        e.venue,
        e.__data__.get("location"),
        e.__data__.get("zone"),
        e.zone_name or "",
        Person(lead_id, e.lead_name or "") if lead_id else None,
        tuple(Person(u.id, u.display_name) for u in officers if u.id != lead_id),
        tuple(Person(c.id, c.name) for c in partners),
        e.capacity,
        e.description,
        e.status,
        e.cancel_reason,
        e.__data__.get("series"),
        e.series_rule or "",
        to_local(stored_datetime(e.updated_at)) if e.updated_at else None,
    )


class EventPlanService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def choices(self) -> FormChoices:
        require(self.session, "event.read")
        return form_choices()

    def detail(self, event_id: int) -> EventDetail:
        require(self.session, "event.read")
        return load_detail(event_id)

    def create(self, data: EventInput) -> int:
        """A new one-off event with its kind's checklist; returns its id."""
        require(self.session, "event.plan")
        clean = clean_event(data)
        with db.atomic():
            event_id = insert_event(clean)
            audit.record(self.session, "create", "event", event_id, None, event_snapshot(event_id))
        return event_id

    def update(self, event_id: int, data: EventInput) -> None:
        """Change this event only (an occurrence of a series stays in it)."""
        require(self.session, "event.plan")
        with db.atomic():
            clean = clean_event(data, staff_of(event_id), location_of(event_id))
            before = event_snapshot(event_id)
            update_event(event_id, clean)
            audit.record(
                self.session, "update", "event", event_id, before, event_snapshot(event_id)
            )

    def set_status(self, event_id: int, status: str, reason: str = "") -> None:
        """Move along planned -> confirmed -> held, or cancel (a reason is required)."""
        require(self.session, "event.plan")
        with db.atomic():
            event = Event.get_or_none(Event.id == event_id)
            if event is None:
                raise NotFound(f"no event with id {event_id}")
            values = _status_values(event, status, reason)
            before = event_snapshot(event_id)
            Event.update(**values, updated_at=now_utc()).where(Event.id == event_id).execute()
            audit.record(
                self.session, "update", "event", event_id, before, event_snapshot(event_id)
            )


def _status_values(event: Event, status: str, reason: str) -> dict[str, Any]:
    if status not in NEXT_STATUSES.get(event.status, ()):
        raise ValidationError("status", _refusal(event.status, status))
    if status == "held" and stored_datetime(event.starts_at) > now_utc():
        raise ValidationError("status", "An event can be marked held once it has started")
    if status == "cancelled":
        text = clean_text("cancel_reason", reason, max_length=1000, label="Reason")
        if not text:
            raise ValidationError("cancel_reason", "Say why the event is cancelled")
        return {"status": status, "cancel_reason": text}
    return {"status": status, "cancel_reason": ""}


def _refusal(now: str, wanted: str) -> str:
    if now == wanted:
        return f"The event is already {now}"
    if now == "held":
        return "The event has been held; its status no longer changes"
    return f"A {now} event cannot be marked {wanted}"
