"""Walk-in and officer-raised reports: taking them, numbering them, finding them again."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import JOIN, fn

from desktop_app.reporting.receipt import ReceiptData, build_receipt
from desktop_app.reporting.report_pdf import (
    ChangeLine,
    PersonLine,
    ReportDocument,
    build_report_pdf,
)
from desktop_app.services import audit
from desktop_app.services.audit import describe_changes
from desktop_app.services.clock import FUTURE_GRACE as FUTURE_GRACE  # importer reads it from here
from desktop_app.services.clock import local_day_bounds, now_utc, office_zone, to_local, to_utc
from desktop_app.services.errors import NotFound, ServiceError, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.office import receipts_dir
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.patrol import PatrolService
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line, clean_text, pick
from models.audit import AuditEntry
from models.contacts import Contact
from models.database import db, is_sqlite
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User, Zone
from models.reports import (
    PERSON_ROLES,
    SEVERITIES,
    SOURCES,
    STATUSES,
    Report,
    ReportPerson,
    ReportSequence,
)

# Five digits or more: a busy year (or an import from an older system) can pass WR-YYYY-99999.
NUMBER_RE = re.compile(r"^WR-(\d{4})-(\d{5,})$")
NUMBER_IN_TEXT = re.compile(r"\bWR-\d{4}-\d{5,}\b", re.IGNORECASE)
MAX_NUMBER_LENGTH = 16  # Report.number's column
MAX_ACCOUNT = 20_000


@dataclass(frozen=True)
class PersonInput:
    role: str  # victim, witness, subject
    contact_id: int | None = None
    name: str = ""  # when the person is not a contact
    description: str = ""


@dataclass(frozen=True)
class ReportInput:
    occurred_at: datetime | None  # aware, or naive office time
    category: str
    location: str
    account: str
    severity: str = "low"
    action_taken: str = ""
    police_notified: bool = False
    police_reference: str = ""
    reporter_id: int | None = None
    anonymous: bool = False
    source: str = "walk_in"
    people: tuple[PersonInput, ...] = ()
    received_at: datetime | None = None  # default: now
    status: str = "new"
    number: str = ""  # only when importing numbers from an older system


@dataclass(frozen=True)
class ReportRow:
    id: int
    number: str
    received_at: datetime
    occurred_at: datetime
    category: str
    location: str
    zone: str
    severity: str
    status: str
    reporter: str
    assigned_officer: str
    follow_up_due: date | None
    summary: str


@dataclass(frozen=True)
class PersonRow:
    role: str
    contact_id: int | None
    name: str
    details: str
    description: str


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    who: str
    action: str
    changes: str


@dataclass(frozen=True)
class ReportDetail:
    row: ReportRow
    source: str
    received_by: str
    reporter_id: int | None
    reporter_details: str
    anonymous: bool
    account: str
    action_taken: str
    police_notified: bool
    police_reference: str
    assigned_officer_id: int | None
    closed_at: datetime | None
    void_reason: str
    people: tuple[PersonRow, ...]
    history: tuple[HistoryRow, ...]


@dataclass(frozen=True)
class ReportFilter:
    date_from: date | None = None  # office-local days, on when it happened
    date_to: date | None = None
    category_id: int | None = None
    status: str | None = None
    zone_id: int | None = None
    assigned_officer_id: int | None = None
    text: str = ""


# The number sorts by year, then numerically (WR-2026-99999 before WR-2026-100000).
NUMBER_ORDER = (fn.SUBSTR(Report.number, 4, 4), fn.LENGTH(Report.number), Report.number)
SORT_COLUMNS: dict[str, Any] = {
    "number": NUMBER_ORDER,
    "received_at": Report.received_at,
    "occurred_at": Report.occurred_at,
    "category": Category.name,
    "location": Location.name,
    "severity": Report.severity,
    "status": Report.status,
}


@dataclass
class _Clean:
    values: dict[str, object] = field(default_factory=dict)
    people: list[PersonInput] = field(default_factory=list)


def _check_account(text: str) -> str:
    account = clean_text(
        "account", text, max_length=MAX_ACCOUNT, required=True, label="The account"
    )
    if len(account) < 10:
        raise ValidationError(
            "account",
            "The account is too short to be useful: say what happened, where and who was involved",
        )
    return account


def canonical_number(text: str) -> str:
    """A report number as stored (WR-2026-00042: upper case, five digits at least), or ""."""
    if not text:
        return ""
    found = NUMBER_RE.match(text.strip().upper())
    if not found:
        raise ValidationError("number", f"'{text}' is not a report number like WR-2026-00042")
    year, seq = found.group(1), int(found.group(2))
    number = f"WR-{year}-{seq:05d}"
    if len(number) > MAX_NUMBER_LENGTH:
        raise ValidationError("number", f"'{text}' is too long for a report number")
    if len(f"WR-{year}-{seq + 1:05d}") > MAX_NUMBER_LENGTH:  # the year's later numbers
        highest = f"WR-{year}-{10 ** (MAX_NUMBER_LENGTH - 8) - 2}"
        raise ValidationError(
            "number",
            f"'{number}' is too high: the numbers after it would not fit "
            f"(the highest is {highest})",
        )
    return number


def _check_number(text: str) -> str:
    number = canonical_number(text)
    if not number:
        return ""
    if Report.select().where(Report.number == number).exists():
        raise ValidationError("number", f"{number} is already used by another report")
    return number


def _refuse_running_imports(clean: _Clean) -> None:
    """No link to a row a running import wrote (its undo could not remove the row then)."""
    values: Any = clean.values
    refuse_running_imports(
        [
            ("location", Location, values["location"]),
            ("location", Zone, values["zone"]),
            ("category", Category, values["category"]),
            ("reporter", Contact, values["reporter"]),
            *((f"people.{i}", Contact, p.contact_id) for i, p in enumerate(clean.people)),
        ]
    )


class ReportService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- validation --------------------------------------------------------------------------
    def validate(self, data: ReportInput) -> _Clean:
        """Every check a report must pass. All failing fields are reported together, in the
        order the form shows them (ValidationErrors), so the user fixes them in one go."""
        attempt = Checks()
        attempt(lambda: self._check_reporter(data))
        category = attempt(lambda: pick(Category, "category", data.category, "Category", 80))
        location = attempt(lambda: pick(Location, "location", data.location, "Location", 120))
        times = attempt(lambda: self._check_times(data))
        attempt(lambda: choice("severity", data.severity, SEVERITIES, "Severity"))
        attempt(lambda: choice("source", data.source, SOURCES, "Source"))
        attempt(
            lambda: choice(
                "status", data.status, tuple(s for s in STATUSES if s != "void"), "Status"
            )
        )
        account = attempt(lambda: _check_account(data.account))
        action = attempt(
            lambda: clean_text(
                "action_taken", data.action_taken, max_length=5000, label="Action taken"
            )
        )
        reference = attempt(
            lambda: clean_line(
                "police_reference",
                data.police_reference,
                max_length=60,
                required=False,
                label="Police reference",
            )
        )
        people = attempt(lambda: self._check_people(data))
        number = attempt(lambda: _check_number(data.number))
        attempt.done()
        occurred, received = times
        out = _Clean(people=people)
        out.values = {
            "number": number,
            "source": data.source,
            "received_at": received,
            "occurred_at": occurred,
            "reporter": data.reporter_id,
            "anonymous": data.anonymous,
            "category": category.id,
            "severity": data.severity,
            "location": location.id,
            "zone": location.__data__.get("zone"),
            "account": account,
            "action_taken": action,
            "police_notified": data.police_notified or bool(reference),
            "police_reference": reference,
            "status": data.status,
        }
        return out

    def _check_times(self, data: ReportInput) -> tuple[datetime, datetime]:
        zone = office_zone()
        now = now_utc()
        if data.occurred_at is None:
            raise ValidationError("occurred_at", "When it happened is required")
        occurred = to_utc(data.occurred_at, zone)
        if occurred > now + FUTURE_GRACE:
            raise ValidationError("occurred_at", "When it happened cannot be in the future")
        if occurred.year < 1990:
            raise ValidationError("occurred_at", "When it happened is too far in the past")
        received = to_utc(data.received_at, zone) if data.received_at else now
        if received > now + FUTURE_GRACE:
            raise ValidationError("received_at", "Received at cannot be in the future")
        if occurred > received + FUTURE_GRACE:
            raise ValidationError(
                "occurred_at", "It cannot have happened after the report was received"
            )
        return occurred, received

    def _check_reporter(self, data: ReportInput) -> None:
        if data.anonymous and data.reporter_id is not None:
            raise ValidationError(
                "reporter", "A report is either anonymous or has a reporting person"
            )
        if data.source != "officer" and not data.anonymous and data.reporter_id is None:
            raise ValidationError(
                "reporter", "Choose the reporting person, add them, or tick Anonymous"
            )
        if (
            data.reporter_id is not None
            and not Contact.select().where(Contact.id == data.reporter_id).exists()
        ):
            raise ValidationError(
                "reporter", "The reporting person was not found; choose them again"
            )

    def _check_people(self, data: ReportInput) -> list[PersonInput]:
        people = []
        roles = tuple(r for r in PERSON_ROLES if r != "reporter")
        for index, person in enumerate(data.people):
            field_name = f"people.{index}"
            choice(field_name, person.role, roles, "Role")
            if person.contact_id is None:
                clean_line(
                    field_name,
                    person.name or person.description[:1],
                    max_length=160,
                    label="Each person involved needs a name or a description",
                )
            elif not Contact.select().where(Contact.id == person.contact_id).exists():
                raise ValidationError(field_name, "A person involved was not found")
            people.append(
                PersonInput(
                    person.role,
                    person.contact_id,
                    clean_line(
                        field_name, person.name, max_length=160, required=False, label="Name"
                    ),
                    clean_text(
                        field_name, person.description, max_length=2000, label="Description"
                    ),
                )
            )
        return people

    # ---- create ------------------------------------------------------------------------------
    def create(self, data: ReportInput, link_entry_id: int | None = None) -> ReportDetail:
        """Save a new report with its number, people and audit entry, in one transaction; with
        link_entry_id, the patrol entry it was raised from points at it in the same one."""
        require(self.session, "report.create")
        if link_entry_id is not None:
            PatrolService(self.session).check_can_link(link_entry_id)
        clean = self.validate(data)
        with db.atomic():
            _refuse_running_imports(clean)
            report_id = self._insert(clean)
            if link_entry_id is not None:
                PatrolService(self.session).link_report(link_entry_id, report_id)
        return self.get(report_id)

    def _insert(self, clean: _Clean) -> int:
        values = dict(clean.values)
        received: datetime = values["received_at"]  # type: ignore[assignment]
        number = str(values.pop("number") or "")
        if number:
            year, seq = (int(g) for g in NUMBER_RE.match(number).groups())  # type: ignore[union-attr]
            raise_sequence(year, seq)
        else:
            number = next_number(to_local(received).year)
        if values.get("status") == "closed":  # an imported closed report: closed when received
            values["closed_at"] = received
        report = Report.create(
            number=number, received_by=self.session.user_id, updated_at=received, **values
        )
        for person in clean.people:
            ReportPerson.create(
                report=report.id,
                contact=person.contact_id,
                name=person.name,
                role=person.role,
                description=person.description,
            )
        if values.get("reporter"):
            channel = {"walk_in": "walk_in", "phone": "phone", "email": "email"}.get(
                str(values["source"])
            )
            if channel:
                interaction = Interaction.create(
                    occurred_at=received,
                    officer=self.session.user_id,
                    channel=channel,
                    purpose="Report taken",
                    summary=f"Report {number} taken.",
                    report=report.id,
                    created_at=received,
                )
                InteractionContact.create(interaction=interaction.id, contact=values["reporter"])
        audit.record(
            self.session,
            "create",
            "report",
            report.id,
            None,
            {
                **{k: v for k, v in values.items() if k != "account"},
                "number": number,
                "people": len(clean.people),
            },
        )
        return int(report.id)

    # ---- queries -----------------------------------------------------------------------------
    def _base_query(self) -> Any:
        return joined_reports()

    def _scope(self, query):  # type: ignore[no-untyped-def]
        if allowed(self.session.role, "report.read"):
            return query
        require(self.session, "report.read_own")
        return query.where(Report.received_by == self.session.user_id)

    def _apply(self, query, flt: ReportFilter):  # type: ignore[no-untyped-def]
        if flt.date_from:
            query = query.where(Report.occurred_at >= local_day_bounds(flt.date_from)[0])
        if flt.date_to:
            query = query.where(Report.occurred_at < local_day_bounds(flt.date_to)[1])
        if flt.category_id:
            query = query.where(Report.category == flt.category_id)
        if flt.status:
            query = query.where(Report.status == flt.status)
        if flt.zone_id:
            query = query.where(Report.zone == flt.zone_id)
        if flt.assigned_officer_id:
            query = query.where(Report.assigned_officer == flt.assigned_officer_id)
        text = " ".join(flt.text.split())
        if text:
            like = f"%{text}%"
            query = query.where(
                (Report.number**like)
                | (Report.account**like)
                | (Contact.name**like)
                | (Location.name**like)
                | (Report.police_reference**like)
            )
        return query

    @staticmethod
    def _row(r: Report) -> ReportRow:
        summary = " ".join(r.account.split())
        return ReportRow(
            r.id,
            r.number,
            to_local(r.received_at),
            to_local(r.occurred_at),
            getattr(r, "category_name", None) or "—",
            getattr(r, "location_name", None) or "—",
            getattr(r, "zone_name", None) or "",
            r.severity,
            r.status,
            "Anonymous" if r.anonymous else (getattr(r, "reporter_name", None) or ""),
            getattr(r, "assigned_name", None) or "",
            r.follow_up_due,
            summary[:140] + ("…" if len(summary) > 140 else ""),
        )

    def count(self, flt: ReportFilter) -> int:
        # Joins only when the text search needs them: counting 150,000 joined rows is slow.
        query = Report.select(Report.id)
        if flt.text.strip():
            query = (
                query.join(Contact, JOIN.LEFT_OUTER, on=(Report.reporter == Contact.id))
                .switch(Report)
                .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
            )
        return int(self._apply(self._scope(query), flt).count())

    def list(
        self,
        flt: ReportFilter,
        offset: int = 0,
        limit: int = 200,
        sort: str = "received_at",
        descending: bool = True,
    ) -> list[ReportRow]:
        query = self._apply(self._scope(self._base_query()), flt)
        column = SORT_COLUMNS.get(sort, Report.received_at)
        columns = column if isinstance(column, tuple) else (column,)
        order = [
            *(c.desc() if descending else c.asc() for c in columns),
            Report.id.desc() if descending else Report.id.asc(),
        ]
        rows = query.order_by(*order).offset(offset).limit(limit).objects()
        return [self._row(r) for r in rows]

    def find_number(self, text: str) -> int | None:
        """The id of the report whose number appears in text, if the user may see it."""
        found = NUMBER_IN_TEXT.search(text or "")
        if not found:
            return None
        query = self._scope(Report.select(Report.id)).where(Report.number == found.group(0).upper())
        row = query.first()
        return int(row.id) if row else None

    def get(self, report_id: int) -> ReportDetail:
        query = self._scope(self._base_query()).where(Report.id == report_id)
        r = query.objects().first()
        if r is None:
            raise NotFound(f"no report with id {report_id}")
        reporter_details = ""
        if r.__data__.get("reporter"):
            c = Contact.get_by_id(r.__data__["reporter"])
            reporter_details = " · ".join(p for p in (c.name, c.address, c.phone, c.email) if p)
        people = []
        for p in (
            ReportPerson.select(ReportPerson, Contact)
            .join(Contact, JOIN.LEFT_OUTER)
            .where(ReportPerson.report == report_id)
            .order_by(ReportPerson.id)
        ):
            contact = p.contact if p.__data__.get("contact") else None
            people.append(
                PersonRow(
                    p.role,
                    contact.id if contact else None,
                    contact.name if contact else p.name,
                    " · ".join(
                        x for x in ((contact.address, contact.phone) if contact else ()) if x
                    ),
                    p.description,
                )
            )
        history = [
            HistoryRow(
                to_local(e.at),
                e.username,
                e.action,
                describe_changes(e.before, e.after) if e.before else "",
            )
            for e in AuditEntry.select()
            .where((AuditEntry.record_type == "report") & (AuditEntry.record_id == str(report_id)))
            .order_by(AuditEntry.id)
        ]
        return ReportDetail(
            self._row(r),
            r.source,
            getattr(r, "taken_name", None) or "not recorded (imported)",
            r.__data__.get("reporter"),
            reporter_details,
            r.anonymous,
            r.account,
            r.action_taken,
            r.police_notified,
            r.police_reference,
            r.__data__.get("assigned_officer"),
            to_local(r.closed_at),
            r.void_reason,
            tuple(people),
            tuple(history),
        )

    # ---- receipt -----------------------------------------------------------------------------
    def receipt_data(self, report_id: int) -> ReceiptData:
        detail = self.get(report_id)
        settings = load_office_settings()

        def when(value: datetime) -> str:
            return value.strftime("%d %b %Y %H:%M")

        return ReceiptData(
            office_name=settings.office_name,
            office_address=settings.address,
            office_phone=settings.phone,
            number=detail.row.number,
            received_at=when(detail.row.received_at),
            occurred_at=when(detail.row.occurred_at),
            category=detail.row.category,
            location=detail.row.location,
            reported_by=detail.row.reporter or "—",
            taken_by=detail.received_by,
            account=detail.account,
            police_reference=detail.police_reference,
        )

    def save_receipt(self, report_id: int, folder: Path | None = None) -> Path:
        """Write the report's receipt PDF (default: the receipts folder) and return its path."""
        data = self.receipt_data(report_id)
        with db.atomic():  # recorded before the file exists: a print is a disclosure
            audit.record(self.session, "print", "report", report_id, None, {"document": "receipt"})
        target = folder or receipts_dir()
        target.mkdir(parents=True, exist_ok=True)
        return build_receipt(
            data, target / f"receipt-{data.number}.pdf", load_office_settings().paper_size
        )

    def save_pdf(self, report_id: int, folder: Path) -> Path:
        """The whole report with its history as a PDF (audited: printing is a disclosure)."""
        detail = self.get(report_id)
        settings = load_office_settings()
        with db.atomic():  # recorded before the file exists: a print is a disclosure
            audit.record(self.session, "print", "report", report_id, None, {"document": "full"})
        folder.mkdir(parents=True, exist_ok=True)
        return build_report_pdf(
            _document(detail),
            settings.office_name,
            folder / f"{detail.row.number}.pdf",
            settings.paper_size,
        )

    # ---- changes -----------------------------------------------------------------------------
    def _require_change(self, report_id: int, permission_if_assigned: bool) -> None:
        assigned = (
            Report.select(Report.assigned_officer).where(Report.id == report_id).tuples().first()
        )
        if assigned is None:
            raise NotFound(f"no report with id {report_id}")
        mine = assigned[0] == self.session.user_id
        if not (
            permission_if_assigned and mine and allowed(self.session.role, "report.update_assigned")
        ):
            require(self.session, "report.update")

    def _change(
        self, report_id: int, permission_if_assigned: bool, **changes: object
    ) -> ReportDetail:
        # The permission is decided before the write transaction opens, so that a refusal's
        # audit entry is committed rather than rolled back with the refused change.
        self._require_change(report_id, permission_if_assigned)
        with db.atomic():
            report = _for_update(Report.select().where(Report.id == report_id)).first()
            if report is None:
                raise NotFound(f"no report with id {report_id}")
            if report.status == "void":
                raise ValidationError(
                    "status", "This report is void; it can be read but not changed"
                )
            before = {k: _plain(report.__data__.get(k)) for k in changes}
            for key, value in changes.items():
                setattr(report, key, value)
            report.updated_at = now_utc()
            report.save()
            after = {k: _plain(report.__data__.get(k)) for k in changes}
            if before != after:
                audit.record(self.session, "update", "report", report.id, before, after)
        return self.get(report_id)

    def set_status(self, report_id: int, status: str) -> ReportDetail:
        choice("status", status, ("new", "in_progress", "closed"), "Status")
        closed = now_utc() if status == "closed" else None
        return self._change(report_id, True, status=status, closed_at=closed)

    def assign(self, report_id: int, officer_id: int | None) -> ReportDetail:
        if officer_id is not None:
            officer = User.get_or_none((User.id == officer_id) & (User.active == True))  # noqa: E712
            if officer is None or officer.role not in ("officer", "manager"):
                raise ValidationError("assigned_officer", "Choose an active officer")
        return self._change(report_id, False, assigned_officer=officer_id)

    def set_follow_up(self, report_id: int, due: date | None) -> ReportDetail:
        return self._change(report_id, True, follow_up_due=due)

    def set_action_taken(
        self, report_id: int, text: str, police_reference: str | None = None
    ) -> ReportDetail:
        changes: dict[str, object] = {
            "action_taken": clean_text("action_taken", text, max_length=5000, label="Action taken")
        }
        if police_reference is not None:
            ref = clean_line(
                "police_reference",
                police_reference,
                max_length=60,
                required=False,
                label="Police reference",
            )
            changes["police_reference"] = ref
            if ref:
                changes["police_notified"] = True
        return self._change(report_id, True, **changes)

    def void(self, report_id: int, reason: str) -> ReportDetail:
        """Reports are never deleted: voided with a reason, they stay visible and marked."""
        require(self.session, "report.void")
        why = clean_text("void_reason", reason, max_length=1000, required=True, label="The reason")
        if len(why) < 5:
            raise ValidationError(
                "void_reason", "Say why the report is void (at least a few words)"
            )
        with db.atomic():
            report = _for_update(Report.select().where(Report.id == report_id)).first()
            if report is None:
                raise NotFound(f"no report with id {report_id}")
            if report.status == "void":
                raise ValidationError("void_reason", "This report is already void")
            before = {"status": report.status, "void_reason": report.void_reason}
            report.status, report.void_reason, report.updated_at = "void", why, now_utc()
            report.save()
            audit.record(
                self.session,
                "void",
                "report",
                report.id,
                before,
                {"status": "void", "void_reason": why},
            )
        return self.get(report_id)


