"""The demo's patrol logs: shifts round the clock in every zone, each with its entries.

This is where a large demo spends its time (a million entries), so the per-entry loop stays
in one function with its lookups held in locals.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop_app.demo import phrases as P
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.office import Office
from desktop_app.demo.reports import ReportFact
from desktop_app.demo.run import DemoRun
from models.patrol import PatrolEntry, PatrolEntryContact, PatrolShift

SHIFT_COLUMNS = (
    "id",
    "officer_id",
    "started_at",
    "ended_at",
    "zone_id",
    "patrol_type",
    "weather",
    "relieved_id",
    "summary",
    "handover_notes",
    "created_at",
)
ENTRY_COLUMNS = (
    "id",
    "shift_id",
    "at",
    "officer_id",
    "zone_id",
    "location_id",
    "activity",
    "observation",
    "action_taken",
    "report_id",
)
ACTIVITY_WEIGHTS = (55, 20, 5, 7, 8, 5)  # in the order of phrases.PATROL_NOTES
SHIFT_STARTS = (7, 15, 23)  # early, late, night


def make_patrols(
    run: DemoRun, office: Office, people: People, reports: list[ReportFact]
) -> tuple[int, int]:
    """Write every shift and entry; returns (shifts, entries)."""
    writer = _PatrolWriter(run, office, people, reports)
    total_days = run.total_days
    for n, day in enumerate(run.days()):
        if n % 30 == 0:
            run.progress(30 + int(55 * n / total_days), "patrol logs")
        for k in range(run.scale.shifts_per_day):
            writer.shift(n, k, day)
    return writer.finish()


class _PatrolWriter:
    def __init__(
        self, run: DemoRun, office: Office, people: People, reports: list[ReportFact]
    ) -> None:
        self.run = run
        self.office = office
        self.people = people
        self.shifts = Bulk(PatrolShift, SHIFT_COLUMNS, chunk=2000)
        self.entries = Bulk(PatrolEntry, ENTRY_COLUMNS, chunk=5000, parents=[self.shifts])
        self.met = Bulk(
            PatrolEntryContact, ["id", "entry_id", "contact_id"], parents=[self.entries]
        )
        self.shift_ids = Ids(PatrolShift)
        self.entry_ids = Ids(PatrolEntry)
        self.met_ids = Ids(PatrolEntryContact)
        self.reports_by_day: dict[date, list[int]] = {}
        for rid, _, _, occurred, _ in reports:
            self.reports_by_day.setdefault(occurred.date(), []).append(rid)
        self.previous_by_zone: dict[int, int] = {}
        self.activities = list(P.PATROL_NOTES)

    def shift(self, n: int, k: int, day: date) -> None:
        """Shift k of day n: zones rotate so each gets its turn, officers rotate across them."""
        run, rng, office = self.run, self.run.rng, self.office
        zone_id = office.zone_ids[(n + k) % len(office.zone_ids)]
        officer = office.officer_ids[(n + k * 3) % len(office.officer_ids)]
        started = datetime.combine(day, time(SHIFT_STARTS[k % 3], 0)) + timedelta(
            minutes=rng.randint(-10, 10)
        )
        ended = started + timedelta(hours=8, minutes=rng.randint(-5, 25))
        if ended >= run.end:
            return  # the night shift still under way at the demo's "now"
        shift_id = self.shift_ids.take()
        zone_locs = office.locations_by_zone[zone_id]
        handover = rng.choice(P.HANDOVER).format(loc=rng.choice(zone_locs))
        relieved = self.previous_by_zone.get(zone_id)
        self.shifts.add(
            shift_id,
            officer,
            run.utc(started),
            run.utc(ended),
            zone_id,
            run.pick_weighted(("foot", "vehicle", "bicycle", "fixed_post"), (45, 35, 15, 5)),
            rng.choice(P.WEATHER),
            relieved if relieved != officer else None,
            "Patrol completed as planned.",
            handover,
            run.utc(started),
        )
        self.previous_by_zone[zone_id] = officer
        self._entries(shift_id, officer, zone_id, started, ended, day)

    def _entries(
        self,
        shift_id: int,
        officer: int,
        zone_id: int,
        started: datetime,
        ended: datetime,
        day: date,
    ) -> None:
        """Entries spaced evenly over the shift; an observed incident links to that day's report."""
        run, rng = self.run, self.run.rng
        utc, pick_weighted, take = run.utc, run.pick_weighted, self.entry_ids.take
        locations, partner_ids = self.office.locations, self.people.partner_ids
        zone_locs = self.office.locations_by_zone[zone_id]
        activities = self.activities
        count = rng.randint(*run.scale.entries_per_shift)
        step = (ended - started) / (count + 1)
        day_reports = self.reports_by_day.get(day, [])
        for j in range(count):
            at = started + step * (j + 1)
            activity = pick_weighted(activities, ACTIVITY_WEIGHTS)
            location = rng.choice(zone_locs)
            obs, action = rng.choice(P.PATROL_NOTES[activity])
            linked = (
                rng.choice(day_reports) if activity == "incident_observed" and day_reports else None
            )
            entry_id = take()
            self.entries.add(
                entry_id,
                shift_id,
                utc(at.replace(microsecond=0)),
                officer,
                zone_id,
                locations[location][0],
                activity,
                obs.format(loc=location),
                action,
                linked,
            )
            if activity == "community_engagement" and rng.random() < 0.5:
                self.met.add(self.met_ids.take(), entry_id, rng.choice(partner_ids))

    def finish(self) -> tuple[int, int]:
        self.shifts.flush()
        self.entries.flush()
        self.met.flush()
        return self.shifts.count, self.entries.count
