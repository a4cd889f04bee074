"""`beacon import`: spreadsheet exports in, all rows or none, every problem named by its line."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, office_zone, parse_local, to_local, to_utc
from desktop_app.services.contacts import ContactService, phone_digits
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.patrol import ACTIVITY_LABELS
from desktop_app.services.permissions import require
from desktop_app.services.reports import FUTURE_GRACE, ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_text
from models.base import name_key
from models.contacts import Contact, ContactRole
from models.database import db
from models.org import Category, Location, User, Zone
from models.patrol import PatrolEntry, PatrolShift

REPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "required": ("occurred_at", "category", "location", "narrative"),
    "optional": (
        "received_at",
        "zone",
        "severity",
        "status",
        "reporter_name",
        "reporter_phone",
        "reporter_email",
        "number",
    ),
}
PATROL_COLUMNS: dict[str, tuple[str, ...]] = {
    "required": ("officer", "started_at", "location", "activity"),
    "optional": ("ended_at", "zone", "observation", "action_taken"),
}
CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "required": ("name",),
    "optional": (
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
}
YES = {"yes", "y", "true", "1", "x"}
NO = {"no", "n", "false", "0", ""}
# Service field names -> the CSV column a user would fix.
REPORT_FIELD_COLUMN = {
    "account": "narrative",
    "reporter": "reporter_name",
    "occurred_at": "occurred_at",
    "received_at": "received_at",
}
MAX_PROBLEMS = 200


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.problem}"


class ImportFailed(ServiceError):
    """The file was not imported; problems lists every line to fix."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(f"nothing was imported: {len(problems)} problem(s)")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int
    created: tuple[str, ...]  # pick-list entries made by --create-missing