def joined_reports() -> Any:
    """Reports with the names the list, the detail and the export show beside them."""
    taken, assigned = User.alias("taken"), User.alias("assigned")
    return (
        Report.select(
            Report,
            Category.name.alias("category_name"),
            Location.name.alias("location_name"),
            Zone.name.alias("zone_name"),
            Contact.name.alias("reporter_name"),
            Contact.phone.alias("reporter_phone"),
            taken.display_name.alias("taken_name"),
            assigned.display_name.alias("assigned_name"),
        )
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
        .switch(Report)
        .join(Zone, JOIN.LEFT_OUTER, on=(Report.zone == Zone.id))
        .switch(Report)
        .join(Contact, JOIN.LEFT_OUTER, on=(Report.reporter == Contact.id))
        .switch(Report)
        .join(taken, JOIN.LEFT_OUTER, on=(Report.received_by == taken.id))
        .switch(Report)
        .join(assigned, JOIN.LEFT_OUTER, on=(Report.assigned_officer == assigned.id))
    )


def _document(detail: ReportDetail) -> ReportDocument:
    """The report as the PDF prints it (the reporting layer knows nothing of services)."""
    row = detail.row
    return ReportDocument(
        number=row.number,
        status=row.status,
        void_reason=detail.void_reason,
        category=row.category,
        severity=row.severity,
        location=row.location,
        zone=row.zone,
        occurred_at=row.occurred_at,
        received_at=row.received_at,
        received_by=detail.received_by,
        source=detail.source,
        reported_by=detail.reporter_details or row.reporter,
        assigned_officer=row.assigned_officer,
        follow_up_due=row.follow_up_due,
        police_notified=detail.police_notified,
        police_reference=detail.police_reference,
        closed_at=detail.closed_at,
        account=detail.account,
        action_taken=detail.action_taken,
        people=tuple(PersonLine(p.role, p.name, p.details, p.description) for p in detail.people),
        history=tuple(ChangeLine(h.at, h.who, h.action, h.changes) for h in detail.history),
    )


