"""Reports from a file: each row checked as the walk-in form checks it, then written in bulk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.services.clock import now_utc, office_zone, parse_local, to_local
from desktop_app.services.contacts import check_phone, phone_digits
from desktop_app.services.errors import ValidationError
from desktop_app.services.import_csv import Columns
from desktop_app.services.import_picklists import ImportPickLists
from desktop_app.services.import_writer import Journal, insert_rows
from desktop_app.services.pick_rules import unusable
from desktop_app.services.reports import (
    ReportInput,
    canonical_number,
    check_account,
    check_number_unused,
    check_times,
    number_order,
    number_parts,
    raise_sequence,
    take_numbers,
)
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_email, clean_line
from models.base import name_key
from models.contacts import Contact
from models.interactions import Interaction, InteractionContact
from models.reports import SEVERITIES, STATUSES, Report

REPORT_COLUMNS = Columns(
    required=("occurred_at", "category", "location", "narrative"),
    optional=(
        "received_at",
        "zone",
        "severity",
        "status",
        "reporter_name",
        "reporter_phone",
        "reporter_email",
        "number",
    ),
)
OPEN_STATUSES = tuple(s for s in STATUSES if s != "void")


@dataclass(frozen=True, slots=True)
class ReportLine:
    number: str
    occurred: datetime  # naive UTC, as stored
    received: datetime
    category: str  # pick-list keys
    location: str
    zone: str | None
    account: str
    severity: str
    status: str
    reporter: tuple[str, str, str] | None  # name, phone, email


def _field(column: str, check: Any) -> Any:
    """Run check; report its error against the file's column."""
    try:
        return check()
    except ValidationError as exc:
        raise ValidationError(column, exc.message) from None


def _reporter(row: dict[str, str]) -> tuple[str, str, str] | None:
    name = row.get("reporter_name", "")
    phone, email = row.get("reporter_phone", ""), row.get("reporter_email", "")
    if not name:
        if phone or email:
            raise ValidationError("reporter_name", "a reporter's phone or email needs their name")
        return None
    attempt = Checks()
    clean = attempt(lambda: clean_line("reporter_name", name, max_length=160, label="Name"))
    clean_phone = attempt(lambda: _field("reporter_phone", lambda: check_phone(phone)))
    clean_mail = attempt(lambda: clean_email("reporter_email", email))
    attempt.done()
    return clean, clean_phone, clean_mail


def _time(row: dict[str, str], column: str) -> datetime | None:
    return parse_local(row[column], column, column) if row.get(column) else None


