"""The demo's reports: seasonal categories, hot spots, numbers per year, people involved."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop_app.demo import names as W
from desktop_app.demo import phrases as P
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.office import Office
from desktop_app.demo.run import DemoRun
from models.reports import Report, ReportPerson, ReportSequence

# What later generators link to: (id, category, location, occurred local, reporter or None)
ReportFact = tuple[int, str, str, datetime, int | None]

REPORT_COLUMNS = (
    "id",
    "number",
    "source",
    "received_at",
    "occurred_at",
    "received_by_id",
    "reporter_id",
    "anonymous",
    "category_id",
    "severity",
    "location_id",
    "zone_id",
    "account",
    "action_taken",
    "police_notified",
    "police_reference",
    "status",
    "assigned_officer_id",
    "follow_up_due",
    "closed_at",
    "void_reason",
    "updated_at",
)
ACTIONS = (
    "Advice given; area added to patrol plan.",
    "Officer attended and spoke to those present.",
    "Logged; council informed.",
    "Crime-prevention leaflet given.",
)
VOID_REASONS = (
    "Duplicate of an earlier report",
    "Entered against the wrong location; re-entered",
    "Reporting person withdrew the report",
)
SUBJECTS = (
    "Male, about 20, dark hoodie, on a bicycle",
    "Two teenagers, one in a red jacket",
    "Woman, about 40, grey coat, carrying a large bag",
)


# A run of thefts where there were hardly any: what the office's suggested problems should find.
SPIKE_PLACE, SPIKE_CATEGORY, SPIKE_DAYS = "Harbour Road car park", "Theft", (52, 38, 25, 13, 4)


def make_reports(run: DemoRun, office: Office, people: People) -> list[ReportFact]:
    """A day's count follows the scale (more on Fridays and Saturdays), its mix the season."""
    rng = run.rng
    writer = _ReportWriter(run, office, people)
    cats = list(P.CATEGORY_PROFILE)
    total_days = run.total_days
    for n, day in enumerate(run.days()):
        if n % 60 == 0:
            run.progress(10 + int(20 * n / total_days), "reports")
        month = day.month - 1
        weights = [P.CATEGORY_PROFILE[c][0] * P.CATEGORY_PROFILE[c][1][month] for c in cats]
        mean = run.scale.reports_per_day * (1.15 if day.weekday() in (4, 5) else 0.95)
        count = int(mean) + (1 if rng.random() < mean - int(mean) else 0)
        for _ in range(count):
            writer.add(day, run.pick_weighted(cats, weights))
        if (run.until - day).days in SPIKE_DAYS:
            writer.add(day, SPIKE_CATEGORY, SPIKE_PLACE)
    writer.finish()
    return writer.made


def _status(
    rng: random.Random, age: int, received: datetime, end: datetime
) -> tuple[str, datetime | None, str]:
    """Recent reports are still open; most others closed, a few void. (status, closed, reason)"""
    status, closed_at, void_reason = "closed", None, ""
    if age < 10 and rng.random() < 0.7:
        status = rng.choice(("new", "in_progress"))
    elif age < 45 and rng.random() < 0.25:
        status = "in_progress"
    elif rng.random() < 0.012:
        status, void_reason = "void", rng.choice(VOID_REASONS)
    if status == "closed":
        closed_at = received + timedelta(hours=rng.randint(2, 24 * 20))
        if closed_at >= end:  # not closed yet, as of the demo's "now"
            status, closed_at = "in_progress", None
    return status, closed_at, void_reason


