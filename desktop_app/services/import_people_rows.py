"""Contacts and patrol log lines from a file: checked as the forms check them, written in bulk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.services.clock import (
    FUTURE_GRACE,
    now_utc,
    office_zone,
    parse_local,
    to_local,
    to_utc,
)
from desktop_app.services.contacts import CleanContact, clean_contact, phone_digits
from desktop_app.services.errors import ValidationError
from desktop_app.services.import_csv import Columns
from desktop_app.services.import_picklists import ImportPickLists
from desktop_app.services.import_writer import Journal, insert_rows
from desktop_app.services.pick_rules import unusable
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, clean_line, clean_text
from desktop_app.vocabulary import ACTIVITY_LABELS
from models.base import name_key
from models.contacts import Contact, ContactRole
from models.database import db
from models.org import User
from models.patrol import PatrolEntry, PatrolShift

CONTACT_COLUMNS = Columns(
    required=("name",),
    optional=(
        "kind",
        "organisation",
        "phone",
        "email",
        "address",
        "zone",
        "roles",
        "notes",
        "consent",
    ),
    ignored=("id", "created_at"),  # written by Beacon's own contacts export
)
PATROL_COLUMNS = Columns(
    required=("officer", "started_at", "location", "activity"),
    optional=("ended_at", "zone", "observation", "action_taken"),
)
YES = {"yes", "y", "true", "1", "x"}
NO = {"no", "n", "false", "0", ""}


@dataclass(frozen=True, slots=True)
class ContactLine:
    contact: CleanContact
    zone: str | None
    consent: bool
    roles: tuple[str, ...]


def _roles(text: str) -> tuple[str, ...]:
    """Roles separated by ';', each a clean line as the contact form takes it."""
    roles = (
        clean_line("roles", r, max_length=60, required=False, label="Role") for r in text.split(";")
    )
    return tuple(dict.fromkeys(r for r in roles if r))


class ContactRows:
    def __init__(self, session: Session, picks: ImportPickLists, journal: Journal) -> None:
        self.session = session
        self.picks = picks
        self.journal = journal
        self.rows = 0

    def check(self, row: dict[str, str], checking: bool = False) -> ContactLine:
        attempt = Checks()
        zone = attempt(lambda: self.picks.zone(row.get("zone", "")))
        consent_text = row.get("consent", "").lower()
        if consent_text not in YES | NO:
            attempt.errors.append(
                ValidationError("consent", f"'{row['consent']}' is not yes or no")
            )
        kind = (row.get("kind") or "resident").lower().replace(" ", "_")
        contact = attempt(
            lambda: clean_contact(
                row.get("name", ""),
                row.get("phone", ""),
                row.get("email", ""),
                row.get("address", ""),
                kind,
                row.get("organisation", ""),
                row.get("notes", ""),
            )
        )
        roles = attempt(lambda: _roles(row.get("roles", "")))
        attempt.done()
        return ContactLine(contact, zone, consent_text in YES, roles)

    def write(self, batch: list[ContactLine]) -> None:
        now = now_utc()
        rows = [
            {
                **line.contact.__dict__,
                "name_key": name_key(line.contact.name),
                "phone_digits": phone_digits(line.contact.phone),
                "zone": self.picks.zone_id(line.zone),
                "consent": line.consent,
                "consent_at": now if line.consent else None,
                "consent_method": "imported" if line.consent else "",
                "created_at": now,
                "updated_at": now,
            }
            for line in batch
        ]
        ids = insert_rows(Contact, rows)
        self.journal.add(Contact, ids)
        roles = [
            {"contact": i, "role": role}
            for line, i in zip(batch, ids, strict=True)
            for role in line.roles
        ]
        self.journal.add(ContactRole, insert_rows(ContactRole, roles))
        self.rows += len(batch)


@dataclass(frozen=True, slots=True)
class PatrolLine:
    officer: int
    start: datetime  # naive UTC
    end: datetime | None
    day: date  # the office's day, whatever the file's offset
    location: str  # pick-list keys
    zone: str | None
    activity: str
    observation: str
    action: str


def _activity(text: str) -> str:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key in ACTIVITY_LABELS:
        return key
    for value, label in ACTIVITY_LABELS.items():
        if name_key(label) == name_key(text):
            return value
    raise ValidationError(
        "activity", f"unknown activity '{text}'; use one of: " + ", ".join(ACTIVITY_LABELS.values())
    )


class PatrolRows:
    """Each officer's lines of one office day become one shift: the check notes each shift's
    span, writing adds a shift when its first line comes and sets its zone at the end."""

    def __init__(self, session: Session, picks: ImportPickLists, journal: Journal) -> None:
        self.session = session
        self.picks = picks
        self.journal = journal
        self.zone = office_zone()
        self.now = now_utc()
        self.unusable = unusable()  # retired names, refused as a patrol entry refuses them
        users: Any = list(User.select(User.id, User.username, User.display_name).tuples())
        self.officers = {name_key(u): i for i, u, _ in users}
        self.by_name = {name_key(d): i for i, _, d in users}
        self.spans: dict[tuple[int, date], tuple[datetime, datetime]] = {}
        self.shifts: dict[tuple[int, date], int] = {}
        self.rows = 0

    def check(self, row: dict[str, str], checking: bool = False) -> PatrolLine:
        attempt = Checks()
        who = name_key(row.get("officer", ""))
        officer = self.officers.get(who) or self.by_name.get(who)
        if officer is None:
            attempt.errors.append(
                ValidationError(
                    "officer",
                    f"unknown officer '{row.get('officer', '')}' "
                    "(use their username or full name as in Beacon)",
                )
            )
        times = attempt(lambda: self._times(row))
        activity = attempt(lambda: _activity(row.get("activity", "")))
        zone = attempt(lambda: self.picks.zone(row.get("zone", "")))
        location = attempt(lambda: self.picks.location(row.get("location", ""), zone))
        observation = attempt(
            lambda: clean_text("observation", row.get("observation"), max_length=5000)
        )
        action = attempt(
            lambda: clean_text("action_taken", row.get("action_taken"), max_length=5000)
        )
        attempt.done()
        assert officer is not None  # attempt.done() raised otherwise
        self.unusable.refuse(None, self.picks.locations.get(location, (None, None))[0])
        start, end = times
        day = to_local(start, self.zone).date()
        if checking:
            low, high = self.spans.get((officer, day), (start, end or start))
            self.spans[(officer, day)] = (min(low, start), max(high, end or start))
        return PatrolLine(officer, start, end, day, location, zone, activity, observation, action)

    def _times(self, row: dict[str, str]) -> tuple[datetime, datetime | None]:
        start = to_utc(
            parse_local(row.get("started_at", ""), "started_at", "started_at"), self.zone
        )
        end_text = row.get("ended_at", "")
        end = to_utc(parse_local(end_text, "ended_at", "ended_at"), self.zone) if end_text else None
        if start > self.now + FUTURE_GRACE:
            raise ValidationError("started_at", "cannot be in the future")
        if end is not None and end < start:
            raise ValidationError("ended_at", "is before started_at")
        return start, end

    def write(self, batch: list[PatrolLine]) -> None:
        fresh = list(
            dict.fromkeys(
                (p.officer, p.day) for p in batch if (p.officer, p.day) not in self.shifts
            )
        )
        shifts = [
            {
                "officer": officer,
                "started_at": self.spans[(officer, day)][0],
                "ended_at": self.spans[(officer, day)][1],
                "patrol_type": "foot",
                "summary": "Imported",
                "created_at": self.now,
            }
            for officer, day in fresh
        ]
        shift_ids = insert_rows(PatrolShift, shifts)
        self.journal.add(PatrolShift, shift_ids)
        self.shifts.update(zip(fresh, shift_ids, strict=True))
        entries: list[dict[str, Any]] = []
        now_unusable = unusable()  # retired meanwhile on another workstation?
        for p in batch:
            location, location_zone = self.picks.location_ids(p.location)
            now_unusable.refuse(None, location)
            entries.append(
                {
                    "shift": self.shifts[(p.officer, p.day)],
                    "at": p.start,
                    "officer": p.officer,
                    "zone": self.picks.zone_id(p.zone) if p.zone else location_zone,
                    "location": location,
                    "activity": p.activity,
                    "observation": p.observation,
                    "action_taken": p.action,
                }
            )
        self.journal.add(PatrolEntry, insert_rows(PatrolEntry, entries))
        self.rows += len(batch)

    def set_shift_zones(self) -> None:
        """Each imported shift's zone: the one most of its lines were in (earliest on a tie)."""
        for low, high in self.journal.ranges.get(PatrolShift._meta.table_name, []):
            db.execute_sql(
                f"""UPDATE patrol_shift SET zone_id = (
                       SELECT e.zone_id FROM patrol_entry e
                       WHERE e.shift_id = patrol_shift.id AND e.zone_id IS NOT NULL
                       GROUP BY e.zone_id ORDER BY COUNT(*) DESC, MIN(e.at) LIMIT 1)
                   WHERE id BETWEEN {db.param} AND {db.param}""",
                (low, high),
            )
