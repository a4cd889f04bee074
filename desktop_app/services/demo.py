"""`beacon demo`: a realistic, deterministic demo office written with bulk inserts.

The same seed, scale and end date always give the same records (password hashes aside, which are
salted). Times are made in the office's local time and stored in UTC like everything else.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from peewee import Model, PostgresqlDatabase

from desktop_app.services import audit
from desktop_app.services import demo_words as W
from desktop_app.services.errors import ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.picklists import DEFAULT_CATEGORIES
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import hash_password
from models.base import name_key
from models.contacts import Contact, ContactRole
from models.database import db
from models.events import Attendance, Event, EventOfficer, EventPartner, EventTask
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, Setting, User, Zone
from models.patrol import PatrolEntry, PatrolEntryContact, PatrolShift
from models.problems import Problem, ProblemAction, ProblemPartner, ProblemReport
from models.reports import Report, ReportPerson, ReportSequence

Progress = Callable[[int, str], None]  # percent, what is being made


@dataclass(frozen=True)
class DemoScale:
    name: str
    years: int
    officers: int
    contacts: int
    shifts_per_day: int
    entries_per_shift: tuple[int, int]
    reports_per_day: float
    interactions_per_day: float


SCALES = {
    "small": DemoScale("small", 1, 8, 600, 3, (6, 12), 1.6, 4.0),
    "large": DemoScale("large", 10, 36, 6000, 12, (20, 27), 42.0, 9.0),
}


@dataclass(frozen=True)
class DemoSummary:
    users: int
    zones: int
    locations: int
    contacts: int
    shifts: int
    patrol_entries: int
    reports: int
    interactions: int
    events: int
    problems: int
    password: str

    def describe(self) -> str:
        return (
            f"{self.users} users, {self.zones} zones, {self.locations} locations, "
            f"{self.contacts:,} contacts, {self.shifts:,} shifts with "
            f"{self.patrol_entries:,} patrol entries, {self.reports:,} reports, "
            f"{self.interactions:,} interactions, "
            f"{self.events} events, {self.problems} problems"
        )


class _Ids:
    """Hands out explicit primary keys so child rows can reference parents before insert."""

    def __init__(self, model: type[Model]) -> None:
        key: Any = model._meta.primary_key
        last = model.select(key).order_by(key.desc()).scalar()
        self.next = (last or 0) + 1

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


class _Bulk:
    """Buffered executemany inserts: the fastest portable way to write a million rows."""

    def __init__(
        self,
        model: type[Model],
        columns: Sequence[str],
        chunk: int = 5000,
        parents: Sequence[_Bulk] = (),
    ) -> None:
        self.model = model
        self.parents = list(parents)  # flushed first, so foreign keys always find their row
        self.columns = list(columns)
        self.rows: list[tuple[Any, ...]] = []
        self.chunk = chunk
        self.count = 0
        self.sqlite = not isinstance(db.obj, PostgresqlDatabase)
        p = db.param
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join([p] * len(self.columns))
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks})'

    def add(self, *values: Any) -> None:
        if self.sqlite:
            values = tuple(str(v) if isinstance(v, datetime | date) else v for v in values)
        self.rows.append(values)
        if len(self.rows) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for parent in self.parents:
            parent.flush()
        if self.rows:
            cursor = db.cursor()
            cursor.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows = []


def _fix_sequences(models: Iterable[type[Model]]) -> None:
    """After explicit ids on PostgreSQL, move each serial sequence past the highest id."""
    if not isinstance(db.obj, PostgresqlDatabase):
        return
    for model in models:
        table = model._meta.table_name
        key: Any = model._meta.primary_key
        pk = key.column_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk}'), "
            f'COALESCE((SELECT MAX("{pk}") FROM "{table}"), 1))'
        )


class DemoBuilder:
    def __init__(
        self, seed: int, scale: DemoScale, until: date, tz: tzinfo, progress: Progress | None = None
    ) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.until = until
        self.start = date(until.year - scale.years, until.month, 1)
        self.end = datetime.combine(until, time(0))  # the demo's "now": local midnight of until
        self.tz = tz
        self.progress = progress or (lambda pct, what: None)
        self._utc_cache: dict[tuple[date, int], timedelta] = {}

    # ---- helpers -----------------------------------------------------------------------------
    def utc(self, local: datetime) -> datetime:
        """Local naive -> UTC naive, with the offset cached per day and hour (fast for 1M rows)."""
        key = (local.date(), local.hour)
        offset = self._utc_cache.get(key)
        if offset is None:
            aware = local.replace(minute=0, second=0, microsecond=0, tzinfo=self.tz)
            offset = aware.utcoffset() or timedelta(0)
            self._utc_cache[key] = offset
        return local - offset

    def days(self) -> Iterable[date]:
        day = self.start
        while day < self.until:  # whole days before `until`; nothing is dated after its start
            yield day
            day += timedelta(days=1)

    def pick_weighted(self, options: Sequence[Any], weights: Sequence[float]) -> Any:
        return self.rng.choices(options, weights=weights, k=1)[0]

    # ---- build -------------------------------------------------------------------------------
    def build(self, actor: Session) -> DemoSummary:
        self.progress(1, "office and staff")
        self._office()
        self.progress(5, "contacts")
        self._contacts()
        self.progress(10, "reports")
        self._reports()
        self.progress(30, "patrol logs")
        self._patrols()
        self.progress(85, "interactions")
        self._interactions()
        self.progress(90, "events")
        self._events()
        self.progress(95, "problems")
        self._problems()
        _fix_sequences(
            [
                User,
                Zone,
                Location,
                Category,
                Contact,
                ContactRole,
                Report,
                ReportPerson,
                PatrolShift,
                PatrolEntry,
                PatrolEntryContact,
                Interaction,
                InteractionContact,
                Event,
                EventOfficer,
                EventPartner,
                EventTask,
                Attendance,
                Problem,
                ProblemPartner,
                ProblemReport,
                ProblemAction,
            ]
        )
        summary = DemoSummary(
            users=len(self.user_ids),
            zones=len(self.zone_ids),
            locations=len(self.locations),
            contacts=len(self.contact_ids),
            shifts=self.shift_count,
            patrol_entries=self.entry_count,
            reports=len(self.reports),
            interactions=self.interaction_count,
            events=self.event_count,
            problems=self.problem_count,
            password=W.DEMO_PASSWORD,
        )
        audit.record(
            actor,
            "demo_load",
            "database",
            "",
            None,
            {
                "scale": self.scale.name,
                "until": self.until.isoformat(),
                **{k: v for k, v in summary.__dict__.items() if k != "password"},
            },
        )
        self.progress(100, "done")
        return summary

    def _office(self) -> None:
        existing = {u.username: u.id for u in User.select(User.username, User.id)}
        digest = hash_password(W.DEMO_PASSWORD)
        created = datetime.combine(self.start, time(8, 0))
        users = _Bulk(
            User,
            [
                "id",
                "username",
                "display_name",
                "role",
                "password_hash",
                "active",
                "failed_signins",
                "created_at",
            ],
        )
        ids = _Ids(User)
        self.user_ids: dict[str, int] = {}
        staff = [(u, n, r) for u, n, r in W.STAFF]
        officers = list(W.OFFICERS)
        while len(officers) < self.scale.officers:  # a large office needs more names
            first = W.FIRST_NAMES[len(officers) * 7 % len(W.FIRST_NAMES)]
            last = W.LAST_NAMES[len(officers) * 11 % len(W.LAST_NAMES)]
            officers.append(
                (
                    f"{first[0]}{name_key(last).replace(' ', '')}{len(officers)}".lower(),
                    f"{first} {last}",
                )
            )
        officers = officers[: self.scale.officers]
        staff += [(u, n, "officer") for u, n in officers]
        for username, display, role in staff:
            if username in existing:
                self.user_ids[username] = existing[username]
                continue
            uid = ids.take()
            users.add(uid, username, display, role, digest, True, 0, created)
            self.user_ids[username] = uid
        users.flush()
        self.officer_ids = [self.user_ids[u] for u, _ in officers]
        self.desk_ids = [self.user_ids["desk1"], self.user_ids["desk2"]]
        self.manager_id = self.user_ids["manager"]

        zones = _Bulk(Zone, ["id", "name", "name_key", "description", "active"])
        zid = _Ids(Zone)
        self.zone_ids: list[int] = []
        for name, description in W.ZONES:
            z = zid.take()
            zones.add(z, name, name_key(name), description, True)
            self.zone_ids.append(z)
        zones.flush()
        locs = _Bulk(Location, ["id", "name", "name_key", "address", "zone_id", "kind", "active"])
        lid = _Ids(Location)
        self.locations: dict[str, tuple[int, int]] = {}  # name -> (id, zone id)
        for name, zone_index, kind in W.LOCATIONS:
            i = lid.take()
            zone_id = self.zone_ids[zone_index]
            locs.add(i, name, name_key(name), f"{name}, {W.TOWN}", zone_id, kind, True)
            self.locations[name] = (i, zone_id)
        locs.flush()
        self.locations_by_zone: dict[int, list[str]] = {}
        for name, (_, zone_id) in self.locations.items():
            self.locations_by_zone.setdefault(zone_id, []).append(name)

        have = {c.name_key: c.id for c in Category.select(Category.name_key, Category.id)}
        cats = _Bulk(Category, ["id", "name", "name_key", "sort_order", "active"])
        cid = _Ids(Category)
        self.category_ids: dict[str, int] = {}
        for order, name in enumerate(DEFAULT_CATEGORIES):
            if name_key(name) in have:
                self.category_ids[name] = have[name_key(name)]
                continue
            i = cid.take()
            cats.add(i, name, name_key(name), order, True)
            self.category_ids[name] = i
        cats.flush()

        if not Setting.select().where(Setting.key == "office_name").exists():
            Setting.insert(key="office_name", value=f'"{W.OFFICE_NAME}"').execute()
            Setting.insert(key="address", value=f'"1 Market Street, {W.TOWN}"').execute()
            Setting.insert(key="phone", value='"0161 496 0000"').execute()

    def _phone(self) -> str:
        return f"0161 496 0{self.rng.randint(100, 999)}"

    def _contacts(self) -> None:
        rng = self.rng
        rows = _Bulk(
            Contact,
            [
                "id",
                "kind",
                "name",
                "name_key",
                "organisation",
                "phone",
                "phone_digits",
                "email",
                "address",
                "zone_id",
                "preferred_channel",
                "consent",
                "consent_at",
                "consent_method",
                "stay_in_touch_days",
                "notes",
                "created_at",
                "updated_at",
            ],
        )
        roles = _Bulk(ContactRole, ["id", "contact_id", "role"], parents=[rows])
        rid = _Ids(ContactRole)
        ids = _Ids(Contact)
        self.contact_ids: list[int] = []
        self.partner_ids: list[int] = []
        self.resident_ids: list[int] = []
        self.contact_names: dict[int, str] = {}
        span = (self.until - self.start).days - 1

        def add(
            kind: str,
            name: str,
            organisation: str,
            role: str | None,
            keep_in_touch: int | None,
            zone_id: int | None = None,
        ) -> int:
            i = ids.take()
            phone = self._phone()
            street = rng.choice(W.STREETS)
            created = self.utc(
                datetime.combine(
                    self.start + timedelta(days=rng.randint(0, span)),
                    time(rng.randint(9, 17), rng.randint(0, 59)),
                )
            )
            consent = rng.random() < 0.6
            email_name = "".join(
                ch for ch in name.lower().replace(" ", ".") if ch.isalnum() or ch == "."
            )
            rows.add(
                i,
                kind,
                name,
                name_key(name),
                organisation,
                phone,
                "".join(ch for ch in phone if ch.isdigit()),
                f"{email_name}@example.org" if rng.random() < 0.7 else "",
                f"{rng.randint(1, 180)} {street}, {W.TOWN}",
                zone_id or rng.choice(self.zone_ids),
                rng.choice(("in_person", "phone", "email", "text")),
                consent,
                created if consent else None,
                rng.choice(("Signed form at the desk", "Verbal, by phone", "Email reply"))
                if consent
                else "",
                keep_in_touch,
                "",
                created,
                created,
            )
            if role:
                roles.add(rid.take(), i, role)
            self.contact_ids.append(i)
            self.contact_names[i] = name
            return i

        for index, group in enumerate(W.COMMUNITY_GROUPS):
            self.partner_ids.append(
                add(
                    "community_group",
                    group,
                    group,
                    "community group lead",
                    60,
                    self.zone_ids[index % len(self.zone_ids)],
                )
            )
        for agency in W.PARTNER_AGENCIES:
            self.partner_ids.append(add("partner_agency", agency, agency, "partner agency", 90))
        self.partner_ids.append(
            add(
                "school",
                "Oakfield Primary School",
                "Oakfield Primary School",
                "school liaison",
                30,
                self.zone_ids[3],
            )
        )
        self.partner_ids.append(
            add(
                "school",
                "Riverside College",
                "Riverside College",
                "school liaison",
                30,
                self.zone_ids[3],
            )
        )
        self.partner_ids.append(
            add(
                "community_group",
                "Elm Park Community Centre",
                "Elm Park Community Centre",
                "venue",
                60,
                self.zone_ids[0],
            )
        )
        businesses = max(40, self.scale.contacts // 12)
        for _ in range(businesses):
            trade = rng.choice(W.BUSINESS_KINDS)
            owner = f"{rng.choice(W.FIRST_NAMES)} {rng.choice(W.LAST_NAMES)}"
            shop = f"{rng.choice(W.STREETS).split()[0]} {trade}"
            cid = add("business", owner, shop, "business owner", 90 if rng.random() < 0.4 else None)
            self.partner_ids.append(cid)
        while len(self.contact_ids) < self.scale.contacts - 6:
            name = f"{rng.choice(W.FIRST_NAMES)} {rng.choice(W.LAST_NAMES)}"
            captain = rng.random() < 0.04
            cid = add(
                "resident", name, "", "block captain" if captain else None, 30 if captain else None
            )
            self.resident_ids.append(cid)
            if captain:
                self.partner_ids.append(cid)
        # A few duplicates, as front desks really make them (data-quality checks should find them).
        for original in rng.sample(self.resident_ids, 6):
            self.resident_ids.append(
                add("resident", self.contact_names[original].upper(), "", None, None)
            )
        rows.flush()
        roles.flush()

    def _reports(self) -> None:
        rng = self.rng
        cats = list(W.CATEGORY_PROFILE)
        loc_names = list(self.locations)
        reports = _Bulk(
            Report,
            [
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
            ],
        )
        people = _Bulk(
            ReportPerson,
            ["id", "report_id", "contact_id", "name", "role", "description"],
            parents=[reports],
        )
        pid = _Ids(ReportPerson)
        ids = _Ids(Report)
        sequence: dict[int, int] = {r.year: r.last for r in ReportSequence.select()}
        # (id, category, location, occurred local, reporter) for links made later
        self.reports: list[tuple[int, str, str, datetime, int | None]] = []
        today = self.until
        total_days = (self.until - self.start).days + 1
        for n, day in enumerate(self.days()):
            if n % 60 == 0:
                self.progress(10 + int(20 * n / total_days), "reports")
            month = day.month - 1
            weights = [W.CATEGORY_PROFILE[c][0] * W.CATEGORY_PROFILE[c][1][month] for c in cats]
            mean = self.scale.reports_per_day * (1.15 if day.weekday() in (4, 5) else 0.95)
            count = int(mean) + (1 if rng.random() < mean - int(mean) else 0)
            for _ in range(count):
                category = self.pick_weighted(cats, weights)
                _, _, hours, texts = W.CATEGORY_PROFILE[category]
                hot = W.HOT_SPOTS.get(category)
                location = rng.choice(hot) if hot and rng.random() < 0.45 else rng.choice(loc_names)
                loc_id, zone_id = self.locations[location]
                hour = min(23, rng.randint(hours[0], hours[1]))
                occurred = datetime.combine(day, time(hour, rng.randint(0, 59)))
                received = occurred + timedelta(minutes=rng.randint(20, 60 * 30))
                if received >= self.end:
                    received = max(occurred, self.end - timedelta(minutes=1))
                source = self.pick_weighted(
                    ("walk_in", "phone", "email", "officer"), (45, 30, 10, 15)
                )
                taken_by = (
                    rng.choice(self.officer_ids)
                    if source == "officer"
                    else rng.choice(self.desk_ids)
                )
                anonymous = source != "officer" and rng.random() < 0.12
                reporter = (
                    None if anonymous or source == "officer" else rng.choice(self.resident_ids)
                )
                severity = self.pick_weighted(("low", "medium", "high", "urgent"), (55, 33, 9, 3))
                age = (today - day).days
                officer = rng.choice(self.officer_ids)
                status, closed_at, follow_up, void_reason = "closed", None, None, ""
                if age < 10 and rng.random() < 0.7:
                    status = rng.choice(("new", "in_progress"))
                elif age < 45 and rng.random() < 0.25:
                    status = "in_progress"
                elif rng.random() < 0.012:
                    status, void_reason = (
                        "void",
                        rng.choice(
                            (
                                "Duplicate of an earlier report",
                                "Entered against the wrong location; re-entered",
                                "Reporting person withdrew the report",
                            )
                        ),
                    )
                if status == "closed":
                    closed_at = received + timedelta(hours=rng.randint(2, 24 * 20))
                    if closed_at >= self.end:  # not closed yet, as of the demo's "now"
                        status, closed_at = "in_progress", None
                if status in ("new", "in_progress"):
                    follow_up = day + timedelta(days=rng.randint(3, 14))
                year = received.year
                sequence[year] = sequence.get(year, 0) + 1
                rid = ids.take()
                text = rng.choice(texts).format(
                    loc=location, time=occurred.strftime("%H:%M"), street=rng.choice(W.STREETS)
                )
                notified = severity in ("high", "urgent") or rng.random() < 0.08
                reports.add(
                    rid,
                    f"WR-{year}-{sequence[year]:05d}",
                    source,
                    self.utc(received),
                    self.utc(occurred),
                    taken_by,
                    reporter,
                    anonymous,
                    self.category_ids[category],
                    severity,
                    loc_id,
                    zone_id,
                    text,
                    rng.choice(
                        (
                            "Advice given; area added to patrol plan.",
                            "Officer attended and spoke to those present.",
                            "Logged; council informed.",
                            "Crime-prevention leaflet given.",
                        )
                    ),
                    notified,
                    f"RP/{year % 100:02d}/{rng.randint(10000, 99999)}" if notified else "",
                    status,
                    officer if status != "new" or rng.random() < 0.5 else None,
                    follow_up,
                    self.utc(closed_at) if closed_at else None,
                    void_reason,
                    self.utc(closed_at or received),
                )
                if rng.random() < 0.18:
                    people.add(
                        pid.take(),
                        rid,
                        rng.choice(self.resident_ids),
                        "",
                        rng.choice(("victim", "witness")),
                        "",
                    )
                if category in ("Theft", "Vandalism", "Harassment") and rng.random() < 0.3:
                    people.add(
                        pid.take(),
                        rid,
                        None,
                        "Unknown person",
                        "subject",
                        rng.choice(
                            (
                                "Male, about 20, dark hoodie, on a bicycle",
                                "Two teenagers, one in a red jacket",
                                "Woman, about 40, grey coat, carrying a large bag",
                            )
                        ),
                    )
                self.reports.append((rid, category, location, occurred, reporter))
        reports.flush()
        people.flush()
        for year, last in sorted(sequence.items()):
            ReportSequence.insert(year=year, last=last).on_conflict(
                conflict_target=[ReportSequence.year], update={ReportSequence.last: last}
            ).execute()

    def _patrols(self) -> None:
        rng = self.rng
        shifts = _Bulk(
            PatrolShift,
            [
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
            ],
            chunk=2000,
        )
        entries = _Bulk(
            PatrolEntry,
            [
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
            ],
            chunk=5000,
            parents=[shifts],
        )
        met = _Bulk(PatrolEntryContact, ["id", "entry_id", "contact_id"], parents=[entries])
        sid, eid, mid = _Ids(PatrolShift), _Ids(PatrolEntry), _Ids(PatrolEntryContact)
        activities = list(W.PATROL_NOTES)
        activity_weights = (55, 20, 5, 7, 8, 5)
        starts = (7, 15, 23)
        total_days = (self.until - self.start).days + 1
        reports_by_day: dict[date, list[int]] = {}
        for rid, _, _, occurred, _ in self.reports:
            reports_by_day.setdefault(occurred.date(), []).append(rid)
        previous_by_zone: dict[int, int] = {}
        for n, day in enumerate(self.days()):
            if n % 30 == 0:
                self.progress(30 + int(55 * n / total_days), "patrol logs")
            for k in range(self.scale.shifts_per_day):
                # Three shifts a day (early, late, night), zones rotating so each gets its turn.
                zone_id = self.zone_ids[(n + k) % len(self.zone_ids)]
                start_hour = starts[k % 3]
                officer = self.officer_ids[(n + k * 3) % len(self.officer_ids)]
                started = datetime.combine(day, time(start_hour, 0)) + timedelta(
                    minutes=rng.randint(-10, 10)
                )
                ended = started + timedelta(hours=8, minutes=rng.randint(-5, 25))
                if ended >= self.end:
                    continue  # the night shift still under way at the demo's "now"
                shift_id = sid.take()
                zone_locs = self.locations_by_zone[zone_id]
                handover = rng.choice(W.HANDOVER).format(loc=rng.choice(zone_locs))
                relieved = previous_by_zone.get(zone_id)
                shifts.add(
                    shift_id,
                    officer,
                    self.utc(started),
                    self.utc(ended),
                    zone_id,
                    self.pick_weighted(
                        ("foot", "vehicle", "bicycle", "fixed_post"), (45, 35, 15, 5)
                    ),
                    rng.choice(W.WEATHER),
                    relieved if relieved != officer else None,
                    "Patrol completed as planned.",
                    handover,
                    self.utc(started),
                )
                previous_by_zone[zone_id] = officer
                count = rng.randint(*self.scale.entries_per_shift)
                step = (ended - started) / (count + 1)
                day_reports = reports_by_day.get(day, [])
                for j in range(count):
                    at = started + step * (j + 1)
                    activity = self.pick_weighted(activities, activity_weights)
                    location = rng.choice(zone_locs)
                    obs, action = rng.choice(W.PATROL_NOTES[activity])
                    linked = (
                        rng.choice(day_reports)
                        if activity == "incident_observed" and day_reports
                        else None
                    )
                    entry_id = eid.take()
                    entries.add(
                        entry_id,
                        shift_id,
                        self.utc(at.replace(microsecond=0)),
                        officer,
                        zone_id,
                        self.locations[location][0],
                        activity,
                        obs.format(loc=location),
                        action,
                        linked,
                    )
                    if activity == "community_engagement" and rng.random() < 0.5:
                        met.add(mid.take(), entry_id, rng.choice(self.partner_ids))
        shifts.flush()
        entries.flush()
        met.flush()
        self.shift_count, self.entry_count = shifts.count, entries.count

    def _interactions(self) -> None:
        rng = self.rng
        rows = _Bulk(
            Interaction,
            [
                "id",
                "occurred_at",
                "officer_id",
                "channel",
                "purpose",
                "summary",
                "duration_minutes",
                "follow_up_on",
                "is_tip",
                "report_id",
                "event_id",
                "problem_id",
                "created_at",
            ],
        )
        links = _Bulk(InteractionContact, ["id", "interaction_id", "contact_id"], parents=[rows])
        ids, lid = _Ids(Interaction), _Ids(InteractionContact)
        count = 0
        for rid, category, location, occurred, reporter in self.reports:
            if reporter is None:
                continue
            i = ids.take()
            local_at = min(
                occurred + timedelta(hours=rng.randint(1, 20)), self.end - timedelta(minutes=1)
            )
            at = self.utc(local_at)
            rows.add(
                i,
                at,
                rng.choice(self.desk_ids),
                "walk_in",
                "Report taken",
                f"Took a {category.lower()} report about {location}.",
                rng.randint(5, 25),
                None,
                False,
                rid,
                None,
                None,
                at,
            )
            links.add(lid.take(), i, reporter)
            count += 1
        span = (self.until - self.start).days - 1
        extra = int(self.scale.interactions_per_day * span)
        for _ in range(extra):
            day = self.start + timedelta(days=rng.randint(0, span))
            local = datetime.combine(day, time(rng.randint(8, 20), rng.randint(0, 59)))
            purpose = rng.choice(W.INTERACTION_PURPOSES)
            contact = (
                rng.choice(self.partner_ids)
                if rng.random() < 0.55
                else rng.choice(self.resident_ids)
            )
            tip = purpose == "Tip about activity"
            i = ids.take()
            at = self.utc(local)
            follow = day + timedelta(days=rng.randint(7, 30)) if rng.random() < 0.15 else None
            rows.add(
                i,
                at,
                rng.choice(self.officer_ids),
                self.pick_weighted(
                    ("in_person", "phone", "email", "meeting", "text"), (40, 30, 15, 10, 5)
                ),
                purpose,
                f"{purpose} with {self.contact_names[contact]}.",
                rng.randint(3, 60),
                follow,
                tip,
                None,
                None,
                None,
                at,
            )
            links.add(lid.take(), i, contact)
            count += 1
        rows.flush()
        links.flush()
        self.interaction_count = count

    def _events(self) -> None:
        rng = self.rng
        events = _Bulk(
            Event,
            [
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
            ],
        )
        staff = _Bulk(EventOfficer, ["id", "event_id", "officer_id"], parents=[events])
        partners = _Bulk(EventPartner, ["id", "event_id", "contact_id"], parents=[events])
        tasks = _Bulk(
            EventTask,
            ["id", "event_id", "title", "owner_id", "due_on", "done", "done_at"],
            parents=[events],
        )
        attendance = _Bulk(
            Attendance,
            ["id", "event_id", "contact_id", "status", "registered_at", "checked_in_at"],
            parents=[events],
        )
        eid, oid, pid, tid, aid = (
            _Ids(Event),
            _Ids(EventOfficer),
            _Ids(EventPartner),
            _Ids(EventTask),
            _Ids(Attendance),
        )
        month = date(self.start.year, self.start.month, 1)
        horizon = self.until + timedelta(days=62)
        venue_for = {
            "neighbourhood_watch": "Elm Park Community Centre",
            "safety_workshop": "Library",
            "family_safety_night": "Elm Park Community Centre",
            "school_programme": "Oakfield Primary School",
            "community_event": "Riverside Park",
            "safety_walk": "Footpath behind Market Square",
        }
        count = 0
        n = 0
        while month <= horizon:
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
            for kind in plan:
                zone_name = W.ZONES[n % len(W.ZONES)][0].split(" – ")[1]
                n += 1
                day = month + timedelta(days=rng.randint(2, 26))
                hour = 10 if kind in ("community_event", "school_programme") else 18
                starts = datetime.combine(day, time(hour, 30 if hour == 18 else 0))
                ends = starts + timedelta(hours=2 if kind != "community_event" else 5)
                past = day < self.until
                status = (
                    ("held" if rng.random() > 0.05 else "cancelled")
                    if past
                    else rng.choice(("planned", "confirmed"))
                )
                venue = venue_for[kind]
                e = eid.take()
                lead = rng.choice(self.officer_ids)
                capacity = {"community_event": 300, "school_programme": 60}.get(kind, 40)
                people = list(dict.fromkeys(self.resident_ids + self.partner_ids))
                registered = rng.sample(people, rng.randint(8, min(35, capacity)))
                walk_ins = rng.randint(0, 12) if status == "held" else 0
                events.add(
                    e,
                    kind,
                    W.EVENT_TITLES[kind].format(zone=zone_name),
                    self.utc(starts),
                    self.utc(ends),
                    venue,
                    self.locations[venue][0],
                    lead,
                    capacity,
                    status,
                    f"{W.EVENT_TITLES[kind].format(zone=zone_name)} for residents and partners.",
                    walk_ins,
                    "Good turnout; residents asked for more evening patrols."
                    if status == "held"
                    else "",
                    "Dark footpaths and parking at school times."
                    if status == "held" and rng.random() < 0.5
                    else "",
                    self.utc(starts - timedelta(days=30)),
                )
                staff.add(oid.take(), e, lead)
                other = rng.choice(self.officer_ids)
                if other != lead:
                    staff.add(oid.take(), e, other)
                partners.add(pid.take(), e, rng.choice(self.partner_ids[:18]))
                for t, title in enumerate(
                    ("Book the venue", "Print leaflets", "Invite partners", "Prepare sign-in sheet")
                ):
                    due = day - timedelta(days=14 - t * 3)
                    done = due < self.until
                    tasks.add(
                        tid.take(),
                        e,
                        title,
                        lead,
                        due,
                        done,
                        self.utc(datetime.combine(due, time(12, 0))) if done else None,
                    )
                for contact in registered:
                    reg_at = self.utc(starts - timedelta(days=rng.randint(1, 25)))
                    if status == "held":
                        went = rng.random() < 0.78
                        attendance.add(
                            aid.take(),
                            e,
                            contact,
                            "attended" if went else "no_show",
                            reg_at,
                            self.utc(starts + timedelta(minutes=rng.randint(-15, 20)))
                            if went
                            else None,
                        )
                    else:
                        attendance.add(aid.take(), e, contact, "registered", reg_at, None)
                count += 1
            month = date(month.year + (month.month // 12), month.month % 12 + 1, 1)
        for bulk in (events, staff, partners, tasks, attendance):
            bulk.flush()
        self.event_count = count

    def _problems(self) -> None:
        rng = self.rng
        plans = (
            (
                "Bicycle thefts at Elm Street car park",
                "Elm Street car park",
                "Theft",
                "response",
                "",
            ),
            (
                "Dark footpath behind Market Square",
                "Footpath behind Market Square",
                "Lighting / maintenance",
                "closed",
                "reduced",
            ),
            (
                "Late-night noise at Riverside Park",
                "Riverside Park",
                "Noise / disturbance",
                "analysis",
                "",
            ),
            ("Shoplifting at Harbour Road shops", "Harbour Road shops", "Theft", "scanning", ""),
            (
                "Parking at Oakfield Primary drop-off",
                "Oakfield Primary School",
                "Traffic / parking",
                "assessment",
                "",
            ),
        )
        problems = _Bulk(
            Problem,
            [
                "id",
                "title",
                "location_id",
                "zone_id",
                "identified_on",
                "stage",
                "coordinator_id",
                "description",
                "analysis",
                "response_plan",
                "baseline_from",
                "baseline_to",
                "baseline_count",
                "after_from",
                "after_to",
                "after_count",
                "result",
                "closed_on",
                "created_at",
            ],
        )
        links = _Bulk(ProblemReport, ["id", "problem_id", "report_id"], parents=[problems])
        acts = _Bulk(
            ProblemAction,
            ["id", "problem_id", "on", "by_id", "action", "partner_id", "created_at"],
            parents=[problems],
        )
        partners = _Bulk(ProblemPartner, ["id", "problem_id", "contact_id"], parents=[problems])
        ids, lid, aid, pid = (
            _Ids(Problem),
            _Ids(ProblemReport),
            _Ids(ProblemAction),
            _Ids(ProblemPartner),
        )
        span = (self.until - self.start).days - 1
        for index, (title, location, category, stage, result) in enumerate(plans):
            loc_id, zone_id = self.locations[location]
            identified = self.start + timedelta(days=int(span * (0.25 + 0.1 * index)))
            matching = [
                (rid, occ)
                for rid, cat, loc, occ, _ in self.reports
                if cat == category and loc == location
            ]
            base_from, base_to = identified - timedelta(days=90), identified - timedelta(days=1)
            baseline = sum(1 for _, occ in matching if base_from <= occ.date() <= base_to)
            after_from = after_to = None
            after = None
            if stage in ("assessment", "closed"):
                after_from = identified + timedelta(days=60)
                after_to = min(after_from + timedelta(days=89), self.until - timedelta(days=1))
                after = sum(1 for _, occ in matching if after_from <= occ.date() <= after_to)
                if stage == "closed":
                    result = (
                        "eliminated"
                        if after == 0
                        else ("reduced" if after < baseline else "no_change")
                    )
            p = ids.take()
            problems.add(
                p,
                title,
                loc_id,
                zone_id,
                identified,
                stage,
                rng.choice(self.officer_ids),
                f"Repeated {category.lower()} reports at {location}.",
                "Most incidents in the evening; poor lighting and no natural surveillance."
                if stage != "scanning"
                else "",
                "Joint patrols, lighting repairs with the council, advice to users."
                if stage in ("response", "assessment", "closed")
                else "",
                base_from,
                base_to,
                baseline,
                after_from,
                after_to,
                after,
                result,
                after_to if stage == "closed" else None,
                self.utc(datetime.combine(identified, time(10, 0))),
            )
            for rid, occ in matching:
                if occ.date() >= base_from:
                    links.add(lid.take(), p, rid)
            partner = self.partner_ids[index % 18]
            partners.add(pid.take(), p, partner)
            for k, text in enumerate(
                (
                    "Reviewed the reports and mapped the times",
                    "Met partners on site",
                    "Council agreed repairs",
                    "Extra patrol passes added to the plan",
                    "Leaflet drop to residents",
                )
            ):
                on = identified + timedelta(days=7 + 12 * k)
                if (
                    on >= self.until
                    or k
                    > ("scanning", "analysis", "response", "assessment", "closed").index(stage) + 1
                ):
                    break
                acts.add(
                    aid.take(),
                    p,
                    on,
                    rng.choice(self.officer_ids),
                    text,
                    partner if k == 1 else None,
                    self.utc(datetime.combine(on, time(15, 0))),
                )
        for bulk in (problems, links, acts, partners):
            bulk.flush()
        self.problem_count = len(plans)


def office_is_empty() -> bool:
    """True while the office has no reports, patrol entries or contacts (the demo may go in)."""
    return not (
        Report.select().exists() or PatrolEntry.select().exists() or Contact.select().exists()
    )


def load_demo(
    session: Session,
    seed: int = 1,
    scale: str = "small",
    until: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty office with the demo, in one transaction (all or nothing)."""
    require(session, "picklist.manage")
    if scale not in SCALES:
        raise ValidationError("scale", "scale must be small or large")
    if not office_is_empty():
        raise ValidationError(
            "database",
            "this database already holds records; load the demo into a "
            "new, empty database (use --db to choose one)",
        )
    tz = SettingsService._load().zone()
    end = until or datetime.now(UTC).astimezone(tz).date()
    builder = DemoBuilder(seed, SCALES[scale], end, tz, progress)
    with db.atomic():
        return builder.build(session)
