"""An event's people: registered before it, checked in on the night (walk-ins counted or
registered on the spot with their consent), no-shows marked after it. Every change audited."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from anyascii import anyascii

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.contacts import ContactService, clean_contact, phone_digits
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks
from models.contacts import Contact
from models.database import db
from models.events import Attendance, Event
from models.privacy import AnonymisedContact

CONSENT_AT_EVENT = "at the event"


def fold(text: str) -> str:
    """Text as the type-ahead compares it: accents and case folded, spaces single
    ("zoe" finds Zoë, "OBRIEN" finds O'Brien's "obrien")."""
    return " ".join(anyascii(text or "").casefold().replace("'", "").split())


@dataclass(frozen=True)
class Attendee:
    contact_id: int
    name: str
    organisation: str
    phone: str
    status: str  # registered, attended, no_show
    checked_in_at: datetime | None  # office time
    key: str  # folded name, organisation and phone, for the type-ahead

    def matches(self, typed: str) -> bool:
        """Every word typed starts a word of the name or organisation (folded), or is found in
        the phone number's digits."""
        words = self.key.split()
        return all(
            any(w.startswith(t) or (t.isdigit() and t in w) for w in words)
            for t in fold(typed).split()
        )


@dataclass(frozen=True)
class EventCounts:
    event_id: int
    title: str
    kind: str
    status: str
    starts_at: datetime  # office time
    ends_at: datetime
    capacity: int | None
    registered: int  # everyone on the list, whatever became of them
    attended: int
    no_show: int
    walk_ins: int  # unregistered walk-ins, counted only

    @property
    def present(self) -> int:
        return self.attended + self.walk_ins

    @property
    def over_capacity(self) -> int:
        """How many registrations beyond the capacity (0 when within it or none is set)."""
        return max(0, self.registered - self.capacity) if self.capacity else 0


@dataclass(frozen=True)
class AttendanceList:
    counts: EventCounts
    people: tuple[Attendee, ...]  # by name

    def filtered(self, typed: str) -> list[Attendee]:
        return [p for p in self.people if p.matches(typed)]


@dataclass(frozen=True)
class Registered:
    """What register() did: who was added, who already was; a warning (not a refusal) when
    the event is now over its capacity."""

    added: tuple[int, ...]
    already: tuple[int, ...]
    attendance: AttendanceList

    @property
    def over_capacity(self) -> int:
        return self.attendance.counts.over_capacity


@dataclass(frozen=True)
class NewPerson:
    """A walk-in registered on the spot: a way to reach them, and their consent, asked now."""

    name: str
    phone: str = ""
    email: str = ""
    consent: bool = False


def _event(event_id: int) -> Any:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(f"no event with id {event_id}")
    return event


def _not_cancelled(event: Any) -> None:
    if event.status == "cancelled":
        raise ValidationError("event", "This event was cancelled")


def read_attendance(event_id: int) -> AttendanceList:
    """The event's counts and people (no permission check: callers have made theirs)."""
    event = _event(event_id)
    rows: Any = (
        Attendance.select(
            Attendance.status,
            Attendance.checked_in_at,
            Contact.id,
            Contact.name,
            Contact.organisation,
            Contact.phone,
        )
        .join(Contact)
        .where(Attendance.event == event_id)
        .order_by(Contact.name_key, Contact.id)
        .tuples()
    )
    people = tuple(
        Attendee(
            contact_id,
            name,
            organisation,
            phone,
            status,
            to_local(stored_datetime(at)) if at else None,
            fold(f"{name} {organisation} {phone} {phone_digits(phone)}"),
        )
        for status, at, contact_id, name, organisation, phone in rows
    )
    by_status = {s: sum(1 for p in people if p.status == s) for s in ("attended", "no_show")}
    counts = EventCounts(
        event.id,
        event.title,
        event.kind,
        event.status,
        to_local(stored_datetime(event.starts_at)),
        to_local(stored_datetime(event.ends_at)),
        event.capacity,
        len(people),
        by_status["attended"],
        by_status["no_show"],
        event.walk_ins,
    )
    return AttendanceList(counts, people)


def add_registrations(session: Session, event_id: int, contact_ids: Iterable[int]) -> Registered:
    """Register the contacts (inside the caller's transaction); those already registered are
    left as they are, merged-away or unknown contacts refused. Audited."""
    event = _event(event_id)
    _not_cancelled(event)
    wanted = list(dict.fromkeys(contact_ids))
    if not wanted:
        raise ValidationError("contacts", "Choose who to register")
    known: Any = Contact.select(Contact.id, Contact.merged_into).where(Contact.id.in_(wanted))
    found = {c.id: c.__data__.get("merged_into") for c in known}
    missing = [i for i in wanted if i not in found or found[i] is not None]
    if missing:
        raise ValidationError("contacts", "One of the contacts no longer exists or was merged")
    erased: Any = AnonymisedContact.select().where(AnonymisedContact.contact_id.in_(wanted))
    if erased.exists():
        raise ValidationError("contacts", "One of the contacts was anonymised at their request")
    listed: Any = Attendance.select(Attendance.contact).where(
        (Attendance.event == event_id) & Attendance.contact.in_(wanted)
    )
    already = {a.__data__["contact"] for a in listed}
    added = [i for i in wanted if i not in already]
    now = now_utc()
    for contact_id in added:
        Attendance.create(
            event=event_id, contact=contact_id, status="registered", registered_at=now
        )
    if added:
        audit.record(session, "update", "event", event_id, None, {"registered": added})
    return Registered(
        tuple(added), tuple(i for i in wanted if i in already), read_attendance(event_id)
    )


