"""What reports go in and come out as: the form's input, the list's rows, one report's detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.vocabulary import REPORT_FACT_LABELS

MAX_ACCOUNT = 20_000  # characters of the account (narrative)


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


@dataclass
class CleanReport:
    """A ReportInput that passed every check: the values to store (number "" for the next one)
    and the people involved."""

    values: dict[str, object] = field(default_factory=dict)
    people: list[PersonInput] = field(default_factory=list)


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
    supplements: int = 0  # corrections added since it was taken (the list marks them)


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
class FactChange:
    """One fact a supplement corrected, both values as people read them (names, office time)."""

    field: str  # category, location, zone, occurred_at, severity, account
    before: str
    after: str


@dataclass(frozen=True)
class SupplementRow:
    """A correction added to a saved report: who, when, why, and what it changed."""

    number: int  # 1, 2, … within the report
    written_by: str
    written_at: datetime  # office time
    reason: str
    changes: tuple[FactChange, ...]


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
    supplements: tuple[SupplementRow, ...] = ()
    location_id: int | None = None  # its place's history opens from the detail

    @property
    def original(self) -> dict[str, str]:
        """The facts supplements changed, as the report was first recorded (each field's first
        'before'); the row shows the current values."""
        first: dict[str, str] = {}
        for supplement in self.supplements:
            for change in supplement.changes:
                first.setdefault(change.field, change.before)
        return {f: first[f] for f in REPORT_FACT_LABELS if f in first}


@dataclass(frozen=True)
class ReportFilter:
    date_from: date | None = None  # office-local days, on when it happened
    date_to: date | None = None
    category_id: int | None = None
    status: str | None = None
    zone_id: int | None = None
    assigned_officer_id: int | None = None
    text: str = ""
    unassigned: bool = False  # only reports no one is assigned to
    open_only: bool = False  # only reports still open (new or in progress)
    received_since: datetime | None = None  # stored (UTC): only reports taken since then
    location_id: int | None = None  # one place's reports (a problem's card picks from them)