def _read(path: Path, columns: dict[str, tuple[str, ...]]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as (line number, {column: text}); raises ImportFailed for header and encoding faults."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            [ImportProblem(0, "file", f"cannot read {path}: {exc.strerror}")]
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(
            [ImportProblem(line, "file", "not UTF-8 text; save the spreadsheet as 'CSV UTF-8'")]
        ) from exc
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([ImportProblem(1, "file", "the file is empty")]) from None
    except csv.Error as exc:
        raise ImportFailed([ImportProblem(1, "file", f"not valid CSV: {exc}")]) from exc
    names = [h.strip().lower() for h in header]
    allowed = set(columns["required"]) | set(columns["optional"])
    problems = [
        ImportProblem(
            1,
            n or "(blank)",
            "unknown column; expected some of: "
            + ", ".join(columns["required"] + columns["optional"]),
        )
        for n in names
        if n not in allowed
    ]
    problems += [
        ImportProblem(1, c, "required column is missing")
        for c in columns["required"]
        if c not in names
    ]
    dupes = [n for n, k in Counter(names).items() if k > 1]
    problems += [ImportProblem(1, d, "column appears twice") for d in dupes]
    if problems:
        raise ImportFailed(problems)
    line = reader.line_num
    try:
        for values in reader:
            start = line + 1
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(names):
                raise ImportFailed(
                    [
                        ImportProblem(
                            start, "row", f"has {len(values)} cells; the header has {len(names)}"
                        )
                    ]
                )
            yield start, dict(zip(names, (v.strip() for v in values), strict=True))
    except csv.Error as exc:
        raise ImportFailed(
            [ImportProblem(reader.line_num, "row", f"not valid CSV: {exc}")]
        ) from exc


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Missing:
    """Finds pick-list names that do not exist yet, and creates them on request."""

    def __init__(self, create: bool, session: Session) -> None:
        self.create = create
        self.session = session
        self.created: list[str] = []

    def zone_of(self, row: dict[str, str]) -> int | None:
        """The id of the row's zone column (None when blank); unknown ones are an error."""
        name = row.get("zone", "")
        if not name:
            return None
        zone_id = self.zone(name)
        if zone_id is None:
            raise ValidationError(
                "zone", f"unknown zone '{name}' (add it first, or import with --create-missing)"
            )
        return zone_id

    def category(self, name: str) -> bool:
        if Category.select().where(Category.name_key == name_key(name)).exists():
            return True
        if not self.create:
            return False
        last = (
            Category.select(Category.sort_order).order_by(Category.sort_order.desc()).scalar() or 0
        )
        cat = Category.create(name=name, name_key=name_key(name), sort_order=last + 1)
        audit.record(
            self.session, "create", "category", cat.id, None, {"name": name, "by": "import"}
        )
        self.created.append(f"category {name}")
        return True

    def zone(self, name: str) -> int | None:
        zone = Zone.get_or_none(Zone.name_key == name_key(name))
        if zone is not None:
            return int(zone.id)
        if not self.create:
            return None
        zone = Zone.create(name=name, name_key=name_key(name))
        audit.record(self.session, "create", "zone", zone.id, None, {"name": name, "by": "import"})
        self.created.append(f"zone {name}")
        return int(zone.id)

    def location(self, name: str, zone_id: int | None) -> bool:
        if Location.select().where(Location.name_key == name_key(name)).exists():
            return True
        if not self.create:
            return False
        loc = Location.create(name=name, name_key=name_key(name), zone=zone_id)
        audit.record(
            self.session, "create", "location", loc.id, None, {"name": name, "by": "import"}
        )
        self.created.append(f"location {name}")
        return True


def _time(row: dict[str, str], column: str, label: str, required: bool) -> datetime | None:
    if not row.get(column) and not required:
        return None
    return parse_local(row.get(column, ""), column, label)


def import_reports(session: Session, path: Path, create_missing: bool = False) -> ImportResult:
    """Import a reports CSV in one transaction: every row is saved, or none is."""
    require(session, "data.import")
    problems: list[ImportProblem] = []
    service = ReportService(session)
    count = 0
    hint = " (add it first, or import with --create-missing)"
    with db.atomic():
        missing = _Missing(create_missing, session)
        for line, row in _read(path, REPORT_COLUMNS):
            if len(problems) >= MAX_PROBLEMS:
                break
            try:
                zone_id = missing.zone_of(row)
                if row.get("category") and not missing.category(row["category"]):
                    raise ValidationError("category", f"unknown category '{row['category']}'{hint}")
                if row.get("location") and not missing.location(row["location"], zone_id):
                    raise ValidationError("location", f"unknown location '{row['location']}'{hint}")
                reporter_id = _reporter(session, row)
                data = ReportInput(
                    occurred_at=_time(row, "occurred_at", "occurred_at", True),
                    received_at=_time(row, "received_at", "received_at", False),
                    category=row.get("category", ""),
                    location=row.get("location", ""),
                    account=row.get("narrative", ""),
                    severity=(row.get("severity") or "low").lower(),
                    status=(row.get("status") or "new").lower().replace(" ", "_"),
                    reporter_id=reporter_id,
                    anonymous=reporter_id is None,
                    number=row.get("number", ""),
                )
                if data.received_at is None:
                    # An old report was received when it happened, not today.
                    data = replace(data, received_at=data.occurred_at)
                with db.atomic():  # a savepoint: a bad row leaves nothing half-written behind
                    service._insert(service.validate(data))
                count += 1
            except ValidationError as exc:
                for error in getattr(exc, "errors", [exc]):
                    column = REPORT_FIELD_COLUMN.get(error.field, error.field)
                    problems.append(ImportProblem(line, column, error.message))
        if problems:
            raise ImportFailed(problems)  # leaving the block rolls every row back
        audit.record(
            session,
            "import",
            "report",
            "",
            None,
            {"file": path.name, "sha256": _digest(path), "rows": count, "created": missing.created},
        )
    return ImportResult("reports", count, tuple(missing.created))


def _reporter(session: Session, row: dict[str, str]) -> int | None:
    name = row.get("reporter_name", "")
    if not name:
        if row.get("reporter_phone") or row.get("reporter_email"):
            raise ValidationError("reporter_name", "a reporter's phone or email needs their name")
        return None
    digits = phone_digits(row.get("reporter_phone", ""))
    query = Contact.select(Contact.id).where(Contact.name_key == name_key(name))
    if digits:
        query = query.where(Contact.phone_digits == digits)
    found = query.order_by(Contact.id).first()
    if found is not None:
        return int(found.id)
    try:
        contact = ContactService(session).create(
            name, row.get("reporter_phone", ""), row.get("reporter_email", "")
        )
    except ValidationError as exc:
        raise ValidationError(f"reporter_{exc.field}", exc.message) from None
    return contact.id


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


def import_patrols(session: Session, path: Path, create_missing: bool = False) -> ImportResult:
    """Import patrol log lines; each officer's lines of one day become one shift."""
    require(session, "data.import")
    problems: list[ImportProblem] = []
    zone = office_zone()
    now = now_utc()
    officers = {name_key(u.username): u.id for u in User.select(User.id, User.username)}
    by_name = {name_key(u.display_name): u.id for u in User.select(User.id, User.display_name)}
    # (officer, local day) -> list of (start, end, location id, zone id, activity, obs, action)
    groups: dict[
        tuple[int, object], list[tuple[datetime, datetime | None, int, int | None, str, str, str]]
    ] = {}
    with db.atomic():
        missing = _Missing(create_missing, session)
        for line, row in _read(path, PATROL_COLUMNS):
            if len(problems) >= MAX_PROBLEMS:
                break
            try:
                officer = officers.get(name_key(row.get("officer", ""))) or by_name.get(
                    name_key(row.get("officer", ""))
                )
                if officer is None:
                    raise ValidationError(
                        "officer",
                        f"unknown officer '{row.get('officer', '')}' "
                        "(use their username or full name as in Beacon)",
                    )
                started = _time(row, "started_at", "started_at", True)
                ended = _time(row, "ended_at", "ended_at", False)
                assert started is not None
                start_utc = to_utc(started, zone)
                end_utc = to_utc(ended, zone) if ended else None
                if start_utc > now + FUTURE_GRACE:
                    raise ValidationError("started_at", "cannot be in the future")
                if end_utc is not None and end_utc < start_utc:
                    raise ValidationError("ended_at", "is before started_at")
                activity = _activity(row.get("activity", ""))
                zone_id = missing.zone_of(row)
                location_name = row.get("location", "")
                if not location_name:
                    raise ValidationError("location", "is required")
                if not missing.location(location_name, zone_id):
                    raise ValidationError(
                        "location",
                        f"unknown location '{location_name}' (add it "
                        "first, or import with --create-missing)",
                    )
                loc = Location.get(Location.name_key == name_key(location_name))
                observation = clean_text("observation", row.get("observation"), max_length=5000)
                action = clean_text("action_taken", row.get("action_taken"), max_length=5000)
                day = to_local(
                    start_utc, zone
                ).date()  # the office's day, whatever the file's offset
                groups.setdefault((officer, day), []).append(
                    (
                        start_utc,
                        end_utc,
                        loc.id,
                        zone_id or loc.__data__.get("zone"),
                        activity,
                        observation,
                        action,
                    )
                )
            except ValidationError as exc:
                problems.append(ImportProblem(line, exc.field, exc.message))
        if problems:
            raise ImportFailed(problems)  # leaving the block rolls every row back
        shifts = entries = 0
        for (officer, _day), lines in sorted(
            groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))
        ):
            lines.sort(key=lambda item: item[0])
            start = lines[0][0]
            end = max((e or s) for s, e, *_ in lines)
            zones = Counter(z for _, _, _, z, *_ in lines if z)
            shift = PatrolShift.create(
                officer=officer,
                started_at=start,
                ended_at=end,
                zone=zones.most_common(1)[0][0] if zones else None,
                patrol_type="foot",
                summary="Imported",
                created_at=now,
            )
            PatrolEntry.insert_many(
                [
                    {
                        "shift": shift.id,
                        "at": s,
                        "officer": officer,
                        "zone": z,
                        "location": loc_id,
                        "activity": act,
                        "observation": obs,
                        "action_taken": action,
                    }
                    for s, _e, loc_id, z, act, obs, action in lines
                ]
            ).execute()
            shifts += 1
            entries += len(lines)
        audit.record(
            session,
            "import",
            "patrol_entry",
            "",
            None,
            {
                "file": path.name,
                "sha256": _digest(path),
                "rows": entries,
                "shifts": shifts,
                "created": missing.created,
            },
        )
    return ImportResult("patrols", entries, tuple(missing.created))


