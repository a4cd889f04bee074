"""The manager's monthly account, as numbers: every figure of the monthly PDF, from plain SQL.

Reports are counted by when they happened (office time), void reports left out; they are
listed separately under report handling. Patrols count by when the shift started.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import JOIN, fn

from desktop_app.services import audit
from desktop_app.services.clock import (
    local_day_bounds,
    now_local,
    office_zone,
    stored_datetime,
    to_local,
)
from desktop_app.services.errors import ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.contacts import Contact
from models.database import db
from models.events import Attendance, Event
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User, Zone
from models.patrol import PatrolEntry, PatrolShift
from models.problems import Problem
from models.reports import Report

TIME_BANDS = ("00–04", "04–08", "08–12", "12–16", "16–20", "20–24")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
AGE_BUCKETS = ("0–7 days", "8–30 days", "31–90 days", "over 90 days")
STAGES = ("scanning", "analysis", "response", "assessment", "closed")


@dataclass(frozen=True)
class CategoryCount:
    name: str
    this_month: int
    last_month: int
    last_year: int
    ytd: int
    ytd_last_year: int


@dataclass(frozen=True)
class PlaceCount:
    name: str
    zone: str
    this_month: int
    last_month: int


@dataclass(frozen=True)
class OfficerPatrol:
    name: str
    shifts: int
    hours: float
    entries: int
    engagement: int


@dataclass(frozen=True)
class EventLine:
    kind: str
    held: int
    registered: int
    attended: int
    walk_ins: int


@dataclass(frozen=True)
class ProblemLine:
    title: str
    location: str
    baseline: int | None
    after: int | None
    result: str


@dataclass(frozen=True)
class NotableReport:
    number: str
    occurred_at: datetime
    severity: str
    category: str
    location: str
    summary: str


@dataclass(frozen=True)
class UpcomingEvent:
    starts_at: datetime
    title: str
    venue: str
    lead: str
    status: str


@dataclass(frozen=True)
class MonthlyData:
    office_name: str
    month: date  # the first day
    prepared_by: str
    prepared_on: date
    note: str
    paper: str
    categories: list[CategoryCount]
    trend_months: list[date]
    trend: dict[str, list[int]]  # main category -> 13 monthly counts, oldest first
    top_locations: list[PlaceCount]
    zones: list[PlaceCount]
    when: list[list[int]]  # 7 weekdays x 6 time bands
    shifts: int
    patrol_hours: float
    entries_by_activity: dict[str, int]
    officers: list[OfficerPatrol]
    opened: int
    closed: int
    open_by_age: dict[str, int]
    median_days_to_close: float | None
    voided: list[tuple[str, str]]  # number, reason
    interactions_by_channel: dict[str, int]
    people_reached: int
    new_contacts: int
    tips: int
    events: list[EventLine]
    problems_by_stage: dict[str, int]
    problems_closed: list[ProblemLine]
    notable: list[NotableReport]
    next_month_events: list[UpcomingEvent]
    missing_location_or_category: int
    overdue_follow_ups: int
    possible_duplicate_contacts: int
    hot_spots: dict[str, tuple[str, int]] = field(default_factory=dict)  # category -> place, n
    summary: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.this_month for c in self.categories)

    @property
    def is_empty(self) -> bool:
        return (
            self.total == 0
            and self.shifts == 0
            and not self.interactions_by_channel
            and not self.events
        )


def parse_month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError("month", f"'{text}' is not a month like 2026-10") from None


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """Stored (naive UTC) [start, end) of an office-local calendar month."""
    return local_day_bounds(month)[0], local_day_bounds(add_months(month, 1))[0]


def last_full_month(today: date | None = None) -> date:
    today = today or now_local().date()
    return add_months(date(today.year, today.month, 1), -1)


def _counted(start: datetime, end: datetime) -> Any:
    """Reports that count: happened in [start, end), not void."""
    return (Report.occurred_at >= start) & (Report.occurred_at < end) & (Report.status != "void")


def _by_category(start: datetime, end: datetime) -> Counter[int]:
    rows: Any = (
        Report.select(Report.category, fn.COUNT(Report.id))
        .where(_counted(start, end))
        .group_by(Report.category)
        .tuples()
    )
    return Counter({cat: n for cat, n in rows})


class MonthlyReportService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def gather(self, month: date, note: str = "", progress: Any = None) -> MonthlyData:
        """Every number of the monthly report for month (its first day)."""
        require(self.session, "report.print")
        step = progress or (lambda pct, what: None)
        zone = office_zone()
        start, end = month_bounds(month)
        prev_start, prev_end = month_bounds(add_months(month, -1))
        ly_start, ly_end = month_bounds(add_months(month, -12))
        ytd_start = month_bounds(date(month.year, 1, 1))[0]
        ytd_ly_start = month_bounds(date(month.year - 1, 1, 1))[0]
        settings = SettingsService._load()

        step(5, "reports by category")
        names = {c.id: c.name for c in Category.select(Category.id, Category.name)}
        order = {c.id: (c.sort_order, c.name) for c in Category.select()}
        periods = [
            _by_category(*p)
            for p in (
                (start, end),
                (prev_start, prev_end),
                (ly_start, ly_end),
                (ytd_start, end),
                (ytd_ly_start, ly_end),
            )
        ]
        cat_ids = sorted(
            set().union(*periods), key=lambda c: order.get(c, (999, "")) if c else (1000, "")
        )
        categories = [
            CategoryCount(
                names.get(c, "(no category)") if c else "(no category)",
                *(p.get(c, 0) for p in periods),
            )
            for c in cat_ids
        ]

        step(15, "trend")
        trend_months = [add_months(month, -i) for i in range(12, -1, -1)]
        first, _ = month_bounds(trend_months[0])
        monthly: dict[int | None, list[int]] = defaultdict(lambda: [0] * 13)
        rows: Any = (
            Report.select(Report.category, Report.occurred_at).where(_counted(first, end)).tuples()
        )
        index = {(m.year, m.month): i for i, m in enumerate(trend_months)}
        for cat, occurred in rows:
            local = to_local(stored_datetime(occurred), zone)
            monthly[cat][index[(local.year, local.month)]] += 1
        main = sorted(monthly, key=lambda c: -sum(monthly[c]))[:5]
        trend = {names.get(c, "(no category)") if c else "(no category)": monthly[c] for c in main}

        step(30, "places and times")
        top_locations = self._places(
            Location, Report.location, start, end, prev_start, prev_end, 10
        )
        zones = self._places(Zone, Report.zone, start, end, prev_start, prev_end, 50)
        when = [[0] * len(TIME_BANDS) for _ in WEEKDAYS]
        times: Any = Report.select(Report.occurred_at).where(_counted(start, end)).tuples()
        for (occurred,) in times:
            local = to_local(stored_datetime(occurred), zone)
            when[local.weekday()][local.hour // 4] += 1

        step(45, "patrols")
        shift_rows: Any = list(
            PatrolShift.select(
                PatrolShift.id, PatrolShift.officer, PatrolShift.started_at, PatrolShift.ended_at
            )
            .where((PatrolShift.started_at >= start) & (PatrolShift.started_at < end))
            .tuples()
        )
        hours_by_officer: dict[int, float] = defaultdict(float)
        shifts_by_officer: Counter[int] = Counter()
        for _sid, officer, started, ended in shift_rows:
            shifts_by_officer[officer] += 1
            if ended:
                hours_by_officer[officer] += (
                    stored_datetime(ended) - stored_datetime(started)
                ).total_seconds() / 3600
        entry_rows: Any = (
            PatrolEntry.select(PatrolEntry.officer, PatrolEntry.activity, fn.COUNT(PatrolEntry.id))
            .join(PatrolShift)
            .where((PatrolShift.started_at >= start) & (PatrolShift.started_at < end))
            .group_by(PatrolEntry.officer, PatrolEntry.activity)
            .tuples()
        )
        by_activity: Counter[str] = Counter()
        entries_by_officer: Counter[int] = Counter()
        engagement_by_officer: Counter[int] = Counter()
        for officer, activity, n in entry_rows:
            by_activity[activity] += n
            entries_by_officer[officer] += n
            if activity == "community_engagement":
                engagement_by_officer[officer] += n
        officer_names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
        officers = sorted(
            (
                OfficerPatrol(
                    officer_names.get(o, "?"),
                    shifts_by_officer[o],
                    round(hours_by_officer[o], 1),
                    entries_by_officer[o],
                    engagement_by_officer[o],
                )
                for o in set(shifts_by_officer) | set(entries_by_officer)
            ),
            key=lambda p: (-p.entries, p.name),
        )

        step(60, "report handling")
        opened = (
            Report.select()
            .where(
                (Report.received_at >= start)
                & (Report.received_at < end)
                & (Report.status != "void")
            )
            .count()
        )
        closed_rows: Any = list(
            Report.select(Report.received_at, Report.closed_at)
            .where(
                (Report.closed_at >= start) & (Report.closed_at < end) & (Report.status == "closed")
            )
            .tuples()
        )
        days = [
            (stored_datetime(c) - stored_datetime(r)).total_seconds() / 86400
            for r, c in closed_rows
        ]
        open_by_age = dict.fromkeys(AGE_BUCKETS, 0)
        still_open: Any = (
            Report.select(Report.received_at)
            .where(
                (Report.received_at < end)
                & (Report.status != "void")
                # open now, or closed only after the month ended
                & (Report.status.in_(("new", "in_progress")) | (Report.closed_at >= end))
            )
            .tuples()
        )
        for (received,) in still_open:
            age = (end - stored_datetime(received)).days
            bucket = 0 if age <= 7 else 1 if age <= 30 else 2 if age <= 90 else 3
            open_by_age[AGE_BUCKETS[bucket]] += 1
        void_rows: Any = (
            Report.select(Report.number, Report.void_reason)
            .where(
                (Report.status == "void")
                & (Report.occurred_at >= start)
                & (Report.occurred_at < end)
            )
            .order_by(Report.number)
            .tuples()
        )
        voided = [(number, reason) for number, reason in void_rows]

        step(70, "engagement")
        channel_rows: Any = (
            Interaction.select(Interaction.channel, fn.COUNT(Interaction.id))
            .where((Interaction.occurred_at >= start) & (Interaction.occurred_at < end))
            .group_by(Interaction.channel)
            .tuples()
        )
        interactions_by_channel = {ch: n for ch, n in channel_rows}
        people_reached = (
            InteractionContact.select(fn.COUNT(fn.DISTINCT(InteractionContact.contact)))
            .join(Interaction)
            .where((Interaction.occurred_at >= start) & (Interaction.occurred_at < end))
            .scalar()
        ) or 0
        new_contacts = (
            Contact.select()
            .where((Contact.created_at >= start) & (Contact.created_at < end))
            .count()
        )
        tips = (
            Interaction.select()
            .where(
                (Interaction.occurred_at >= start)
                & (Interaction.occurred_at < end)
                & (Interaction.is_tip == True)  # noqa: E712 - a peewee expression
            )
            .count()
        )
        held = Event.select(Event.id, Event.kind, Event.walk_ins).where(
            (Event.starts_at >= start) & (Event.starts_at < end) & (Event.status == "held")
        )
        counted: Any = (
            Attendance.select(Attendance.event, Attendance.status, fn.COUNT(Attendance.id))
            .where(Attendance.event.in_([e.id for e in held]))
            .group_by(Attendance.event, Attendance.status)
            .tuples()
        )
        attendance = {(event_id, status): n for event_id, status, n in counted}
        per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for event in held:
            line = per_kind[event.kind]
            line[0] += 1
            line[1] += sum(
                attendance.get((event.id, s), 0) for s in ("registered", "attended", "no_show")
            )
            line[2] += attendance.get((event.id, "attended"), 0)
            line[3] += event.walk_ins
        events = [EventLine(kind, *vals) for kind, vals in sorted(per_kind.items())]

        step(80, "problems and notable reports")
        stage_rows: Any = (
            Problem.select(Problem.stage, fn.COUNT(Problem.id)).group_by(Problem.stage).tuples()
        )
        problems_by_stage = dict.fromkeys(STAGES, 0) | {s: n for s, n in stage_rows}
        closed_problems = [
            ProblemLine(
                p.title,
                p.location.name if p.location else "",
                p.baseline_count,
                p.after_count,
                p.result or "",
            )
            for p in Problem.select(Problem, Location)
            .join(Location, JOIN.LEFT_OUTER)
            .where(
                (Problem.stage == "closed")
                & (Problem.closed_on >= month)
                & (Problem.closed_on < add_months(month, 1))
            )
        ]
        notable = [
            NotableReport(
                r.number,
                to_local(stored_datetime(r.occurred_at), zone),
                r.severity,
                r.category.name if r.category else "—",
                r.location.name if r.location else "—",
                _short(r.account),
            )
            for r in Report.select(Report, Category, Location)
            .join(Category, JOIN.LEFT_OUTER)
            .switch(Report)
            .join(Location, JOIN.LEFT_OUTER)
            .where(_counted(start, end) & Report.severity.in_(("high", "urgent")))
            .order_by(Report.occurred_at)
            .limit(40)
        ]
        next_start, next_end = month_bounds(add_months(month, 1))
        upcoming = [
            UpcomingEvent(
                to_local(stored_datetime(e.starts_at), zone),
                e.title,
                e.venue,
                e.lead_officer.display_name if e.lead_officer else "",
                e.status,
            )
            for e in Event.select(Event, User)
            .join(User, JOIN.LEFT_OUTER)
            .where(
                (Event.starts_at >= next_start)
                & (Event.starts_at < next_end)
                & (Event.status != "cancelled")
            )
            .order_by(Event.starts_at)
        ]

        step(90, "data quality")
        missing = (
            Report.select()
            .where(_counted(start, end) & (Report.location.is_null() | Report.category.is_null()))
            .count()
        )
        overdue = (
            Report.select()
            .where(
                Report.status.in_(("new", "in_progress"))
                & (Report.follow_up_due < to_local(end, zone).date())
            )
            .count()
        )
        dup_names = (
            Contact.select(Contact.name_key)
            .where(Contact.merged_into.is_null() & (Contact.name_key != ""))
            .group_by(Contact.name_key)
            .having(fn.COUNT(Contact.id) > 1)
        )
        duplicates = dup_names.count()

        data = MonthlyData(
            office_name=settings.office_name,
            month=month,
            prepared_by=self.session.display_name,
            prepared_on=now_local().date(),
            note=note.strip(),
            paper=settings.paper_size,
            categories=categories,
            trend_months=trend_months,
            trend=trend,
            top_locations=top_locations,
            zones=zones,
            when=when,
            shifts=len(shift_rows),
            patrol_hours=round(sum(hours_by_officer.values()), 1),
            entries_by_activity=dict(by_activity),
            officers=officers,
            opened=opened,
            closed=len(closed_rows),
            open_by_age=open_by_age,
            median_days_to_close=round(statistics.median(days), 1) if days else None,
            voided=voided,
            interactions_by_channel=interactions_by_channel,
            people_reached=int(people_reached),
            new_contacts=new_contacts,
            tips=tips,
            events=events,
            problems_by_stage=problems_by_stage,
            problems_closed=closed_problems,
            notable=notable,
            next_month_events=upcoming,
            missing_location_or_category=missing,
            overdue_follow_ups=overdue,
            possible_duplicate_contacts=duplicates,
        )
        for cat in sorted(categories, key=lambda c: -abs(c.this_month - c.last_month))[:3]:
            cat_id = next((k for k, v in names.items() if v == cat.name), None)
            spot: Any = (
                Report.select(Location.name, fn.COUNT(Report.id).alias("n"))
                .join(Location)
                .where(_counted(start, end) & (Report.category == cat_id))
                .group_by(Location.name)
                .order_by(fn.COUNT(Report.id).desc(), Location.name)
                .limit(1)
                .tuples()
                .first()
            )
            if spot:
                data.hot_spots[cat.name] = (spot[0], spot[1])
        data.summary.extend(summarise(data))
        with db.atomic():
            audit.record(
                self.session,
                "print",
                "monthly_report",
                month.strftime("%Y-%m"),
                None,
                {"reports": data.total},
            )
        step(95, "laying out the PDF")
        return data

    @staticmethod
    def _places(
        model: Any,
        column: Any,
        start: datetime,
        end: datetime,
        prev_start: datetime,
        prev_end: datetime,
        limit: int,
    ) -> list[PlaceCount]:
        def counts(a: datetime, b: datetime) -> Counter[int]:
            rows: Any = (
                Report.select(column, fn.COUNT(Report.id))
                .where(_counted(a, b) & column.is_null(False))
                .group_by(column)
                .tuples()
            )
            return Counter({k: n for k, n in rows})

        now, before = counts(start, end), counts(prev_start, prev_end)
        places = {p.id: p for p in model.select()}
        zones = {z.id: z.name for z in Zone.select()}
        ranked = sorted(now, key=lambda k: (-now[k], places[k].name if k in places else ""))[:limit]
        return [
            PlaceCount(
                places[k].name if k in places else "?",
                zones.get(places[k].__data__.get("zone"), "")
                if model is Location and k in places
                else "",
                now[k],
                before.get(k, 0),
            )
            for k in ranked
        ]


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _change(new: int, old: int) -> str:
    if new == old:
        return f"stayed at {new:,}"
    return f"{'rose' if new > old else 'fell'} from {old:,} to {new:,}"


def summarise(data: MonthlyData) -> list[str]:
    """Three to five plain sentences a manager can read aloud, from the numbers only."""
    month = data.month.strftime("%B %Y")
    if data.is_empty:
        return [f"Nothing was recorded for {month}: no reports, patrols, contacts or events."]
    last = sum(c.last_month for c in data.categories)
    lines = [
        f"The office recorded {data.total:,} report{'s' if data.total != 1 else ''} in {month}; "
        f"the total {_change(data.total, last)} against the month before."
    ]
    moved = sorted(data.categories, key=lambda c: -abs(c.this_month - c.last_month))
    if moved and moved[0].this_month != moved[0].last_month:
        biggest = moved[0]
        sentence = f"{biggest.name} {_change(biggest.this_month, biggest.last_month)}"
        spot = data.hot_spots.get(biggest.name)
        if spot and spot[1] > 1:
            sentence += f"; {spot[1]} of them at {spot[0]}"
        elif data.top_locations:
            sentence += (
                f"; the busiest place overall was {data.top_locations[0].name} "
                f"({data.top_locations[0].this_month})"
            )
        lines.append(sentence + ".")
    if data.shifts:
        engagement = data.entries_by_activity.get("community_engagement", 0)
        lines.append(
            f"Officers worked {data.shifts:,} shifts ({data.patrol_hours:,g} hours) and "
            f"logged {sum(data.entries_by_activity.values()):,} patrol entries, "
            f"{engagement:,} of them community engagement."
        )
    held = sum(e.held for e in data.events)
    if held or data.people_reached:
        attended = sum(e.attended + e.walk_ins for e in data.events)
        lines.append(
            f"{held} event{'s were' if held != 1 else ' was'} held with {attended:,} people "
            f"attending, and {data.people_reached:,} people were reached in "
            f"{sum(data.interactions_by_channel.values()):,} contacts."
        )
    if data.closed or data.opened:
        median = (
            f"; the median time to close was {data.median_days_to_close:g} days"
            if data.median_days_to_close is not None
            else ""
        )
        lines.append(f"{data.opened:,} reports were opened and {data.closed:,} closed{median}.")
    return lines[:5]


def write_monthly_pdf(
    session: Session, month: date, out: Path, note: str = "", progress: Any = None
) -> Path:
    """Gather the month's numbers and lay out the PDF: what the GUI and the CLI both print."""
    from desktop_app.reporting.monthly_pdf import build_monthly_pdf  # it imports this module

    data = MonthlyReportService(session).gather(month, note, progress)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_monthly_pdf(data, out)
    if progress:
        progress(100, "done")
    return out