class _ReportWriter:
    def __init__(self, run: DemoRun, office: Office, people: People) -> None:
        self.run = run
        self.office = office
        self.people = people
        self.loc_names = list(office.locations)
        self.reports = Bulk(Report, REPORT_COLUMNS)
        self.persons = Bulk(
            ReportPerson,
            ["id", "report_id", "contact_id", "name", "role", "description"],
            parents=[self.reports],
        )
        self.person_ids = Ids(ReportPerson)
        self.ids = Ids(Report)
        self.sequence: dict[int, int] = {r.year: r.last for r in ReportSequence.select()}
        self.made: list[ReportFact] = []

    def _where_and_when(
        self, category: str, day: date, place: str | None = None
    ) -> tuple[str, datetime, datetime]:
        """(location, occurred, received) in local time; received before the demo's "now"."""
        rng, end = self.run.rng, self.run.end
        _, _, hours, _ = P.CATEGORY_PROFILE[category]
        hot = P.HOT_SPOTS.get(category)
        location = rng.choice(hot) if hot and rng.random() < 0.45 else rng.choice(self.loc_names)
        location = place or location
        hour = min(23, rng.randint(hours[0], hours[1]))
        occurred = datetime.combine(day, time(hour, rng.randint(0, 59)))
        received = occurred + timedelta(minutes=rng.randint(20, 60 * 30))
        if received >= end:
            received = max(occurred, end - timedelta(minutes=1))
        return location, occurred, received

    def _source(self) -> tuple[str, int, bool, int | None]:
        """(source, taken by, anonymous, reporter): officers' own reports have no reporter."""
        rng = self.run.rng
        source = self.run.pick_weighted(("walk_in", "phone", "email", "officer"), (45, 30, 10, 15))
        taken_by = (
            rng.choice(self.office.officer_ids)
            if source == "officer"
            else rng.choice(self.office.desk_ids)
        )
        anonymous = source != "officer" and rng.random() < 0.12
        reporter = (
            None if anonymous or source == "officer" else rng.choice(self.people.resident_ids)
        )
        return source, taken_by, anonymous, reporter

    def add(self, day: date, category: str, place: str | None = None) -> None:
        run, rng = self.run, self.run.rng
        location, occurred, received = self._where_and_when(category, day, place)
        loc_id, zone_id = self.office.locations[location]
        source, taken_by, anonymous, reporter = self._source()
        severity = run.pick_weighted(("low", "medium", "high", "urgent"), (55, 33, 9, 3))
        officer = rng.choice(self.office.officer_ids)
        status, closed_at, void_reason = _status(rng, (run.until - day).days, received, run.end)
        follow_up = None
        if status in ("new", "in_progress"):
            follow_up = day + timedelta(days=rng.randint(3, 14))
        year = received.year
        self.sequence[year] = self.sequence.get(year, 0) + 1
        rid = self.ids.take()
        text = rng.choice(P.CATEGORY_PROFILE[category][3]).format(
            loc=location, time=occurred.strftime("%H:%M"), street=rng.choice(W.STREETS)
        )
        notified = severity in ("high", "urgent") or rng.random() < 0.08
        action = rng.choice(ACTIONS)
        reference = f"RP/{year % 100:02d}/{rng.randint(10000, 99999)}" if notified else ""
        assigned = officer if status != "new" or rng.random() < 0.5 else None
        self.reports.add(
            rid,
            f"WR-{year}-{self.sequence[year]:05d}",
            source,
            run.utc(received),
            run.utc(occurred),
            taken_by,
            reporter,
            anonymous,
            self.office.category_ids[category],
            severity,
            loc_id,
            zone_id,
            text,
            action,
            notified,
            reference,
            status,
            assigned,
            follow_up,
            run.utc(closed_at) if closed_at else None,
            void_reason,
            run.utc(closed_at or received),
        )
        self._persons(rid, category)
        self.made.append((rid, category, location, occurred, reporter))

    def _persons(self, rid: int, category: str) -> None:
        """A victim or witness now and then; for some thefts and the like, a described subject."""
        rng = self.run.rng
        if rng.random() < 0.18:
            self.persons.add(
                self.person_ids.take(),
                rid,
                rng.choice(self.people.resident_ids),
                "",
                rng.choice(("victim", "witness")),
                "",
            )
        if category in ("Theft", "Vandalism", "Harassment") and rng.random() < 0.3:
            self.persons.add(
                self.person_ids.take(), rid, None, "Unknown person", "subject", rng.choice(SUBJECTS)
            )

    def finish(self) -> None:
        self.reports.flush()
        self.persons.flush()
        for year, last in sorted(self.sequence.items()):
            ReportSequence.insert(year=year, last=last).on_conflict(
                conflict_target=[ReportSequence.year], update={ReportSequence.last: last}
            ).execute()
