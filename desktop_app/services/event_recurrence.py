"""Recurring events: an RFC 5545 rule, expanded in the office's wall-clock time up to a horizon.

"The first Tuesday of each month at 19:00" stays at 19:00 local on both sides of a daylight-saving
change: occurrences are computed as naive local times (dateutil's rrule) and only then converted
to the stored UTC. Each occurrence is an Event row; series_start is the start the rule gave it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import stored_datetime, to_local, to_utc
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.event_input import CleanEvent, EventInput, clean_event
from desktop_app.services.event_plan import (
    event_snapshot,
    insert_event,
    load_detail,
    location_of,
    officer_ids_of,
    partner_ids_of,
    staff_of,
    update_event,
)
from desktop_app.services.event_rules import MAX_OCCURRENCES, clean_rule, local_starts
from desktop_app.services.event_tasks import task_snapshot
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.database import db
from models.events import Attendance, Event, EventSeries, EventTask
from models.interactions import Interaction

MAX_HORIZON = timedelta(days=3 * 366)


def _check_horizon(starts: datetime, horizon: date) -> None:
    if horizon < starts.date():
        raise ValidationError("horizon", "Repeat until a day on or after the first event")
    if horizon - starts.date() > MAX_HORIZON:
        raise ValidationError("horizon", "Plan at most three years ahead; extend it later")


def _starts(rule: str, starts_local: datetime, horizon: date) -> list[datetime]:
    found = local_starts(rule, starts_local, horizon)
    if len(found) > MAX_OCCURRENCES:
        raise ValidationError(
            "horizon", f"That makes more than {MAX_OCCURRENCES} events; choose an earlier day"
        )
    if not found:
        raise ValidationError(
            "rule", f"The rule gives no date from the first event up to {horizon:%d %b %Y}"
        )
    return found


def _shifted(clean: CleanEvent, start_local: datetime, duration: timedelta) -> CleanEvent:
    values = {
        **clean.values,
        "starts_at": to_utc(start_local),
        "ends_at": to_utc(start_local + duration),
    }
    return CleanEvent(values, clean.officer_ids, clean.partner_ids)


@dataclass(frozen=True)
class SeriesMade:
    series_id: int
    event_ids: tuple[int, ...]


class RecurrenceService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def preview(self, data: EventInput, rule: str, horizon: date) -> list[datetime]:
        """The naive local starts the rule would make (for the form to show)."""
        require(self.session, "event.read")
        _check_horizon(data.starts, horizon)
        return _starts(clean_rule(rule), data.starts, horizon)

    def create_series(self, data: EventInput, rule: str, horizon: date) -> SeriesMade:
        """A series and its events up to horizon, the first at data's start; each event gets its
        kind's checklist."""
        require(self.session, "event.plan")
        clean = clean_event(data)
        text = clean_rule(rule)
        _check_horizon(data.starts, horizon)
        starts = _starts(text, data.starts, horizon)
        duration = data.ends - data.starts
        with db.atomic():
            series = EventSeries.create(
                rule=text,
                starts_local=data.starts,
                duration_minutes=int(duration.total_seconds() // 60),
                horizon=horizon,
            )
            ids = tuple(self._make(series, clean, start, duration) for start in starts)
            audit.record(self.session, "create", "event_series", series.id, None, _series(series))
        return SeriesMade(series.id, ids)

    def _make(
        self, series: EventSeries, clean: CleanEvent, start: datetime, duration: timedelta
    ) -> int:
        shifted = _shifted(clean, start, duration)
        event_id = insert_event(shifted, series.id, shifted.values["starts_at"])
        audit.record(self.session, "create", "event", event_id, None, event_snapshot(event_id))
        return event_id

    def extend(self, series_id: int, horizon: date) -> list[int]:
        """Make the occurrences missing up to a later horizon, like the series' last event."""
        require(self.session, "event.plan")
        with db.atomic():
            series = EventSeries.get_or_none(EventSeries.id == series_id)
            if series is None:
                raise NotFound(f"no series with id {series_id}")
            starts_local = stored_datetime(series.starts_local)
            _check_horizon(starts_local, horizon)
            have = {
                stored_datetime(e.series_start)
                for e in Event.select(Event.series_start).where(Event.series == series_id)
                if e.series_start
            }
            last = _last_of(series_id)
            if last is None:
                raise NotFound("the series has no events left to copy")
            clean = _clean_copy(last)
            duration = timedelta(minutes=series.duration_minutes)
            wanted = [
                s for s in _starts(series.rule, starts_local, horizon) if to_utc(s) not in have
            ]
            before = _series(series)
            made = [self._make(series, clean, start, duration) for start in wanted]
            series.horizon = max(horizon, series.horizon)
            series.save()
            audit.record(self.session, "update", "event_series", series_id, before, _series(series))
        return made

    def update_following(
        self, event_id: int, data: EventInput, rule: str | None = None
    ) -> list[int]:
        """This occurrence and the later ones of its series. Details changed (title, venue,
        people, …) are copied to each. A new time or a new rule splits the series: the earlier
        part ends before this occurrence, a new series starts at it. Returns the events changed."""
        require(self.session, "event.plan")
        with db.atomic():
            detail = load_detail(event_id)
            if detail.series_id is None:
                raise ValidationError("series", "This event does not repeat")
            clean = clean_event(data, staff_of(event_id), location_of(event_id))
            changed = _changed_fields(detail.as_input(), data)
            new_rule = clean_rule(rule) if rule else detail.series_rule
            timing = (
                data.starts != detail.starts.replace(tzinfo=None)
                or data.ends != detail.ends.replace(tzinfo=None)
                or new_rule != detail.series_rule
            )
            following = _following(detail.series_id, event_id)
            if not timing:
                for other in following:
                    self._update(other, clean, changed)
                return following
            return self._split(
                detail.series_id, event_id, following, data, clean, changed, new_rule
            )

    def _update(self, event_id: int, clean: CleanEvent, fields: tuple[str, ...] | None) -> None:
        before = event_snapshot(event_id)
        update_event(event_id, clean, fields)
        audit.record(self.session, "update", "event", event_id, before, event_snapshot(event_id))

    def _split(
        self,
        old_id: int,
        event_id: int,
        following: list[int],
        data: EventInput,
        clean: CleanEvent,
        changed: tuple[str, ...],
        rule: str,
    ) -> list[int]:
        old = EventSeries.get_by_id(old_id)
        first = Event.get_by_id(event_id)
        cut = _local_start(first)
        before_old = _series(old)
        old.rule = _ending_before(old.rule, cut)
        old.horizon = min(old.horizon, cut.date() - timedelta(days=1))
        old.save()
        audit.record(self.session, "update", "event_series", old_id, before_old, _series(old))
        if rule == before_old["rule"]:  # the series goes on: a COUNT is what it had left,
            rule = _count_carried(rule, stored_datetime(old.starts_local), cut)
            rule = _until_moved(rule, data.starts - cut)  # an UNTIL moves with its events
        duration = data.ends - data.starts
        new = EventSeries.create(  # its plan-until moves by as many days as the series
            rule=rule,
            starts_local=data.starts,
            duration_minutes=int(duration.total_seconds() // 60),
            horizon=before_old["horizon"] + timedelta(days=(data.starts.date() - cut.date()).days),
        )
        audit.record(self.session, "create", "event_series", new.id, None, _series(new))
        starts = local_starts(rule, data.starts, new.horizon)[:MAX_OCCURRENCES]
        pairs, dropped, unmade = _match(following, event_id, starts, data.starts, data.starts - cut)
        touched: list[int] = []
        for other, start in pairs:
            fields = None if other == event_id else (*changed, "starts_at", "ends_at")
            was = _local_start(Event.get_by_id(other))
            self._update(other, _shifted(clean, start, duration), fields)
            Event.update(series=new.id, series_start=to_utc(start)).where(
                Event.id == other
            ).execute()
            self._move_tasks(other, (start.date() - was.date()).days)
            touched.append(other)
        for other in dropped:
            self._drop(other)
        touched += [self._make(new, clean, start, duration) for start in unmade]
        return touched

    def _move_tasks(self, event_id: int, days: int) -> None:
        """The open tasks of a moved occurrence keep their distance to its day (flyers printed a
        week before stay a week before); the ones done stay as they were."""
        if not days:
            return
        open_tasks = EventTask.select().where((EventTask.event == event_id) & ~EventTask.done)
        for task in open_tasks:
            if task.due_on is None:
                continue
            before = task_snapshot(task)
            task.due_on = task.due_on + timedelta(days=days)
            task.save()
            audit.record(self.session, "update", "event_task", task.id, before, task_snapshot(task))

    def _drop(self, event_id: int) -> None:
        """An occurrence the new rule no longer gives: removed, or cancelled when people are
        registered for it or an interaction is about it (they must be told; the link stays)."""
        before = event_snapshot(event_id)
        if _has_people(event_id):
            Event.update(
                status="cancelled", cancel_reason="No longer in the series (its repeat changed)"
            ).where(Event.id == event_id).execute()
            audit.record(
                self.session, "update", "event", event_id, before, event_snapshot(event_id)
            )
        else:
            Event.delete().where(Event.id == event_id).execute()
            audit.record(self.session, "delete", "event", event_id, before, None)


def _has_people(event_id: int) -> bool:
    """Someone registered for it, or an interaction is about it: deleting it would lose that
    (an interaction's link is SET NULL on delete, unaudited)."""
    registered = Attendance.select().where(Attendance.event == event_id).exists()
    return registered or Interaction.select().where(Interaction.event == event_id).exists()


def _series(series: EventSeries) -> dict[str, Any]:
    return {
        "rule": series.rule,
        "starts_local": series.starts_local,
        "duration_minutes": series.duration_minutes,
        "horizon": series.horizon,
    }


def _ending_before(rule: str, cut: datetime) -> str:
    """The rule with its UNTIL just before cut (a naive local time, as its start is)."""
    parts = [p for p in rule.split(";") if not p.startswith(("UNTIL=", "COUNT="))]
    until = cut - timedelta(seconds=1)
    return ";".join([*parts, f"UNTIL={until:%Y%m%dT%H%M%S}"])


def _count_carried(rule: str, series_start: datetime, cut: datetime) -> str:
    """A rule with COUNT, carried on from cut: COUNT less the events it gave before cut (a series
    of six split at its third goes on for four, not six more)."""
    parts = rule.split(";")
    counts = [p for p in parts if p.startswith("COUNT=")]
    if not counts:
        return rule
    given = sum(1 for start in local_starts(rule, series_start, cut.date()) if start < cut)
    left = max(1, int(counts[0].removeprefix("COUNT=")) - given)
    return ";".join(f"COUNT={left}" if p.startswith("COUNT=") else p for p in parts)


def _until_moved(rule: str, by: timedelta) -> str:
    """The rule with its UNTIL moved by `by` (a series moved a week on ends a week later: its
    last occurrence is not left past the end), written as it was given (a day or a time)."""
    parts = rule.split(";")
    for i, part in enumerate(parts):
        if part.startswith("UNTIL="):
            value = part.removeprefix("UNTIL=")
            form = "%Y%m%d" if len(value) == 8 else "%Y%m%dT%H%M%S"
            try:
                parts[i] = "UNTIL=" + (datetime.strptime(value, form) + by).strftime(form)
            except (ValueError, OverflowError):  # clean_rule read it; keep it as given
                return rule
    return ";".join(parts)


def _local_start(event: Event) -> datetime:
    """The naive office-local start the series' rule gave an occurrence."""
    return to_local(stored_datetime(event.series_start or event.starts_at)).replace(tzinfo=None)


def _match(
    following: list[int], event_id: int, starts: list[datetime], moved_to: datetime, by: timedelta
) -> tuple[list[tuple[int, datetime]], list[int], list[datetime]]:
    """Which occurrence takes which of the new rule's starts: the edited one its new start; each
    other one the start on its own day moved as the edited one was (a series moved a week on:
    every occurrence a week on, with its people and tasks), else the start still on its own day
    (a new rule keeping some days). Returns the pairs, the occurrences left without a start, and
    the starts left for new occurrences."""
    by_day = {s.date(): s for s in starts if s > moved_to}
    pairs = [(event_id, moved_to)]
    days = {other: _local_start(Event.get_by_id(other)) for other in following if other != event_id}
    for target in ((lambda d: d + by), (lambda d: d)):
        for other, day in list(days.items()):
            start = by_day.pop(target(day).date(), None)
            if start is not None:
                pairs.append((other, start))
                del days[other]
    return pairs, list(days), sorted(by_day.values())


def _following(series_id: int, event_id: int) -> list[int]:
    """This occurrence and the series' later ones, by the start the rule gave each. A later one
    already held is history (its people, notes and figures stay as they were): left out."""
    this = Event.get_by_id(event_id)
    at = this.series_start or this.starts_at
    query = (
        Event.select(Event.id)
        .where(
            (Event.series == series_id)
            & (Event.series_start >= at)
            & ((Event.status != "held") | (Event.id == event_id))
        )
        .order_by(Event.series_start)
    )
    found = [e.id for e in query]
    return found if event_id in found else [event_id, *found]


def _last_of(series_id: int) -> int | None:
    row = (
        Event.select(Event.id)
        .where(Event.series == series_id)
        .order_by(Event.series_start.desc())
        .first()
    )
    return row.id if row else None


def _clean_copy(event_id: int) -> CleanEvent:
    """An event's details, to copy to a new occurrence (no checks: they were checked once)."""
    snap = event_snapshot(event_id)
    keys = ("kind", "title", "venue", "location", "zone", "lead_officer", "capacity", "description")
    officers = officer_ids_of(event_id)
    partners = partner_ids_of(event_id)
    return CleanEvent({k: snap[k] for k in keys}, officers, partners)


_INPUT_FIELDS = {
    "kind": "kind",
    "title": "title",
    "venue": "venue",
    "location_id": "location",
    "zone_id": "zone",
    "lead_officer_id": "lead_officer",
    "capacity": "capacity",
    "description": "description",
    "officer_ids": "officers",
    "partner_ids": "partners",
}


def _changed_fields(was: EventInput, now: EventInput) -> tuple[str, ...]:
    """The stored fields an edit changes (the venue with its location, both ways)."""
    found = [
        stored
        for name, stored in _INPUT_FIELDS.items()
        if _comparable(getattr(was, name), name) != _comparable(getattr(now, name), name)
    ]
    if "venue" in found or "location" in found:
        found += [f for f in ("venue", "location") if f not in found]
    return tuple(found)


def _comparable(value: Any, name: str) -> Any:
    if name in ("officer_ids", "partner_ids"):
        return sorted(value)
    if name == "capacity":
        return None if value in (None, "") else str(value).strip()
    if isinstance(value, str):
        return " ".join(value.split())
    return value