class ReportRows:
    """Checks report rows (check) and writes batches of them (write)."""

    def __init__(self, session: Session, picks: ImportPickLists, journal: Journal) -> None:
        self.session = session
        self.picks = picks
        self.journal = journal
        self.zone = office_zone()
        self.seen: set[str] = set()  # numbers given in the file, to refuse one given twice
        self.top: dict[int, int] = {}  # year -> highest number given in the file
        self.written: set[str] = set()  # numbers given in the file, while writing
        self.lowest = self.highest = ""
        self.rows = 0
        self.unusable = unusable()  # retired names, refused as the walk-in form refuses them

    def check(self, row: dict[str, str], checking: bool = False) -> ReportLine:
        """Every check a row must pass; all its failing columns together (ValidationErrors).
        checking: the pass before any write, which also refuses numbers already used."""
        attempt = Checks()
        zone = attempt(lambda: self.picks.zone(row.get("zone", "")))
        category = attempt(lambda: self.picks.category(row.get("category", "")))
        location = attempt(lambda: self.picks.location(row.get("location", ""), zone))
        times = attempt(lambda: self._times(row))
        severity = (row.get("severity") or "low").lower()
        attempt(lambda: choice("severity", severity, SEVERITIES, "Severity"))
        status = (row.get("status") or "new").lower().replace(" ", "_")
        attempt(lambda: choice("status", status, OPEN_STATUSES, "Status"))
        account = attempt(lambda: _field("narrative", lambda: check_account(row["narrative"])))
        reporter = attempt(lambda: _reporter(row))
        number = attempt(lambda: canonical_number(row.get("number", "")))
        attempt.done()
        place = self.picks.locations.get(location, (None, None))[0]
        self.unusable.refuse(self.picks.categories.get(category), place)
        if number and checking:
            self._check_new_number(number)
        elif number:  # writing: a file changed since the check may repeat a number
            if number in self.written:
                raise ValidationError("number", f"{number} appears twice in the file")
            self.written.add(number)
        return ReportLine(
            number, *times, category, location, zone, account, severity, status, reporter
        )

    def _times(self, row: dict[str, str]) -> tuple[datetime, datetime]:
        occurred = _time(row, "occurred_at")
        if occurred is None:
            raise ValidationError("occurred_at", "occurred_at is required")
        # An old report was received when it happened, not today.
        received = _time(row, "received_at") or occurred
        form = ReportInput(occurred, "", "", "", received_at=received)
        return check_times(form)

    def _check_new_number(self, number: str) -> None:
        if number in self.seen:
            raise ValidationError("number", f"{number} appears twice in the file")
        check_number_unused(number)
        self.seen.add(number)
        year, seq = number_parts(number)
        self.top[year] = max(self.top.get(year, 0), seq)

    # ---- writing -----------------------------------------------------------------------------
    def write(self, batch: list[ReportLine]) -> None:
        """One batch, inside its transaction: numbers, reporters, reports, their interactions."""
        for line in batch:  # the batch's own given numbers, whatever the check saw
            if line.number:
                year, seq = number_parts(line.number)
                self.top[year] = max(self.top.get(year, 0), seq)
        for year, seq in self.top.items():  # numbers the file gives come before any issued
            raise_sequence(year, seq)
        self.top = {}
        numbers = self._numbers(batch)
        reporters = self._reporters(batch)
        user = self.session.user_id
        reports: list[dict[str, Any]] = []
        now_unusable = unusable()  # retired meanwhile on another workstation?
        for line, number, reporter in zip(batch, numbers, reporters, strict=True):
            location, location_zone = self.picks.location_ids(line.location)
            now_unusable.refuse(self.picks.category_id(line.category), location)
            reports.append(
                {
                    "number": number,
                    "received_at": line.received,
                    "occurred_at": line.occurred,
                    "received_by": user,
                    "reporter": reporter,
                    "anonymous": reporter is None,
                    "category": self.picks.category_id(line.category),
                    "severity": line.severity,
                    "location": location,
                    "zone": self.picks.zone_id(line.zone) if line.zone else location_zone,
                    "account": line.account,
                    "status": line.status,
                    # an imported closed report: closed when received
                    "closed_at": line.received if line.status == "closed" else None,
                    "updated_at": line.received,
                }
            )
        ids = insert_rows(Report, reports)
        self.journal.add(Report, ids)
        self._interactions(reports, ids)
        self.rows += len(batch)
        self.lowest = min(filter(None, [self.lowest, *numbers]), key=number_order)
        self.highest = max([*numbers, self.highest], key=number_order)

    def _numbers(self, batch: list[ReportLine]) -> list[str]:
        """Given numbers as they are; the others from the per-year sequence, one bump a year."""
        wanted: dict[int, int] = {}
        years = [to_local(line.received, self.zone).year for line in batch]
        for line, year in zip(batch, years, strict=True):
            if not line.number:
                wanted[year] = wanted.get(year, 0) + 1
        issued = {year: iter(take_numbers(year, count)) for year, count in wanted.items()}
        return [line.number or next(issued[year]) for line, year in zip(batch, years, strict=True)]

    def _reporters(self, batch: list[ReportLine]) -> list[int | None]:
        """Each row's reporter: an existing contact of that name (and phone, when given), or
        one added now; rows of the batch naming the same new person share one contact."""
        keys = {name_key(line.reporter[0]) for line in batch if line.reporter}
        known: dict[str, list[tuple[int | str, str]]] = {}
        found = (
            Contact.select(Contact.id, Contact.name_key, Contact.phone_digits)
            .where(Contact.name_key.in_(list(keys)))
            .order_by(Contact.id)
            .tuples()
        )
        for contact_id, key, digits in found if keys else []:
            known.setdefault(key, []).append((contact_id, digits))
        new: list[dict[str, Any]] = []
        chosen: list[int | str | None] = []
        now = now_utc()
        for line in batch:
            if line.reporter is None:
                chosen.append(None)
                continue
            name, phone, email = line.reporter
            key, digits = name_key(name), phone_digits(phone)
            candidates = known.setdefault(key, [])
            match = next((c for c, d in candidates if d == digits or not digits), None)
            if match is None:
                match = f"new{len(new)}"
                candidates.append((match, digits))
                new.append(
                    {
                        "name": name,
                        "name_key": key,
                        "phone": phone,
                        "phone_digits": digits,
                        "email": email,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            chosen.append(match)
        new_ids = insert_rows(Contact, new)
        self.journal.add(Contact, new_ids)
        return [new_ids[int(c[3:])] if isinstance(c, str) else c for c in chosen]

    def _interactions(self, reports: list[dict[str, Any]], ids: Any) -> None:
        """The "report taken" contact with each reporter, as the walk-in form records it."""
        taken = [(r, i) for r, i in zip(reports, ids, strict=True) if r["reporter"]]
        rows = [
            {
                "occurred_at": r["received_at"],
                "officer": self.session.user_id,
                "channel": "walk_in",
                "purpose": "Report taken",
                "summary": f"Report {r['number']} taken.",
                "report": report_id,
                "created_at": r["received_at"],
            }
            for r, report_id in taken
        ]
        interaction_ids = insert_rows(Interaction, rows)
        self.journal.add(Interaction, interaction_ids)
        links = [
            {"interaction": i, "contact": r["reporter"]}
            for (r, _), i in zip(taken, interaction_ids, strict=True)
        ]
        self.journal.add(InteractionContact, insert_rows(InteractionContact, links))
