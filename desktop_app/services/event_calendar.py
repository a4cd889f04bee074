"""The Events tab's reads: a month's marks, the filtered list a page at a time, and the event
page's summary.

The list runs upcoming first (events starting from the beginning of today, office time, soonest
first), then the past, newest first: the desk looks ahead, and last month's meeting is next. Each
part is one range of the index on starts_at read in order, a page at a time by keyset (no OFFSET).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from desktop_app.services.clock import (
    local_day_bounds,
    now_local,
    office_zone,
    stored_datetime,
    to_local,
    to_utc,
)
from desktop_app.services.errors import NotFound
from desktop_app.services.events import EventRow, event_query, event_rows
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.events import Attendance, Event, EventOfficer
from models.org import Location, User, Zone

PAGE = 100
UPCOMING, PAST = 0, 1  # the list's two parts, in the order shown


@dataclass(frozen=True)
class DayMark:
    """An office-local day's events, for the month view."""

    day: date
    kinds: tuple[str, ...]  # distinct, in the order of the day's events
    statuses: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class EventFilter:
    kind: str | None = None
    status: str | None = None
    zone_id: int | None = None
    officer_id: int | None = None  # the lead or one of the other officers
    first: date | None = None  # office-local days, inclusive
    last: date | None = None


@dataclass(frozen=True)
class EventCursor:
    """Where a page ended: the part of the list, its last row's start (stored UTC) and id."""

    part: int
    starts_at: datetime
    id: int


@dataclass(frozen=True)
class Officer:
    id: int
    name: str


@dataclass(frozen=True)
class EventSummary:
    """The event page's header."""

    id: int
    title: str
    kind: str
    status: str
    cancel_reason: str
    starts_at: datetime  # office time
    ends_at: datetime
    venue: str
    location: str
    zone: str
    lead: str
    officers: tuple[str, ...]  # the others
    description: str
    capacity: int | None
    registered: int  # everyone on the list: registered, attended or no-show
    attended: int
    no_shows: int
    walk_ins: int
    in_series: bool


