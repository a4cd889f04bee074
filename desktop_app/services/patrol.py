"""Patrol logs: shifts with timed entries, handover notes, and the browse over every entry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from desktop_app.services import audit
from desktop_app.services.clock import (
    FUTURE_GRACE,
    local_day_bounds,
    now_utc,
    office_zone,
    stored_datetime,
    to_local,
    to_utc,
)
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line, clean_text, pick
from desktop_app.vocabulary import ACTIVITY_LABELS as ACTIVITY_LABELS  # importer reads it here
from models.contacts import Contact
from models.database import db
from models.org import Location, User, Zone
from models.patrol import ACTIVITIES, PATROL_TYPES, PatrolEntry, PatrolEntryContact, PatrolShift
from models.reports import Report

# Entries that say nothing a reader can use later; the form asks for specifics instead.
VAGUE = re.compile(
    r"^(all (quiet|ok|clear|good|secure)|nothing( to report)?|ntr|ok|fine|quiet|"
    r"no issues?|n/?a|none|as usual|routine|patrolled( area)?)[.! ]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ShiftRow:
    id: int
    officer_id: int
    officer: str
    started_at: datetime
    ended_at: datetime | None
    zone_id: int | None
    zone: str
    patrol_type: str
    weather: str
    summary: str
    handover_notes: str
    entries: int


@dataclass(frozen=True)
class EntryRow:
    id: int
    shift_id: int
    at: datetime
    officer: str
    zone: str
    location: str
    activity: str
    observation: str
    action_taken: str
    report_id: int | None
    report_number: str
    people_met: str


@dataclass(frozen=True)
class Handover:
    ended_at: datetime | None
    officer: str
    zone: str
    notes: str


@dataclass(frozen=True)
class EntryFilter:
    officer_id: int | None = None
    zone_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    activity: str | None = None
    text: str = ""
    shift_id: int | None = None


@dataclass(frozen=True)
class EntryCursor:
    """Where the last page ended: keyset paging stays fast a million rows deep."""

    at: datetime  # stored UTC
    id: int


class PatrolService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- shifts ------------------------------------------------------------------------------
    def _shift_row(self, shift_id: int) -> ShiftRow:
        s = (
            PatrolShift.select(
                PatrolShift, User.display_name.alias("officer_name"), Zone.name.alias("zone_name")
            )
            .join(User, on=(PatrolShift.officer == User.id))
            .switch(PatrolShift)
            .join(Zone, JOIN.LEFT_OUTER, on=(PatrolShift.zone == Zone.id))
            .where(PatrolShift.id == shift_id)
            .objects()
            .first()
        )
        if s is None:
            raise NotFound(f"no shift with id {shift_id}")
        count = PatrolEntry.select().where(PatrolEntry.shift == shift_id).count()
        return ShiftRow(
            s.id,
            s.__data__["officer"],
            s.officer_name,
            to_local(s.started_at),
            to_local(s.ended_at),
            s.__data__.get("zone"),
            s.zone_name or "",
            s.patrol_type,
            s.weather,
            s.summary,
            s.handover_notes,
            count,
        )

    def open_shift(self, officer_id: int | None = None) -> ShiftRow | None:
        """The officer's shift that has started and not ended, if any."""
        require(self.session, "patrol.read")
        who = officer_id or self.session.user_id
        row = (
            PatrolShift.select(PatrolShift.id)
            .where((PatrolShift.officer == who) & PatrolShift.ended_at.is_null())
            .order_by(PatrolShift.started_at.desc())
            .first()
        )
        return self._shift_row(row.id) if row else None

    def previous_handovers(self, zone_id: int | None, limit: int = 3) -> list[Handover]:
        """The latest handover notes left for this zone (or any zone), newest first."""
        require(self.session, "patrol.read")
        query = (
            PatrolShift.select(
                PatrolShift, User.display_name.alias("officer_name"), Zone.name.alias("zone_name")
            )
            .join(User, on=(PatrolShift.officer == User.id))
            .switch(PatrolShift)
            .join(Zone, JOIN.LEFT_OUTER, on=(PatrolShift.zone == Zone.id))
            .where(PatrolShift.ended_at.is_null(False) & (PatrolShift.handover_notes != ""))
        )
        if zone_id:
            query = query.where(PatrolShift.zone == zone_id)
        rows: Any = query.order_by(PatrolShift.ended_at.desc()).limit(limit).objects()
        return [
            Handover(to_local(s.ended_at), s.officer_name, s.zone_name or "", s.handover_notes)
            for s in rows
        ]

    def start_shift(
        self,
        zone_id: int | None,
        patrol_type: str,
        weather: str = "",
        started_at: datetime | None = None,
        officer_id: int | None = None,
    ) -> ShiftRow:
        require(self.session, "patrol.write")
        who = officer_id or self.session.user_id
        if who != self.session.user_id and not allowed(self.session.role, "report.update"):
            raise ValidationError("officer", "You can start only your own shift")
        choice("patrol_type", patrol_type, PATROL_TYPES, "Patrol type")
        weather_text = clean_line(
            "weather", weather, max_length=60, required=False, label="Weather"
        )
        if zone_id is not None and not Zone.select().where(Zone.id == zone_id).exists():
            raise ValidationError("zone", "Choose a zone from the list")
        start = to_utc(started_at) if started_at else now_utc()
        if start > now_utc() + FUTURE_GRACE:
            raise ValidationError("started_at", "A shift cannot start in the future")
        with db.atomic():
            if (
                PatrolShift.select()
                .where((PatrolShift.officer == who) & PatrolShift.ended_at.is_null())
                .exists()
            ):
                raise ValidationError(
                    "officer", "This officer already has a shift running; end it first"
                )
            refuse_running_imports([("zone", Zone, zone_id)])
            shift = PatrolShift.create(
                officer=who,
                started_at=start,
                zone=zone_id,
                patrol_type=patrol_type,
                weather=weather_text,
                created_at=now_utc(),
            )
            audit.record(
                self.session,
                "create",
                "patrol_shift",
                shift.id,
                None,
                {
                    "officer": who,
                    "zone": zone_id,
                    "patrol_type": patrol_type,
                    "started_at": start.isoformat(),
                },
            )
        return self._shift_row(shift.id)

    def _require_own_shift(self, shift_id: int) -> None:
        """Writing in another officer's shift is a refused permission (audited), decided before
        the write transaction opens so the refusal's audit entry is kept."""
        officer = (
            PatrolShift.select(PatrolShift.officer)
            .where(PatrolShift.id == shift_id)
            .tuples()
            .first()
        )
        if officer is None:
            raise NotFound(f"no shift with id {shift_id}")
        if officer[0] != self.session.user_id:
            require(self.session, "report.update")  # managers may correct any shift

    def _own_shift(self, shift_id: int) -> PatrolShift:
        shift = PatrolShift.get_or_none(PatrolShift.id == shift_id)
        if shift is None:
            raise NotFound(f"no shift with id {shift_id}")
        return shift

    def end_shift(
        self,
        shift_id: int,
        handover_notes: str,
        summary: str = "",
        ended_at: datetime | None = None,
    ) -> ShiftRow:
        require(self.session, "patrol.write")
        notes = clean_text(
            "handover_notes", handover_notes, max_length=5000, label="Handover notes"
        )
        summary_text = clean_text("summary", summary, max_length=5000, label="Summary")
        end = to_utc(ended_at) if ended_at else now_utc()
        self._require_own_shift(shift_id)
        with db.atomic():
            shift = self._own_shift(shift_id)
            if shift.ended_at is not None:
                raise ValidationError("ended_at", "This shift has already ended")
            if end > now_utc() + FUTURE_GRACE:
                raise ValidationError("ended_at", "A shift cannot end in the future")
            if end < shift.started_at:
                raise ValidationError("ended_at", "The end is before the start of the shift")
            last = (
                PatrolEntry.select(fn.MAX(PatrolEntry.at))
                .where(PatrolEntry.shift == shift_id)
                .scalar()
            )
            if last is not None and end < stored_datetime(last):
                raise ValidationError("ended_at", "The end is before the shift's last entry")
            shift.ended_at, shift.handover_notes, shift.summary = end, notes, summary_text
            shift.save()
            audit.record(
                self.session,
                "update",
                "patrol_shift",
                shift.id,
                {"ended_at": None},
                {"ended_at": end.isoformat(), "handover_notes": notes, "summary": summary_text},
            )
        return self._shift_row(shift_id)

    # ---- entries -----------------------------------------------------------------------------
    def add_entry(
        self,
        shift_id: int,
        activity: str,
        location: str,
        observation: str,
        action_taken: str = "",
        at: datetime | None = None,
        people: tuple[int, ...] = (),
        report_id: int | None = None,
    ) -> EntryRow:
        require(self.session, "patrol.write")
        check = Checks()
        check(lambda: choice("activity", activity, ACTIVITIES, "Activity"))
        loc = check(lambda: pick(Location, "location", location, "Location", 120))
        text = check(lambda: _specific(observation))
        action = check(
            lambda: clean_text("action_taken", action_taken, max_length=5000, label="Action taken")
        )
        check(lambda: _known_contacts(people))
        if report_id is not None and not Report.select().where(Report.id == report_id).exists():
            check.errors.append(ValidationError("report", "The linked report was not found"))
        check.done()
        when = to_utc(at, office_zone()) if at else now_utc()
        self._require_own_shift(shift_id)
        with db.atomic():
            shift = self._own_shift(shift_id)
            if shift.ended_at is not None:
                raise ValidationError(
                    "shift", "This shift has ended; entries go into a running shift"
                )
            # Times are typed to the minute: the minute the shift started belongs to it.
            if when < shift.started_at.replace(second=0, microsecond=0):
                raise ValidationError("at", "The time is before the shift started")
            when = max(when, shift.started_at)
            if when > now_utc() + FUTURE_GRACE:
                raise ValidationError("at", "The time cannot be in the future")
            zone = loc.__data__.get("zone") or shift.__data__.get("zone")
            refuse_running_imports(
                [
                    ("location", Location, loc.id),
                    ("location", Zone, zone),
                    ("report", Report, report_id),
                    *(("people", Contact, c) for c in people),
                ]
            )
            entry = PatrolEntry.create(
                shift=shift_id,
                at=when,
                officer=shift.__data__["officer"],
                zone=zone,
                location=loc.id,
                activity=activity,
                observation=text,
                action_taken=action,
                report=report_id,
            )
            for contact_id in dict.fromkeys(people):
                PatrolEntryContact.create(entry=entry.id, contact=contact_id)
            audit.record(
                self.session,
                "create",
                "patrol_entry",
                entry.id,
                None,
                {
                    "shift": shift_id,
                    "at": when.isoformat(),
                    "activity": activity,
                    "location": loc.name,
                    "people": len(people),
                    "report": report_id,
                },
            )
        return self.entry(entry.id)

    def check_can_link(self, entry_id: int) -> None:
        """Raise (and audit) unless this session may link the entry to a report."""
        require(self.session, "patrol.write")
        shift = (
            PatrolEntry.select(PatrolEntry.shift).where(PatrolEntry.id == entry_id).tuples().first()
        )
        if shift is None:
            raise NotFound(f"no patrol entry with id {entry_id}")
        self._require_own_shift(shift[0])

    def link_report(self, entry_id: int, report_id: int) -> EntryRow:
        self.check_can_link(entry_id)
        with db.atomic():
            entry = PatrolEntry.get_or_none(PatrolEntry.id == entry_id)
            if entry is None:
                raise NotFound(f"no patrol entry with id {entry_id}")
            self._own_shift(entry.__data__["shift"])
            if not Report.select().where(Report.id == report_id).exists():
                raise ValidationError("report", "The report was not found")
            refuse_running_imports([("report", Report, report_id)])
            before = entry.__data__.get("report")
            PatrolEntry.update(report=report_id).where(PatrolEntry.id == entry_id).execute()
            audit.record(
                self.session,
                "update",
                "patrol_entry",
                entry.id,
                {"report": before},
                {"report": report_id},
            )
        return self.entry(entry_id)

    def _entry_query(self) -> Any:
        return (
            PatrolEntry.select(
                PatrolEntry,
                User.display_name.alias("officer_name"),
                Zone.name.alias("zone_name"),
                Location.name.alias("location_name"),
                Report.number.alias("report_number"),
            )
            .join(User, on=(PatrolEntry.officer == User.id))
            .switch(PatrolEntry)
            .join(Zone, JOIN.LEFT_OUTER, on=(PatrolEntry.zone == Zone.id))
            .switch(PatrolEntry)
            .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
            .switch(PatrolEntry)
            .join(Report, JOIN.LEFT_OUTER, on=(PatrolEntry.report == Report.id))
        )

    def _entry_rows(self, rows: Any) -> list[EntryRow]:
        rows = list(rows)
        met: dict[int, list[str]] = {}
        if rows:
            pairs: Any = (
                PatrolEntryContact.select(PatrolEntryContact.entry, Contact.name)
                .join(Contact)
                .where(PatrolEntryContact.entry.in_([r.id for r in rows]))
                .tuples()
            )
            for entry_id, name in pairs:
                met.setdefault(entry_id, []).append(name)
        zone = office_zone()
        return [
            EntryRow(
                r.id,
                r.__data__["shift"],
                to_local(stored_datetime(r.at), zone),
                r.officer_name,
                r.zone_name or "",
                r.location_name or "",
                r.activity,
                r.observation,
                r.action_taken,
                r.__data__.get("report"),
                r.report_number or "",
                ", ".join(met.get(r.id, [])),
            )
            for r in rows
        ]

    def entry(self, entry_id: int) -> EntryRow:
        require(self.session, "patrol.read")
        rows = self._entry_rows(self._entry_query().where(PatrolEntry.id == entry_id).objects())
        if not rows:
            raise NotFound(f"no patrol entry with id {entry_id}")
        return rows[0]

    def entries(
        self,
        flt: EntryFilter,
        after: EntryCursor | None = None,
        limit: int = 200,
        newest_first: bool = True,
    ) -> tuple[list[EntryRow], EntryCursor | None]:
        """A page of entries matching flt, and the cursor for the next page (None at the end)."""
        require(self.session, "patrol.read")
        query = self._entry_query()
        if flt.shift_id:
            query = query.where(PatrolEntry.shift == flt.shift_id)
        if flt.officer_id:
            query = query.where(PatrolEntry.officer == flt.officer_id)
        if flt.zone_id:
            query = query.where(PatrolEntry.zone == flt.zone_id)
        if flt.activity:
            query = query.where(PatrolEntry.activity == flt.activity)
        if flt.date_from:
            query = query.where(PatrolEntry.at >= local_day_bounds(flt.date_from)[0])
        if flt.date_to:
            query = query.where(PatrolEntry.at < local_day_bounds(flt.date_to)[1])
        text = " ".join(flt.text.split())
        if text:
            like = f"%{text}%"
            query = query.where(
                (PatrolEntry.observation**like)
                | (PatrolEntry.action_taken**like)
                | (Location.name**like)
            )
        if after is not None:
            if newest_first:
                query = query.where(
                    (PatrolEntry.at < after.at)
                    | ((PatrolEntry.at == after.at) & (PatrolEntry.id < after.id))
                )
            else:
                query = query.where(
                    (PatrolEntry.at > after.at)
                    | ((PatrolEntry.at == after.at) & (PatrolEntry.id > after.id))
                )
        order = (
            (PatrolEntry.at.desc(), PatrolEntry.id.desc())
            if newest_first
            else (PatrolEntry.at.asc(), PatrolEntry.id.asc())
        )
        raw = list(query.order_by(*order).limit(limit + 1).objects())
        more = len(raw) > limit
        raw = raw[:limit]
        cursor = EntryCursor(stored_datetime(raw[-1].at), raw[-1].id) if more and raw else None
        return self._entry_rows(raw), cursor

    def shifts(
        self,
        officer_id: int | None = None,
        zone_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ShiftRow]:
        """Shifts newest first, with their officer, zone and number of entries, one query."""
        require(self.session, "patrol.read")
        count = PatrolEntry.select(fn.COUNT(PatrolEntry.id)).where(
            PatrolEntry.shift == PatrolShift.id
        )
        query = (
            PatrolShift.select(
                PatrolShift,
                User.display_name.alias("officer_name"),
                Zone.name.alias("zone_name"),
                count.alias("entry_count"),
            )
            .join(User, on=(PatrolShift.officer == User.id))
            .switch(PatrolShift)
            .join(Zone, JOIN.LEFT_OUTER, on=(PatrolShift.zone == Zone.id))
        )
        if officer_id:
            query = query.where(PatrolShift.officer == officer_id)
        if zone_id:
            query = query.where(PatrolShift.zone == zone_id)
        if date_from:
            query = query.where(PatrolShift.started_at >= local_day_bounds(date_from)[0])
        if date_to:
            query = query.where(PatrolShift.started_at < local_day_bounds(date_to)[1])
        rows: Any = (
            query.order_by(PatrolShift.started_at.desc(), PatrolShift.id.desc())
            .offset(offset)
            .limit(limit)
            .objects()
        )
        zone = office_zone()
        return [
            ShiftRow(
                s.id,
                s.__data__["officer"],
                s.officer_name,
                to_local(stored_datetime(s.started_at), zone),
                to_local(stored_datetime(s.ended_at), zone) if s.ended_at else None,
                s.__data__.get("zone"),
                s.zone_name or "",
                s.patrol_type,
                s.weather,
                s.summary,
                s.handover_notes,
                int(s.entry_count or 0),
            )
            for s in rows
        ]


def _specific(observation: str) -> str:
    text = clean_text(
        "observation", observation, max_length=5000, required=True, label="Observation"
    )
    if VAGUE.match(text) or len(text) < 8:
        raise ValidationError(
            "observation",
            "Say what you checked and what you saw, e.g. "
            "'Checked the rear gates: locked, no damage'",
        )
    return text


def _known_contacts(people: tuple[int, ...]) -> None:
    for contact_id in people:
        if not Contact.select().where(Contact.id == contact_id).exists():
            raise ValidationError("people", "A person met was not found; choose them again")
