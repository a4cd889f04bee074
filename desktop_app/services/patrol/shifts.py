"""Patrol shifts: starting and ending one, the running one, handover notes, the list of shifts."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from peewee import JOIN, Tuple, fn

from desktop_app.services import audit
from desktop_app.services.clock import (
    FUTURE_GRACE,
    now_utc,
    office_zone,
    stored_datetime,
    to_local,
    to_utc,
)
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.patrol.types import EntryCursor, Handover, ShiftRow
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.validation import choice, clean_line, clean_text
from models.database import db
from models.org import User, Zone
from models.patrol import PATROL_TYPES, PatrolEntry, PatrolShift


def _named_shifts(*extra: Any) -> Any:
    """Shifts with their officer's and zone's names (and any extra columns)."""
    return (
        PatrolShift.select(
            PatrolShift,
            User.display_name.alias("officer_name"),
            Zone.name.alias("zone_name"),
            *extra,
        )
        .join(User, on=(PatrolShift.officer == User.id))
        .switch(PatrolShift)
        .join(Zone, JOIN.LEFT_OUTER, on=(PatrolShift.zone == Zone.id))
    )


def _counted_shifts() -> Any:
    """_named_shifts with each shift's number of entries, in the same query."""
    count = PatrolEntry.select(fn.COUNT(PatrolEntry.id)).where(PatrolEntry.shift == PatrolShift.id)
    return _named_shifts(count.alias("entry_count"))


def _shift_row(s: Any, zone: tzinfo) -> ShiftRow:
    """A row of _counted_shifts() as the log and the list show it."""
    return ShiftRow(
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


def shift_row(shift_id: int) -> ShiftRow:
    """One shift with its officer, zone and number of entries."""
    s = _counted_shifts().where(PatrolShift.id == shift_id).objects().first()
    if s is None:
        raise NotFound(f"no shift with id {shift_id}")
    return _shift_row(s, office_zone())


def require_own_shift(session: Session, shift_id: int) -> None:
    """Writing in another officer's shift is a refused permission (audited), decided before
    the write transaction opens so the refusal's audit entry is kept."""
    officer = (
        PatrolShift.select(PatrolShift.officer).where(PatrolShift.id == shift_id).tuples().first()
    )
    if officer is None:
        raise NotFound(f"no shift with id {shift_id}")
    if officer[0] != session.user_id:
        require(session, "report.update")  # managers may correct any shift


def get_shift(shift_id: int) -> PatrolShift:
    """The shift, read inside the writing transaction."""
    shift = PatrolShift.get_or_none(PatrolShift.id == shift_id)
    if shift is None:
        raise NotFound(f"no shift with id {shift_id}")
    return shift


class PatrolShifts:
    """The shift half of PatrolService."""

    def __init__(self, session: Session) -> None:
        self.session = session

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
        return shift_row(row.id) if row else None

    def last_zone(self, officer_id: int | None = None) -> int | None:
        """The zone of the officer's latest shift: where a new shift most likely starts."""
        require(self.session, "patrol.read")
        who = officer_id or self.session.user_id
        zone: int | None = (
            PatrolShift.select(PatrolShift.zone)
            .where(PatrolShift.officer == who)
            .order_by(PatrolShift.started_at.desc())
            .limit(1)
            .scalar()
        )
        return zone

    def previous_handovers(self, zone_id: int | None, limit: int = 3) -> list[Handover]:
        """The latest handover notes left for this zone (or any zone), newest first."""
        require(self.session, "patrol.read")
        query = _named_shifts().where(
            PatrolShift.ended_at.is_null(False) & (PatrolShift.handover_notes != "")
        )
        query = where_equal(query, (PatrolShift.zone, zone_id))
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
        offered = (Zone.id == zone_id) & (Zone.active == True)  # noqa: E712 - not retired
        if zone_id is not None and not Zone.select().where(offered).exists():
            raise ValidationError("zone", "Choose a zone from the list")
        start = to_utc(started_at) if started_at else now_utc()
        if start > now_utc() + FUTURE_GRACE:
            raise ValidationError("started_at", "A shift cannot start in the future")
        with db.atomic():
            running = PatrolShift.select().where(
                (PatrolShift.officer == who) & PatrolShift.ended_at.is_null()
            )
            if running.exists():
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
            after = {
                "officer": who,
                "zone": zone_id,
                "patrol_type": patrol_type,
                "started_at": start.isoformat(),
            }
            audit.record(self.session, "create", "patrol_shift", shift.id, None, after)
        return shift_row(shift.id)

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
        require_own_shift(self.session, shift_id)
        with db.atomic():
            shift = get_shift(shift_id)
            _check_end(shift, end)
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
        return shift_row(shift_id)

    def shifts(
        self,
        officer_id: int | None = None,
        zone_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        after: EntryCursor | None = None,
        limit: int = 100,
    ) -> tuple[list[ShiftRow], EntryCursor | None]:
        """A page of shifts newest first, with their officer, zone and number of entries, in
        one query; the page starts after the cursor (the last shift's start and id, a range
        search however deep), and the cursor for the next page comes back (None at the end)."""
        require(self.session, "patrol.read")
        query = where_equal(
            _counted_shifts(), (PatrolShift.officer, officer_id), (PatrolShift.zone, zone_id)
        )
        query = where_within_days(query, PatrolShift.started_at, date_from, date_to)
        if after is not None:
            query = query.where(
                Tuple(PatrolShift.started_at, PatrolShift.id) < Tuple(after.at, after.id)
            )
        rows: list[Any] = list(
            query.order_by(PatrolShift.started_at.desc(), PatrolShift.id.desc())
            .limit(limit + 1)
            .objects()
        )
        cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            cursor = EntryCursor(stored_datetime(last.started_at), last.id)
        zone = office_zone()
        return [_shift_row(s, zone) for s in rows[:limit]], cursor


def _check_end(shift: PatrolShift, end: datetime) -> None:
    """The end of a running shift: not in the future, not before its start or last entry."""
    if shift.ended_at is not None:
        raise ValidationError("ended_at", "This shift has already ended")
    if end > now_utc() + FUTURE_GRACE:
        raise ValidationError("ended_at", "A shift cannot end in the future")
    if end < shift.started_at:
        raise ValidationError("ended_at", "The end is before the start of the shift")
    last = PatrolEntry.select(fn.MAX(PatrolEntry.at)).where(PatrolEntry.shift == shift.id).scalar()
    if last is not None and end < stored_datetime(last):
        raise ValidationError("ended_at", "The end is before the shift's last entry")