class EventCalendar:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- the month view ----------------------------------------------------------------------
    def month_marks(self, year: int, month: int) -> list[DayMark]:
        """Each office-local day of the month that has events: their kinds, statuses, count."""
        require(self.session, "event.read")
        first = date(year, month, 1)
        after = date(year + month // 12, month % 12 + 1, 1)
        start, end = local_day_bounds(first)[0], local_day_bounds(after)[0]
        query: Any = (
            Event.select(Event.starts_at, Event.kind, Event.status)
            .where((Event.starts_at >= start) & (Event.starts_at < end))
            .order_by(Event.starts_at, Event.id)
            .tuples()
        )
        zone = office_zone()
        days: dict[date, list[tuple[str, str]]] = defaultdict(list)
        for starts_at, kind, status in query:
            days[to_local(stored_datetime(starts_at), zone).date()].append((kind, status))
        return [
            DayMark(
                day,
                tuple(dict.fromkeys(k for k, _ in events)),
                tuple(dict.fromkeys(s for _, s in events)),
                len(events),
            )
            for day, events in sorted(days.items())
        ]

    # ---- the list ----------------------------------------------------------------------------
    def _where(self, flt: EventFilter) -> Any:
        condition: Any = Event.id.is_null(False)
        if flt.kind:
            condition &= Event.kind == flt.kind
        if flt.status:
            condition &= Event.status == flt.status
        if flt.zone_id is not None:
            condition &= Event.zone == flt.zone_id
        if flt.officer_id is not None:
            staffed = EventOfficer.select(EventOfficer.event).where(
                EventOfficer.officer == flt.officer_id
            )
            condition &= (Event.lead_officer == flt.officer_id) | Event.id.in_(staffed)
        if flt.first is not None:
            condition &= Event.starts_at >= local_day_bounds(flt.first)[0]
        if flt.last is not None:
            condition &= Event.starts_at < local_day_bounds(flt.last)[1]
        return condition

    def page(
        self, flt: EventFilter, after: EventCursor | None = None, limit: int = PAGE
    ) -> tuple[list[EventRow], EventCursor | None]:
        """The next page of the list after the cursor (None: from the top), and the cursor to
        read on from (None: the list is at its end)."""
        require(self.session, "event.read")
        today = local_day_bounds(now_local().date())[0]
        part = UPCOMING if after is None else after.part
        cursor = after
        rows: list[tuple[int, EventRow]] = []
        while part <= PAST:
            wanted = limit - len(rows)
            found = self._part(flt, part, today, cursor, wanted + 1)  # one more: is there more?
            if len(found) > wanted:
                rows += [(part, row) for row in found[:wanted]]
                if not rows:  # limit 0
                    return [], after
                last_part, last = rows[-1]
                return [r for _, r in rows], EventCursor(last_part, to_utc(last.starts_at), last.id)
            rows += [(part, row) for row in found]
            part, cursor = part + 1, None
        return [r for _, r in rows], None

    def _part(
        self,
        flt: EventFilter,
        part: int,
        today: datetime,
        after: EventCursor | None,
        limit: int,
    ) -> list[EventRow]:
        """Upcoming: starting today or later, soonest first; past: before today, newest first."""
        condition = self._where(flt)
        order: tuple[Any, ...]
        if part == UPCOMING:
            condition &= Event.starts_at >= today
            order = (Event.starts_at, Event.id)
            if after is not None:
                condition &= (Event.starts_at > after.starts_at) | (
                    (Event.starts_at == after.starts_at) & (Event.id > after.id)
                )
        else:
            condition &= Event.starts_at < today
            order = (Event.starts_at.desc(), Event.id.desc())
            if after is not None:
                condition &= (Event.starts_at < after.starts_at) | (
                    (Event.starts_at == after.starts_at) & (Event.id < after.id)
                )
        return event_rows(event_query().where(condition).order_by(*order).limit(limit))

    def count(self, flt: EventFilter) -> int:
        require(self.session, "event.read")
        return int(Event.select().where(self._where(flt)).count())

    def on_day(self, day: date) -> list[EventRow]:
        """A day's events in time order (Enter on a day with more than one)."""
        require(self.session, "event.read")
        start, end = local_day_bounds(day)
        return event_rows(
            event_query()
            .where((Event.starts_at >= start) & (Event.starts_at < end))
            .order_by(Event.starts_at, Event.id)
        )

    def officers(self) -> list[Officer]:
        """Everyone who leads or staffs an event, by name (the list's officer filter)."""
        require(self.session, "event.read")
        staff = EventOfficer.select(EventOfficer.officer)
        leads = Event.select(Event.lead_officer).where(Event.lead_officer.is_null(False))
        query: Any = (
            User.select(User.id, User.display_name)
            .where(User.id.in_(staff) | User.id.in_(leads))
            .order_by(User.display_name)
            .tuples()
        )
        return [Officer(int(i), str(n)) for i, n in query]

    # ---- the event page ----------------------------------------------------------------------
    def summary(self, event_id: int) -> EventSummary:
        require(self.session, "event.read")
        event: Any = Event.get_or_none(Event.id == event_id)
        if event is None:
            raise NotFound(f"no event with id {event_id}")
        counted: Any = (
            Attendance.select(Attendance.status, fn.COUNT(Attendance.id))
            .where(Attendance.event == event_id)
            .group_by(Attendance.status)
            .tuples()
        )
        counts: dict[str, int] = {str(s): int(n) for s, n in counted}
        names: Any = (
            User.select(User.display_name)
            .join(EventOfficer, on=(EventOfficer.officer == User.id))
            .where((EventOfficer.event == event_id) & (User.id != event.lead_officer_id))
            .order_by(User.display_name)
            .tuples()
        )
        zone = office_zone()
        return EventSummary(
            id=event.id,
            title=event.title,
            kind=event.kind,
            status=event.status,
            cancel_reason=event.cancel_reason or "",
            starts_at=to_local(stored_datetime(event.starts_at), zone),
            ends_at=to_local(stored_datetime(event.ends_at), zone),
            venue=event.venue,
            location=_name(Location, event.location_id),
            zone=_name(Zone, event.zone_id),
            lead=_name(User, event.lead_officer_id, User.display_name),
            officers=tuple(n for (n,) in names),
            description=event.description,
            capacity=event.capacity,
            registered=sum(counts.values()),
            attended=counts.get("attended", 0),
            no_shows=counts.get("no_show", 0),
            walk_ins=event.walk_ins,
            in_series=event.series_id is not None,
        )


def _name(model: Any, row_id: int | None, column: Any = None) -> str:
    if row_id is None:
        return ""
    found = model.select(column or model.name).where(model.id == row_id).tuples().first()
    return str(found[0]) if found else ""