def _for_update(query: Any) -> Any:
    """On PostgreSQL, lock the row read for a change so two editors cannot overwrite each other
    (SQLite's IMMEDIATE transaction already holds the whole database)."""
    return query if is_sqlite() else query.for_update()


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _is_pg() -> bool:
    from models.database import is_sqlite

    return not is_sqlite()


def next_number(year: int) -> str:
    """The next WR-YYYY-NNNNN; call inside the saving transaction, whose lock keeps it unique."""
    return take_numbers(year, 1)[0]


def take_numbers(year: int, count: int) -> list[str]:
    """The next count numbers of year, in one bump of the sequence (an import's batch)."""
    ReportSequence.insert(year=year, last=0).on_conflict_ignore().execute()
    ReportSequence.update(last=ReportSequence.last + count).where(
        ReportSequence.year == year
    ).execute()
    last = int(
        ReportSequence.select(ReportSequence.last).where(ReportSequence.year == year).scalar()
    )
    if len(f"WR-{year}-{last:05d}") > MAX_NUMBER_LENGTH:  # the caller's transaction rolls back
        raise ServiceError(
            f"the report numbers of {year} are used up: WR-{year}-{last:05d} would not fit "
            f"in {MAX_NUMBER_LENGTH} characters; ask your administrator to check the highest "
            f"number imported for {year}"
        )
    return [f"WR-{year}-{n:05d}" for n in range(last - count + 1, last + 1)]


def raise_sequence(year: int, seq: int) -> None:
    """A number given from elsewhere: later numbers of its year come after it."""
    ReportSequence.insert(year=year, last=seq).on_conflict(
        conflict_target=[ReportSequence.year],
        update={ReportSequence.last: fn.MAX(ReportSequence.last, seq)}
        if not _is_pg()
        else {ReportSequence.last: fn.GREATEST(ReportSequence.last, seq)},
    ).execute()
