"""Corrections the police way: a supplement changes a saved report's facts, the original stays.

The report row carries the current values; each supplement keeps what it changed as
{field: [before, after]} in stored form (ids, ISO UTC times), so the original report is the first
'before' of each field. A supplement, the report's new values and the audit entry are written in
one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from peewee import fn

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.services.permissions import allowed, require
from desktop_app.services.reports.types import FactChange, ReportInput, SupplementRow
from desktop_app.services.reports.validation import (
    check_account,
    check_category,
    check_location,
    check_times,
)
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_text
from desktop_app.vocabulary import REPORT_FACT_LABELS, SEVERITY_LABELS, label
from models.corrections import ReportSupplement
from models.database import db, locked
from models.org import Category, Location, User, Zone
from models.reports import SEVERITIES, Report

# The facts a supplement records, in the order they are shown.
FIELD_ORDER = tuple(REPORT_FACT_LABELS)
NAMED: dict[str, Any] = {"category": Category, "location": Location, "zone": Zone}


def check_reason(text: str) -> str:
    """Why the report is corrected: required, a few words at least."""
    reason = clean_text("reason", text, max_length=2000, required=True, label="The reason")
    if len(reason) < 5:
        raise ValidationError("reason", "Say why the report is corrected (at least a few words)")
    return reason


def supplement_counts(report_ids: Iterable[int]) -> dict[int, int]:
    """How many supplements each of these reports has (one query, for a page of the list)."""
    ids = [int(i) for i in report_ids]
    if not ids:
        return {}
    # Written out: peewee builds a node per id, which for a page of 200 costs more than the query.
    table, column = ReportSupplement._meta.table_name, ReportSupplement.report.column_name
    marks = ", ".join([db.param] * len(ids))
    rows = db.execute_sql(
        f"SELECT {column}, COUNT(*) FROM {table} WHERE {column} IN ({marks}) GROUP BY {column}",
        ids,
    )
    return {int(report): int(count) for report, count in rows}


def report_supplements(report_id: int) -> tuple[SupplementRow, ...]:
    """The report's supplements in order, their values as people read them."""
    rows: list[Any] = list(
        ReportSupplement.select(ReportSupplement, User.display_name.alias("writer"))
        .join(User, on=(ReportSupplement.written_by == User.id))
        .where(ReportSupplement.report == report_id)
        .order_by(ReportSupplement.number)
        .objects()
    )
    stored = [json.loads(r.changes) for r in rows]
    names = _names(stored)
    return tuple(
        SupplementRow(
            r.number,
            r.writer,
            to_local(stored_datetime(r.written_at)),
            r.reason,
            tuple(
                FactChange(f, _readable(f, c[f][0], names), _readable(f, c[f][1], names))
                for f in FIELD_ORDER
                if f in c
            ),
        )
        for r, c in zip(rows, stored, strict=True)
    )


def _names(stored: list[dict[str, list[Any]]]) -> dict[tuple[str, int], str]:
    """The names of every category, location and zone the supplements mention, by (field, id)."""
    wanted: dict[str, set[int]] = {field: set() for field in NAMED}
    for changes in stored:
        for field in NAMED:
            wanted[field].update(v for v in changes.get(field, ()) if v is not None)
    names: dict[tuple[str, int], str] = {}
    for field, model in NAMED.items():
        if wanted[field]:
            query = model.select(model.id, model.name).where(model.id.in_(wanted[field]))
            names.update({(field, i): n for i, n in query.tuples()})
    return names


def _readable(field: str, value: Any, names: dict[tuple[str, int], str]) -> str:
    if value is None or value == "":
        return "—"
    if field in NAMED:
        return names.get((field, value), "—")
    if field == "occurred_at":
        return to_local(datetime.fromisoformat(value)).strftime("%d %b %Y %H:%M")
    if field == "severity":
        return label(SEVERITY_LABELS, value)
    return str(value)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _category(value: object, report: Report) -> dict[str, object]:
    return {"category": check_category(_text(value)).id}


def _location(value: object, report: Report) -> dict[str, object]:
    location = check_location(_text(value))
    return {"location": location.id, "zone": location.__data__.get("zone")}


def _occurred(value: object, report: Report) -> dict[str, object]:
    if value is not None and not isinstance(value, datetime):
        raise ValidationError("occurred_at", "When it happened must be a date and time")
    received = stored_datetime(report.received_at).replace(tzinfo=UTC)
    data = ReportInput(
        occurred_at=value, category="", location="", account="", received_at=received
    )
    return {"occurred_at": check_times(data)[0]}


