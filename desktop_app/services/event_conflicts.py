"""Clashes to warn about (never to refuse): an officer on two events at once, a venue booked twice.

Two events clash when each starts before the other ends; a cancelled event clashes with nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.services.clock import stored_datetime, to_local, to_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_input import EventInput
from desktop_app.services.event_plan import officer_ids_of
from desktop_app.services.event_rules import MAX_OCCURRENCES, clean_rule, local_starts
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.events import Event
from models.org import Location, User


@dataclass(frozen=True)
class Conflict:
    kind: str  # "officer" or "venue"
    what: str  # the officer's name, or the venue
    event_id: int  # the other event
    event_title: str
    starts: datetime  # the other event's times, office time
    ends: datetime


class EventConflicts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def check(
        self, data: EventInput, event_id: int | None = None, status: str = "planned"
    ) -> list[Conflict]:
        """What the event as typed clashes with (event_id: the event being edited, not counted
        against itself). Incomplete input (no end yet, end before start) clashes with nothing."""
        require(self.session, "event.read")
        if status == "cancelled" or data.ends <= data.starts:
            return []
        return self._clashes(data, [(to_utc(data.starts), to_utc(data.ends))], event_id)

    def check_series(self, data: EventInput, rule: str, horizon: date) -> list[Conflict]:
        """What any occurrence of a new series clashes with (each conflict names the other
        event, so its day). A rule or horizon not readable yet clashes with nothing: saving
        tells what is wrong with it."""
        require(self.session, "event.read")
        if data.ends <= data.starts:
            return []
        try:
            starts = local_starts(clean_rule(rule), data.starts, horizon)[:MAX_OCCURRENCES]
        except ValidationError:
            return []
        length = data.ends - data.starts
        times = [(to_utc(s), to_utc(s + length)) for s in starts or [data.starts]]
        return self._clashes(data, times, None)

    def _clashes(
        self, data: EventInput, times: list[tuple[datetime, datetime]], event_id: int | None
    ) -> list[Conflict]:
        """The events not cancelled that overlap any of times (stored UTC start and end)."""
        query = Event.select().where(
            (Event.starts_at < max(e for _, e in times))
            & (Event.ends_at > min(s for s, _ in times))
            & (Event.status != "cancelled")
        )
        if event_id is not None:
            query = query.where(Event.id != event_id)
        overlapping = [
            e
            for e in query
            if any(
                stored_datetime(e.starts_at) < end and stored_datetime(e.ends_at) > start
                for start, end in times
            )
        ]
        staff = {i for i in (data.lead_officer_id, *data.officer_ids) if i is not None}
        found = self._officers(overlapping, staff) + self._venues(overlapping, data)
        return sorted(found, key=lambda c: (c.starts, c.kind, c.what))

    def for_event(self, event_id: int) -> list[Conflict]:
        """What a stored event clashes with."""
        require(self.session, "event.read")
        event = Event.get_or_none(Event.id == event_id)
        if event is None:
            return []
        zone = to_local(stored_datetime(event.starts_at)).tzinfo
        data = EventInput(
            event.kind,
            event.title,
            to_local(stored_datetime(event.starts_at), zone).replace(tzinfo=None),
            to_local(stored_datetime(event.ends_at), zone).replace(tzinfo=None),
            "" if event.__data__.get("location") else event.venue,
            event.__data__.get("location"),
            lead_officer_id=event.__data__.get("lead_officer"),
            officer_ids=officer_ids_of(event_id),
        )
        return self.check(data, event_id, event.status)

    @staticmethod
    def _officers(overlapping: list[Event], staff: set[int]) -> list[Conflict]:
        if not staff:
            return []
        found: dict[tuple[int, int], Conflict] = {}
        names = {u.id: u.display_name for u in User.select().where(User.id.in_(staff))}
        for event in overlapping:
            people = {event.__data__.get("lead_officer")} | set(officer_ids_of(event.id))
            for officer_id in sorted(staff & people):
                found[(officer_id, event.id)] = _conflict("officer", names[officer_id], event)
        return list(found.values())

    @staticmethod
    def _venues(overlapping: list[Event], data: EventInput) -> list[Conflict]:
        """The same location, or the same venue typed (any case and spacing)."""
        venue = data.venue
        if data.location_id is not None:
            location = Location.get_or_none(Location.id == data.location_id)
            venue = location.name if location else ""
        key = _venue_key(venue)
        if not key and data.location_id is None:
            return []
        return [
            _conflict("venue", e.venue or venue, e)
            for e in overlapping
            if (data.location_id is not None and e.__data__.get("location") == data.location_id)
            or (key and _venue_key(e.venue) == key)
        ]


def _venue_key(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _conflict(kind: str, what: str, event: Event) -> Conflict:
    return Conflict(
        kind,
        what,
        event.id,
        event.title,
        to_local(stored_datetime(event.starts_at)),
        to_local(stored_datetime(event.ends_at)),
    )