def import_contacts(session: Session, path: Path, create_missing: bool = False) -> ImportResult:
    """Import people and organisations; roles are separated by ';' (block captain; business
    owner), consent is yes or no, kind one of resident, business, school, community_group,
    partner_agency."""
    require(session, "data.import")
    problems: list[ImportProblem] = []
    service = ContactService(session)
    count = 0
    with db.atomic():
        missing = _Missing(create_missing, session)
        for line, row in _read(path, CONTACT_COLUMNS):
            if len(problems) >= MAX_PROBLEMS:
                break
            try:
                zone_id = missing.zone_of(row)
                consent_text = row.get("consent", "").strip().lower()
                if consent_text not in YES | NO:
                    raise ValidationError("consent", f"'{row['consent']}' is not yes or no")
                kind = (row.get("kind") or "resident").strip().lower().replace(" ", "_")
                with db.atomic():  # a savepoint: a bad row leaves nothing half-written
                    made = service.create(
                        row.get("name", ""),
                        row.get("phone", ""),
                        row.get("email", ""),
                        row.get("address", ""),
                        kind,
                        row.get("organisation", ""),
                        row.get("notes", ""),
                    )
                    consent = consent_text in YES
                    Contact.update(
                        zone=zone_id,
                        consent=consent,
                        consent_at=now_utc() if consent else None,
                        consent_method="imported" if consent else "",
                    ).where(Contact.id == made.id).execute()
                    for role in dict.fromkeys(r.strip() for r in row.get("roles", "").split(";")):
                        if role:
                            ContactRole.create(contact=made.id, role=role[:60])
                count += 1
            except ValidationError as exc:
                for error in getattr(exc, "errors", [exc]):
                    problems.append(ImportProblem(line, error.field, error.message))
        if problems:
            raise ImportFailed(problems)
        audit.record(
            session,
            "import",
            "contact",
            "",
            None,
            {"file": path.name, "sha256": _digest(path), "rows": count, "created": missing.created},
        )
    return ImportResult("contacts", count, tuple(missing.created))