class AttendanceService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def attendance(self, event_id: int) -> AttendanceList:
        require(self.session, "event.read")
        return read_attendance(event_id)

    def register(self, event_id: int, contact_ids: Sequence[int]) -> Registered:
        """Register contacts before the event. Over capacity is a warning (Registered's
        over_capacity), not a refusal; registering someone twice changes nothing."""
        require(self.session, "event.register")
        with db.atomic():
            return add_registrations(self.session, event_id, contact_ids)

    def unregister(self, event_id: int, contact_id: int) -> AttendanceList:
        """Take a registration back (before anyone checked them in)."""
        require(self.session, "event.register")
        with db.atomic():
            row = self._row(event_id, contact_id)
            if row.status != "registered":
                raise ValidationError("contact", "Only someone not yet checked in can be removed")
            row.delete_instance()
            audit.record(self.session, "update", "event", event_id, {"registered": [contact_id]})
            return read_attendance(event_id)

    def check_in(self, event_id: int, contact_id: int) -> AttendanceList:
        """The registered person has arrived."""
        return self._set_status(event_id, contact_id, "attended")

    def undo_check_in(self, event_id: int, contact_id: int) -> AttendanceList:
        """Checked in by mistake (the wrong namesake): back to registered."""
        return self._set_status(event_id, contact_id, "registered")

    def _row(self, event_id: int, contact_id: int) -> Any:
        row = Attendance.get_or_none(
            (Attendance.event == event_id) & (Attendance.contact == contact_id)
        )
        if row is None:
            raise ValidationError("contact", "That person is not registered for this event")
        return row

    def _set_status(self, event_id: int, contact_id: int, status: str) -> AttendanceList:
        require(self.session, "event.run")
        with db.atomic():
            _not_cancelled(_event(event_id))
            row = self._row(event_id, contact_id)
            if row.status == status:
                raise ValidationError(
                    "contact",
                    "Already checked in" if status == "attended" else "Not checked in",
                )
            checked_in = now_utc() if status == "attended" else None
            Attendance.update(status=status, checked_in_at=checked_in).where(
                Attendance.id == row.id
            ).execute()
            audit.record(
                self.session,
                "update",
                "event",
                event_id,
                {"contact": contact_id, "attendance": row.status},
                {"contact": contact_id, "attendance": status},
            )
            return read_attendance(event_id)

    def count_walk_in(self, event_id: int, step: int = 1) -> AttendanceList:
        """One more unregistered walk-in (step 1), or one fewer (-1, a miscount)."""
        require(self.session, "event.run")
        if step not in (1, -1):
            raise ValidationError("walk_ins", "Count walk-ins one at a time")
        with db.atomic():
            event = _event(event_id)
            _not_cancelled(event)
            if event.walk_ins + step < 0:
                raise ValidationError("walk_ins", "No walk-ins are counted")
            Event.update(walk_ins=Event.walk_ins + step).where(Event.id == event_id).execute()
            audit.record(
                self.session,
                "update",
                "event",
                event_id,
                {"walk_ins": event.walk_ins},
                {"walk_ins": event.walk_ins + step},
            )
            return read_attendance(event_id)

    def register_walk_in(self, event_id: int, person: NewPerson) -> tuple[int, AttendanceList]:
        """A walk-in registered on the spot: a new contact with the consent they gave now
        (method "at the event"), registered and checked in. Returns the contact's id."""
        for permission in ("event.run", "contact.create", "contact.consent"):
            require(self.session, permission)
        attempt = Checks()
        attempt(lambda: clean_contact(person.name, person.phone, person.email))
        if not person.consent:
            attempt.errors.append(
                ValidationError("consent", "Ask for their consent to be contacted first")
            )
        attempt.done()
        with db.atomic():
            _not_cancelled(_event(event_id))
            contact = ContactService(self.session).create(person.name, person.phone, person.email)
            ContactCardService(self.session).give_consent(contact.id, CONSENT_AT_EVENT)
            add_registrations(self.session, event_id, [contact.id])
            self._set_status(event_id, contact.id, "attended")
            return contact.id, read_attendance(event_id)

    def mark_no_shows(self, event_id: int) -> AttendanceList:
        """After the event: everyone registered and not checked in is a no-show, in one step."""
        require(self.session, "event.run")
        with db.atomic():
            event = _event(event_id)
            _not_cancelled(event)
            if stored_datetime(event.ends_at) > now_utc():
                raise ValidationError("event", "No-shows are marked after the event has ended")
            waiting: Any = Attendance.select(Attendance.id, Attendance.contact).where(
                (Attendance.event == event_id) & (Attendance.status == "registered")
            )
            ids = [(a.id, a.__data__["contact"]) for a in waiting]
            if not ids:
                raise ValidationError("event", "Everyone registered was checked in")
            Attendance.update(status="no_show").where(
                Attendance.id.in_([i for i, _ in ids])
            ).execute()
            audit.record(
                self.session, "update", "event", event_id, None, {"no_show": [c for _, c in ids]}
            )
            return read_attendance(event_id)
