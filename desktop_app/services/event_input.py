"""What an event form sends (EventInput) and its checks: every field, every message at its field."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop_app.services.clock import to_local, to_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.validation import Checks, choice, clean_line, clean_text
from models.contacts import Contact
from models.events import EVENT_KINDS
from models.org import Location, User, Zone

MAX_LENGTH = timedelta(days=14)  # a longer event is a mistyped date, not a programme
MAX_CAPACITY = 100_000
EVENT_STAFF_ROLES = ("officer", "manager")


@dataclass(frozen=True)
class EventInput:
    """An event as typed. starts/ends are naive office-local wall-clock times. The venue is a
    location (location_id) or free text (venue); zone_id None takes the location's zone.
    capacity: a number, its text as typed, or None / "" for no limit."""

    kind: str
    title: str
    starts: datetime
    ends: datetime
    venue: str = ""
    location_id: int | None = None
    zone_id: int | None = None
    lead_officer_id: int | None = None
    officer_ids: tuple[int, ...] = ()
    partner_ids: tuple[int, ...] = ()
    capacity: int | str | None = None
    description: str = ""


@dataclass(frozen=True)
class CleanEvent:
    """An EventInput once checked: the row's values (UTC times) and its people."""

    values: dict[str, Any] = field(default_factory=dict)
    officer_ids: tuple[int, ...] = ()
    partner_ids: tuple[int, ...] = ()


def clean_event(
    data: EventInput, keep_officers: frozenset[int] = frozenset(), keep_location: int | None = None
) -> CleanEvent:
    """Check every field at once (ValidationErrors names each one wrong). keep_officers and
    keep_location: the event's people and venue already on it, which stay even if their account
    has since been closed or the location retired."""
    checks = Checks()
    kind = checks(lambda: choice("kind", data.kind, EVENT_KINDS, "Kind"))
    title = checks(lambda: clean_line("title", data.title, max_length=160, label="Title"))
    checks(lambda: _on_the_clock(data.starts, "starts", "Start"))
    checks(lambda: _on_the_clock(data.ends, "ends", "End"))
    checks(lambda: _check_times(data.starts, data.ends))
    location = checks(lambda: _location(data.location_id, keep_location))
    venue = checks(lambda: _venue(data.venue, location))
    zone_id = checks(lambda: _zone(data.zone_id, location))
    lead = checks(lambda: _lead(data.lead_officer_id, keep_officers))
    others = checks(lambda: _officers(data.officer_ids, keep_officers))
    partners = checks(lambda: _partners(data.partner_ids))
    capacity = checks(lambda: clean_capacity(data.capacity))
    description = checks(
        lambda: clean_text("description", data.description, max_length=4000, label="Description")
    )
    checks.done()
    values = {
        "kind": kind,
        "title": title,
        "starts_at": to_utc(data.starts),
        "ends_at": to_utc(data.ends),
        "venue": venue,
        "location": location.id if location else None,
        "zone": zone_id,
        "lead_officer": lead,
        "capacity": capacity,
        "description": description,
    }
    staff = tuple(dict.fromkeys(i for i in others if i != lead))  # the lead is not listed twice
    return CleanEvent(values, staff, tuple(dict.fromkeys(partners)))


def _on_the_clock(value: datetime, field_name: str, label: str) -> None:
    """Refuse a wall-clock time the office's clocks skip (they go forward): stored as it is, it
    would silently move by the hour skipped."""
    if value.tzinfo is None and to_local(to_utc(value)).replace(tzinfo=None) != value:
        raise ValidationError(
            field_name,
            f"{label} {value:%H:%M} does not happen on {value.day} {value:%B %Y}: the clocks go "
            "forward then; choose another time",
        )


def _check_times(starts: datetime, ends: datetime) -> None:
    if starts.tzinfo is not None or ends.tzinfo is not None:
        raise TypeError("EventInput times are naive office-local times")
    if ends <= starts:
        raise ValidationError("ends", "The event must end after it starts")
    if ends - starts > MAX_LENGTH:
        raise ValidationError("ends", "An event lasts at most 14 days: check the end date")


def _location(location_id: int | None, keep: int | None) -> Location | None:
    if location_id is None:
        return None
    location = Location.get_or_none(Location.id == location_id)
    if location is None:
        raise ValidationError("venue", "That location no longer exists; choose another")
    if not location.active and location_id != keep:
        raise ValidationError(
            "venue",
            f"{location.name} is retired from the locations; choose another, or type the place",
        )
    return location


def _venue(text: str, location: Location | None) -> str:
    """A location's name, or the free text typed (a hall that is not on the pick-list)."""
    if location is not None:
        return str(location.name)
    return clean_line("venue", text, max_length=200, required=False, label="Venue")


def _zone(zone_id: int | None, location: Location | None) -> int | None:
    if zone_id is None:
        return location.__data__.get("zone") if location is not None else None
    zone = Zone.get_or_none(Zone.id == zone_id)
    if zone is None:
        raise ValidationError("zone", "That zone no longer exists; choose another")
    return int(zone.id)


def _staff(user_id: int, keep: frozenset[int], field_name: str) -> int:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise ValidationError(field_name, "That officer no longer has an account")
    if user_id in keep:
        return user_id
    if not user.active:
        raise ValidationError(field_name, f"{user.display_name}'s account is closed")
    if user.role not in EVENT_STAFF_ROLES:
        raise ValidationError(field_name, f"{user.display_name} is not an officer or manager")
    return user_id


def _lead(user_id: int | None, keep: frozenset[int]) -> int:
    if user_id is None:
        raise ValidationError("lead_officer", "Choose the officer who leads the event")
    return _staff(user_id, keep, "lead_officer")


def _officers(ids: tuple[int, ...], keep: frozenset[int]) -> tuple[int, ...]:
    return tuple(_staff(i, keep, "officers") for i in ids)


def _partners(ids: tuple[int, ...]) -> tuple[int, ...]:
    for contact_id in ids:
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise ValidationError("partners", "A partner chosen no longer exists; remove it")
        if contact.__data__.get("merged_into"):
            raise ValidationError(
                "partners", f"{contact.name} was merged into another contact; choose that one"
            )
    return ids


def clean_capacity(value: int | str | None) -> int | None:
    """Blank is no limit; else a whole number from 0."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if not text:
            return None
        try:
            value = int(text)
        except ValueError:
            raise ValidationError(
                "capacity", "Capacity is a whole number of places, or blank"
            ) from None
    if value < 0:
        raise ValidationError("capacity", "Capacity cannot be negative")
    if value > MAX_CAPACITY:
        raise ValidationError("capacity", f"Capacity is at most {MAX_CAPACITY:,}")
    return value
