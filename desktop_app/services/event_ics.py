"""Events as an iCalendar file (RFC 5545, through the `icalendar` package): one event or every
event starting in a range of office-local days, in the office's time zone with its VTIMEZONE, so
a phone's calendar shows the right hour on both sides of a daylight-saving change.

- UID: `event-<id>@<office uid>.beacon`; the office uid is a random id kept as a setting made on
  the first export, so two exports give an event the same UID and two offices never share one.
- DTSTAMP and LAST-MODIFIED: when the event last changed (updated_at, else created_at), as RFC
  5545 asks of a file without METHOD; the same data exports to the same file.
- SEQUENCE: seconds from the event's creation to its last change (0 if never changed): it grows
  with every edit, as calendars need to take the newer copy.
- A series' occurrences are rows of their own, each exported as an event with its own UID and no
  RECURRENCE-ID (a RECURRENCE-ID would need a master event with the series' RRULE and the same
  UID, which an occurrence edited or cancelled on its own would then have to override).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.services.clock import local_day_bounds, office_zone, stored_datetime
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS, label
from models.events import Event
from models.org import Location, Setting, User

OFFICE_UID_KEY = "office_uid"  # a setting nobody edits: the office's part of every event's UID
PRODID = "-//Beacon//Events//EN"
ICS_STATUS = {
    "planned": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
}


@dataclass(frozen=True)
class IcsExport:
    data: bytes
    events: int


def office_uid() -> str:
    """This office's stable id, made on first use (two workstations at once agree on one)."""
    row = Setting.get_or_none(Setting.key == OFFICE_UID_KEY)
    if row is None:
        Setting.insert(
            key=OFFICE_UID_KEY, value=json.dumps(secrets.token_hex(8))
        ).on_conflict_ignore().execute()
        row = Setting.get(Setting.key == OFFICE_UID_KEY)
    return str(json.loads(row.value))


def event_uid(event_id: int, office: str) -> str:
    return f"event-{event_id}@{office}.beacon"


class EventIcs:
    def __init__(self, session: Session) -> None:
        self.session = session

    def one(self, event_id: int) -> IcsExport:
        require(self.session, "event.read")
        events = list(_query().where(Event.id == event_id))
        if not events:
            raise NotFound(f"no event with id {event_id}")
        return _calendar(events)

    def between(self, first: date, last: date) -> IcsExport:
        """Every event starting on the office-local days first..last, cancelled ones too."""
        require(self.session, "event.read")
        if last < first:
            raise ValidationError("last", f"the range ends ({last}) before it starts ({first})")
        try:
            start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
        except OverflowError:  # a day at the calendar's very ends has no UTC bounds
            raise ValidationError(
                "last", f"the range {first} to {last} is too wide; choose days in years 2 to 9998"
            ) from None
        events = list(
            _query()
            .where((Event.starts_at >= start) & (Event.starts_at < end))
            .order_by(Event.starts_at, Event.id)
        )
        return _calendar(events)

    def save(self, export: IcsExport, out: Path) -> Path:
        """Write beside the target and rename when complete: a failed write leaves no file."""
        partial = out.with_name(out.name + ".partial")
        try:
            partial.write_bytes(export.data)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
        return out


def _query() -> Any:
    return (
        Event.select(
            Event,
            User.display_name.alias("lead_name"),
            Location.name.alias("location_name"),
        )
        .join(User, on=(Event.lead_officer == User.id), join_type=JOIN.LEFT_OUTER)
        .switch(Event)
        .join(Location, on=(Event.location == Location.id), join_type=JOIN.LEFT_OUTER)
        .objects()
    )


def _calendar(events: list[Any]) -> IcsExport:
    from icalendar import Calendar  # a dozen modules: loaded with the first export

    settings = load_office_settings()
    zone = office_zone()
    uid = office_uid()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{settings.office_name} events")
    calendar.add("x-wr-timezone", settings.zone_name())
    for event in events:
        calendar.add_component(_vevent(event, zone, uid, settings.phone))
    if events:
        starts = [stored_datetime(e.starts_at) for e in events]
        ends = [stored_datetime(e.ends_at) for e in events]
        # Only the years the events need: a zone's rules since 1970 would be most of the file.
        calendar.add_missing_timezones(
            first_date=date(min(starts).year - 1, 1, 1),
            last_date=date(max(ends).year + 1, 12, 31),
        )
    return IcsExport(calendar.to_ical(), len(events))


def _local(stored: object, zone: tzinfo) -> datetime:
    return stored_datetime(stored).replace(tzinfo=UTC).astimezone(zone)


def _vevent(event: Any, zone: tzinfo, office: str, phone: str) -> Any:
    from icalendar import Event as VEvent

    created = stored_datetime(event.created_at)
    changed = stored_datetime(event.updated_at) if event.updated_at else created
    item = VEvent()
    item.add("uid", event_uid(event.id, office))
    item.add("dtstamp", changed.replace(tzinfo=UTC))
    item.add("created", created.replace(tzinfo=UTC))
    item.add("last-modified", changed.replace(tzinfo=UTC))
    item.add("sequence", max(0, int((changed - created) / timedelta(seconds=1))))
    item.add("dtstart", _local(event.starts_at, zone))
    item.add("dtend", _local(event.ends_at, zone))
    item.add("summary", event.title)
    where = ", ".join(dict.fromkeys(p for p in (event.venue, event.location_name or "") if p))
    if where:
        item.add("location", where)
    item.add("description", _description(event, phone))
    item.add("status", ICS_STATUS.get(event.status, "TENTATIVE"))
    item.add("categories", [label(EVENT_KIND_LABELS, event.kind)])
    return item


def _description(event: Any, phone: str) -> str:
    lines = [event.description.strip()] if event.description.strip() else []
    if event.status == "cancelled":
        lines.insert(0, "Cancelled" + (f": {event.cancel_reason}" if event.cancel_reason else "."))
    lines.append(f"{label(EVENT_KIND_LABELS, event.kind)}.")
    if event.lead_name:
        lines.append(f"Lead officer: {event.lead_name}.")
    if phone:
        lines.append(f"Questions: call the office on {phone}.")
    return "\n".join(lines)
