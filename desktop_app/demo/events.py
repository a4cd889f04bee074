"""The demo's events: a monthly programme by season, with staff, partners, tasks and attendance."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop_app.demo import names as W
from desktop_app.demo import phrases as P
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.event_records import HeldEvent, make_event_records
from desktop_app.demo.office import Office
from desktop_app.demo.run import DemoRun
from models.events import Attendance, Event, EventOfficer, EventPartner, EventTask

EVENT_COLUMNS = (
    "id",
    "kind",
    "title",
    "starts_at",
    "ends_at",
    "venue",
    "location_id",
    "lead_officer_id",
    "capacity",
    "status",
    "description",
    "walk_ins",
    "outcome_notes",
    "concerns_raised",
    "created_at",
    "zone_id",
    "cancel_reason",
)
VENUES = {
    "neighbourhood_watch": "Elm Park Community Centre",
    "safety_workshop": "Library",
    "family_safety_night": "Elm Park Community Centre",
    "school_programme": "Oakfield Primary School",
    "community_event": "Riverside Park",
    "safety_walk": "Footpath behind Market Square",
}
CANCEL_REASONS = (
    "Venue flooded; moved to next month.",
    "Storm warning for the evening.",
    "Too few registrations.",
)
TASKS = ("Book the venue", "Print leaflets", "Invite partners", "Prepare sign-in sheet")


def make_events(run: DemoRun, office: Office, people: People) -> int:
    """Every month from the start to two months past the end; returns how many events."""
    writer = _EventWriter(run, office, people)
    month = date(run.start.year, run.start.month, 1)
    horizon = run.until + timedelta(days=62)
    while month <= horizon:
        for kind in _programme(month):
            writer.add(month, kind)
        month = date(month.year + (month.month // 12), month.month % 12 + 1, 1)
    writer.flush()
    make_event_records(run, office, people, writer.held)
    return writer.count


def _programme(month: date) -> list[str]:
    """A watch meeting every month; a walk in the dark months, a workshop in the others; more."""
    plan = [
        "neighbourhood_watch",
        "safety_walk" if month.month in (1, 2, 10, 11, 12) else "safety_workshop",
    ]
    if month.month in (3, 6, 9, 12):
        plan.append("family_safety_night")
    if month.month in (1, 4, 9):
        plan.append("school_programme")
    if month.month in (7, 8):
        plan.append("community_event")
    return plan


def _old_concerns(rng: random.Random, held: bool) -> str:
    """Concerns are records now (demo/event_records.py), not this free text; the draw that once
    chose it is still made, so the rest of the demo comes out as before."""
    if held:
        rng.random()
    return ""


class _EventWriter:
    def __init__(self, run: DemoRun, office: Office, people: People) -> None:
        self.run = run
        self.office = office
        self.people = people
        self.events = Bulk(Event, EVENT_COLUMNS)
        self.staff = Bulk(EventOfficer, ["id", "event_id", "officer_id"], parents=[self.events])
        self.partners = Bulk(EventPartner, ["id", "event_id", "contact_id"], parents=[self.events])
        self.tasks = Bulk(
            EventTask,
            ["id", "event_id", "title", "owner_id", "due_on", "done", "done_at"],
            parents=[self.events],
        )
        self.attendance = Bulk(
            Attendance,
            ["id", "event_id", "contact_id", "status", "registered_at", "checked_in_at"],
            parents=[self.events],
        )
        self.ids, self.staff_ids, self.partner_ids = (
            Ids(Event),
            Ids(EventOfficer),
            Ids(EventPartner),
        )
        self.task_ids, self.attendance_ids = Ids(EventTask), Ids(Attendance)
        self.invitees = list(dict.fromkeys(people.resident_ids + people.partner_ids))
        self.count = 0
        self.held: list[HeldEvent] = []

    def _when(self, month: date, kind: str) -> tuple[date, datetime, datetime, str]:
        """(day, starts, ends, status): held or now and then cancelled if past, else planned."""
        rng = self.run.rng
        day = month + timedelta(days=rng.randint(2, 26))
        hour = 10 if kind in ("community_event", "school_programme") else 18
        starts = datetime.combine(day, time(hour, 30 if hour == 18 else 0))
        ends = starts + timedelta(hours=2 if kind != "community_event" else 5)
        if day < self.run.until:
            status = "held" if rng.random() > 0.05 else "cancelled"
        else:
            status = rng.choice(("planned", "confirmed"))
        return day, starts, ends, status

    def add(self, month: date, kind: str) -> None:
        run, rng = self.run, self.run.rng
        zone_name = W.ZONES[self.count % len(W.ZONES)][0].split(" – ")[1]
        title = P.EVENT_TITLES[kind].format(zone=zone_name)
        day, starts, ends, status = self._when(month, kind)
        venue = VENUES[kind]
        e = self.ids.take()
        lead = rng.choice(self.office.officer_ids)
        capacity = {"community_event": 300, "school_programme": 60}.get(kind, 40)
        registered = rng.sample(self.invitees, rng.randint(8, min(35, capacity)))
        held = status == "held"
        self.events.add(
            e,
            kind,
            title,
            run.utc(starts),
            run.utc(ends),
            venue,
            self.office.locations[venue][0],
            lead,
            capacity,
            status,
            f"{title} for residents and partners.",
            rng.randint(0, 12) if held else 0,
            "Good turnout; residents asked for more evening patrols." if held else "",
            _old_concerns(rng, held),
            run.utc(starts - timedelta(days=30)),
            self.office.locations[venue][1],
            rng.choice(CANCEL_REASONS) if status == "cancelled" else "",
        )
        self._people(e, lead)
        self._tasks(e, lead, day)
        went = tuple(c for c in registered if self._attend(e, c, starts, held))
        if held:
            self.held.append(HeldEvent(e, kind, starts, lead, went))
        self.count += 1

    def _people(self, e: int, lead: int) -> None:
        """The lead, another officer when the draw gives one, and one of the main partners."""
        rng = self.run.rng
        self.staff.add(self.staff_ids.take(), e, lead)
        other = rng.choice(self.office.officer_ids)
        if other != lead:
            self.staff.add(self.staff_ids.take(), e, other)
        self.partners.add(self.partner_ids.take(), e, rng.choice(self.people.partner_ids[:18]))

    def _tasks(self, e: int, lead: int, day: date) -> None:
        """The lead's to-do list, due in the fortnight before; done when the date has passed."""
        for t, title in enumerate(TASKS):
            due = day - timedelta(days=14 - t * 3)
            done = due < self.run.until
            self.tasks.add(
                self.task_ids.take(),
                e,
                title,
                lead,
                due,
                done,
                self.run.utc(datetime.combine(due, time(12, 0))) if done else None,
            )

    def _attend(self, e: int, contact: int, starts: datetime, held: bool) -> bool:
        """Registered, and when the event was held attended or not; True when they came."""
        run, rng = self.run, self.run.rng
        reg_at = run.utc(starts - timedelta(days=rng.randint(1, 25)))
        if not held:
            self.attendance.add(self.attendance_ids.take(), e, contact, "registered", reg_at, None)
            return False
        went = rng.random() < 0.78
        checked_in = run.utc(starts + timedelta(minutes=rng.randint(-15, 20))) if went else None
        self.attendance.add(
            self.attendance_ids.take(),
            e,
            contact,
            "attended" if went else "no_show",
            reg_at,
            checked_in,
        )
        return went

    def flush(self) -> None:
        for bulk in (self.events, self.staff, self.partners, self.tasks, self.attendance):
            bulk.flush()
