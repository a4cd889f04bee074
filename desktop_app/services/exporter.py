"""`beacon export`: RFC 4180 CSV that is safe to open in a spreadsheet, streamed row by row."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from peewee import JOIN, fn

from desktop_app.services import audit
from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.reports import joined_reports
from desktop_app.services.session import Session
from desktop_app.vocabulary import EXPORT_KINDS
from models.contacts import Contact, ContactRole
from models.database import db
from models.events import Attendance, Event
from models.org import Location, User, Zone
from models.patrol import PatrolEntry
from models.reports import Report

KINDS = EXPORT_KINDS
# A cell a spreadsheet would run as a formula; prefixed with ' so it stays text.
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_DANGEROUS = frozenset(DANGEROUS_START)
_MINUTES = [f"{m:02d}" for m in range(60)]


def safe_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(DANGEROUS_START) else text


class _Times:
    """Stored UTC as office time, to the minute. Exports call this a million times: a time
    stored as SQLite text is converted by cutting the text, with the office's offset worked out
    once per UTC hour; anything else (an offset that changes within that hour or is not whole
    minutes, a datetime from PostgreSQL) goes the exact way."""

    def __init__(self) -> None:
        self.zone = office_zone()
        self._hours: dict[str, tuple[str, int, str] | None] = {}

    def __call__(self, value: object) -> str:
        if isinstance(value, str) and len(value) >= 16 and value[13] == ":":
            key = value[:13]
            hour = self._hours[key] if key in self._hours else self._hour(key)
            if hour is not None:
                prefix, first_minute, next_prefix = hour
                minute = first_minute + int(value[14:16])
                return (
                    prefix + _MINUTES[minute]
                    if minute < 60
                    else next_prefix + _MINUTES[minute - 60]
                )
        return self._exact(value)

    def _exact(self, value: object) -> str:
        return (
            to_local(stored_datetime(value), self.zone).strftime("%Y-%m-%d %H:%M") if value else ""
        )

    def _hour(self, text: str) -> tuple[str, int, str] | None:
        """For a UTC hour ('YYYY-MM-DD HH'): the local 'YYYY-MM-DD HH:' its first minute falls
        in, that minute, and the next local hour's prefix; None when cutting text would not do."""
        try:
            start = datetime.strptime(text, "%Y-%m-%d %H").replace(tzinfo=UTC)
        except ValueError:
            start = None
        self._hours[text] = hour = None if start is None else self._offset_hour(start)
        return hour

    def _offset_hour(self, start: datetime) -> tuple[str, int, str] | None:
        first = start.astimezone(self.zone)
        last = (start + timedelta(minutes=59, seconds=59)).astimezone(self.zone)
        offset = first.utcoffset()
        if offset != last.utcoffset() or offset is None or offset.total_seconds() % 60:
            return None
        following = first + timedelta(hours=1)
        return first.strftime("%Y-%m-%d %H:"), first.minute, following.strftime("%Y-%m-%d %H:")


def _contacts(when: _Times) -> tuple[list[str], Iterator[list[str]]]:
    header = [
        "id",
        "kind",
        "name",
        "organisation",
        "phone",
        "email",
        "address",
        "zone",
        "roles",
        "notes",
        "consent",
        "created_at",
    ]
    roles: dict[int, list[str]] = {}
    pairs: Any = ContactRole.select(ContactRole.contact, ContactRole.role).tuples()
    for contact_id, role in pairs:
        roles.setdefault(contact_id, []).append(role)
    query: Any = (
        Contact.select(Contact, Zone.name.alias("zone_name"))
        .join(Zone, JOIN.LEFT_OUTER, on=(Contact.zone == Zone.id))
        .where(Contact.merged_into.is_null())
        .order_by(Contact.id)
        .objects()
    )
    rows = (
        [
            c.id,
            c.kind,
            c.name,
            c.organisation,
            c.phone,
            c.email,
            c.address,
            c.zone_name or "",
            "; ".join(roles.get(c.id, [])),
            c.notes,
            c.consent,
            when(c.created_at),
        ]
        for c in query.iterator()
    )
    return header, _cells(rows)


def _reports(when: _Times) -> tuple[list[str], Iterator[list[str]]]:
    header = [
        "number",
        "occurred_at",
        "received_at",
        "category",
        "location",
        "zone",
        "severity",
        "status",
        "reporter_name",
        "reporter_phone",
        "anonymous",
        "received_by",
        "assigned_officer",
        "follow_up_due",
        "police_reference",
        "narrative",
        "action_taken",
        "void_reason",
    ]
    query: Any = joined_reports().order_by(Report.received_at, Report.id).objects()
    rows = (
        [
            r.number,
            when(r.occurred_at),
            when(r.received_at),
            r.category_name or "",
            r.location_name or "",
            r.zone_name or "",
            r.severity,
            r.status,
            r.reporter_name or "",
            r.reporter_phone or "",
            r.anonymous,
            r.taken_name or "",
            r.assigned_name or "",
            r.follow_up_due or "",
            r.police_reference,
            r.account,
            r.action_taken,
            r.void_reason,
        ]
        for r in query.iterator()
    )
    return header, _cells(rows)