def _severity(value: object, report: Report) -> dict[str, object]:
    return {"severity": choice("severity", _text(value), SEVERITIES, "Severity")}


def _account(value: object, report: Report) -> dict[str, object]:
    return {"account": check_account(_text(value))}


# The facts a supplement may correct, each checked as the walk-in form checks it, giving the
# values to store. Correcting the location moves the report to that location's zone.
CHECKS: dict[str, Callable[[object, Report], dict[str, object]]] = {
    "category": _category,
    "location": _location,
    "occurred_at": _occurred,
    "severity": _severity,
    "account": _account,
}
CORRECTABLE = tuple(CHECKS)


def _refuse(field: str) -> dict[str, object]:
    raise ValidationError(
        field, f"{field.replace('_', ' ').capitalize()} cannot be corrected by a supplement"
    )


def _checked(changes: Mapping[str, object], report: Report) -> dict[str, object]:
    """The corrected values as they would be stored; every failing field at once."""
    attempt = Checks()
    values: dict[str, object] = {}
    for field, value in changes.items():
        check = CHECKS.get(field)
        if check is None:
            attempt(partial(_refuse, field))
        else:
            values.update(attempt(partial(check, value, report)) or {})
    attempt.done()
    return values


class SupplementService:
    """Corrects saved reports by supplements: a manager, or the officer the report is assigned
    to. Reading them is part of ReportService.get (ReportDetail.supplements)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def correct(self, report_id: int, changes: Mapping[str, object], reason: str) -> SupplementRow:
        """Add supplement N to the report: its facts set to changes ({field: value as the
        walk-in form takes it}), the values before kept, all audited in one transaction."""
        self._require(report_id)
        with db.atomic():
            report = locked(Report.select().where(Report.id == report_id)).first()
            if report is None:
                raise NotFound(f"no report with id {report_id}")
            if report.status == "void":
                raise ValidationError(
                    "status", "This report is void; it can be read but not corrected"
                )
            attempt = Checks()  # every mistake at once, in the form's order: facts, reason
            values = attempt(partial(_checked, changes, report))
            why = attempt(partial(check_reason, reason))
            attempt.done()
            diff = {
                f: (report.__data__.get(f), values[f])
                for f in FIELD_ORDER
                if f in values and report.__data__.get(f) != values[f]
            }
            if not diff:
                raise ValidationError(
                    "changes", "Nothing to correct: change at least one fact, then save"
                )
            number = self._write(report, diff, why)
        return report_supplements(report_id)[number - 1]

    def _write(self, report: Report, diff: dict[str, tuple[object, object]], why: str) -> int:
        last = (
            ReportSupplement.select(fn.MAX(ReportSupplement.number))
            .where(ReportSupplement.report == report.id)
            .scalar()
        )
        number = int(last or 0) + 1
        for field, (_, after) in diff.items():
            setattr(report, field, after)
        report.updated_at = now_utc()
        report.save()
        ReportSupplement.create(
            report=report.id,
            number=number,
            written_by=self.session.user_id,
            reason=why,
            changes=json.dumps(
                {f: [_plain(b), _plain(a)] for f, (b, a) in diff.items()}, ensure_ascii=False
            ),
        )
        before = {f: _plain(b) for f, (b, _) in diff.items()}
        after = {f: _plain(a) for f, (_, a) in diff.items()}
        audit.record(
            self.session,
            "supplement",
            "report",
            report.id,
            before,
            {**after, "supplement": number, "reason": why},
        )
        return number

    def _require(self, report_id: int) -> None:
        """A manager, or the officer the report is assigned to. Decided before the write
        transaction opens, so that a refusal's audit entry is committed."""
        assigned = (
            Report.select(Report.assigned_officer).where(Report.id == report_id).tuples().first()
        )
        if assigned is None:
            raise NotFound(f"no report with id {report_id}")
        mine = self.session.user_id is not None and assigned[0] == self.session.user_id
        if not (mine and allowed(self.session.role, "report.update_assigned")):
            require(self.session, "report.update")
        if self.session.user_id is None:  # a supplement is signed by a person
            raise PermissionDenied("report.update", self.session.role)

    @staticmethod
    def can_correct(session: Session, assigned_officer_id: int | None) -> bool:
        """Whether the session may correct a report assigned to assigned_officer_id (for the
        UI to offer the action; correct() decides again)."""
        if session.user_id is None:
            return False
        mine = assigned_officer_id == session.user_id
        return allowed(session.role, "report.update") or (
            mine and allowed(session.role, "report.update_assigned")
        )