def _patrols(when: _Times) -> tuple[list[str], Iterator[list[str]]]:
    header = [
        "officer",
        "started_at",
        "location",
        "activity",
        "zone",
        "observation",
        "action_taken",
        "report_number",
    ]
    query: Any = (
        PatrolEntry.select(
            PatrolEntry.at,
            PatrolEntry.activity,
            PatrolEntry.observation,
            PatrolEntry.action_taken,
            User.username,
            Location.name,
            Zone.name,
            Report.number,
        )
        .join(User, on=(PatrolEntry.officer == User.id))
        .switch(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
        .switch(PatrolEntry)
        .join(Zone, JOIN.LEFT_OUTER, on=(PatrolEntry.zone == Zone.id))
        .switch(PatrolEntry)
        .join(Report, JOIN.LEFT_OUTER, on=(PatrolEntry.report == Report.id))
        .order_by(PatrolEntry.at, PatrolEntry.id)
    )
    cursor: Any = db.execute(query)  # the driver's own rows: no model or converter per row
    rows = (
        [
            _text(officer),
            when(at),
            _text(loc),
            _text(activity),
            _text(zone),
            _text(obs),
            _text(action),
            _text(number),
        ]
        for at, activity, obs, action, officer, loc, zone, number in cursor
    )
    return header, rows


def _text(value: object) -> str:
    """safe_cell, with the common case (text that is safe as it is) first."""
    if isinstance(value, str) and value[:1] not in _DANGEROUS:
        return value
    return safe_cell(value)


def _events(when: _Times) -> tuple[list[str], Iterator[list[str]]]:
    header = [
        "starts_at",
        "ends_at",
        "kind",
        "title",
        "venue",
        "status",
        "lead_officer",
        "registered",
        "attended",
        "walk_ins",
    ]
    counts: dict[tuple[int, str], int] = {}
    grouped: Any = (
        Attendance.select(Attendance.event, Attendance.status, fn.COUNT(Attendance.id))
        .group_by(Attendance.event, Attendance.status)
        .tuples()
    )
    for event_id, status, n in grouped:
        counts[(event_id, status)] = n
    query: Any = (
        Event.select(Event, User.display_name.alias("lead"))
        .join(User, JOIN.LEFT_OUTER, on=(Event.lead_officer == User.id))
        .order_by(Event.starts_at)
        .objects()
    )
    rows = (
        [
            when(e.starts_at),
            when(e.ends_at),
            e.kind,
            e.title,
            e.venue,
            e.status,
            e.lead or "",
            sum(counts.get((e.id, s), 0) for s in ("registered", "attended", "no_show")),
            counts.get((e.id, "attended"), 0),
            e.walk_ins,
        ]
        for e in query
    )
    return header, _cells(rows)


def export(session: Session, kind: str, out: TextIO, destination: str = "standard output") -> int:
    """Write every record of kind as CSV to out; returns the number of rows. Audited, with
    where the data went: first, as rows may leave before a failure (a file goes through
    write_export and print_recorded instead, recorded once it is complete)."""
    require(session, "data.export")
    _known(kind)
    with db.atomic():  # recorded before any data leaves the office
        record_export(session, kind, destination)
    return write_export(session, kind, out)


def record_export(session: Session, kind: str, destination: str) -> None:
    audit.record(session, "export", kind, "", None, {"to": destination})


def write_export(session: Session, kind: str, out: TextIO) -> int:
    """The CSV of export(), not recorded: the caller records it once it is handed over."""
    require(session, "data.export")
    _known(kind)
    header, rows = {
        "contacts": _contacts,
        "reports": _reports,
        "patrols": _patrols,
        "events": _events,
    }[kind](_Times())
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(header)
    count = [0]
    writer.writerows(_counted(rows, count))
    return count[0]


def _known(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError("kind", f"export one of: {', '.join(KINDS)}")


def _counted(rows: Iterable[list[str]], count: list[int]) -> Iterator[list[str]]:
    for row in rows:
        count[0] += 1
        yield row


def _cells(rows: Iterable[list[object]]) -> Iterator[list[str]]:
    """Rows of values as cells a spreadsheet shows as they are."""
    for row in rows:
        yield [safe_cell(v) for v in row]
