"""The manager's view of the audit trail: filtered pages of entries, and the chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.services.audit import ChainReport, record, verify_chain
from desktop_app.services.audit_words import AuditWords
from desktop_app.services.clock import office_zone, to_local
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from models.audit import AuditEntry
from models.reports import Report


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # office time
    username: str
    workstation: str
    action: str
    record_type: str
    record_id: str
    changes: str  # as people read them: names, labels, office times to the minute
    record_name: str = ""  # the record's number or name (WR-2026-00042, Maya Fraser, akhan)


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    record_type: str = ""
    record_id: str = ""
    date_from: date | None = None
    date_to: date | None = None


# Records whose values are personal or part of a report's content: shown to those who may read
# them, hidden (field names kept) from an administrator who keeps the accounts but not the records.
CONTENT_RECORDS = frozenset({"contact", "report", "patrol_entry", "patrol_shift", "interaction"})


class AuditService:
    """The manager's view of the trail. Reading it is itself recorded."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record_types(self) -> list[str]:
        require(self.session, "audit.read")
        return _distinct(AuditEntry.record_type)

    def usernames(self) -> list[str]:
        require(self.session, "audit.read")
        return _distinct(AuditEntry.username)

    def entries(
        self, flt: AuditFilter, before_id: int | None = None, limit: int = 200
    ) -> list[AuditRow]:
        """A page of entries, newest first: the first page, or those before the entry before_id
        (the last one shown; a range search on the key, however deep). Reading the first page
        is recorded."""
        require(self.session, "audit.read")
        record_type, record_id = _record(flt.record_type, flt.record_id)
        query = where_equal(
            AuditEntry.select(),
            (AuditEntry.username, flt.username),
            (AuditEntry.record_type, record_type),
            (AuditEntry.record_id, record_id),
        )
        query = where_within_days(query, AuditEntry.at, flt.date_from, flt.date_to)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        else:
            record(
                self.session,
                "read",
                "audit_log",
                "",
                None,
                {k: v for k, v in flt.__dict__.items() if v},
            )
        zone = office_zone()
        sees_content = allowed(self.session.role, "report.read") and allowed(
            self.session.role, "contact.read"
        )
        rows = list(query.order_by(AuditEntry.id.desc()).limit(limit))
        words = AuditWords(rows, zone)  # every name on the page, one query per kind of record
        return [
            self._row(e, words, hide=e.record_type in CONTENT_RECORDS and not sees_content)
            for e in rows
        ]

    @staticmethod
    def _row(e: Any, words: AuditWords, hide: bool) -> AuditRow:
        """One entry in words; hide: values are not shown, nor the record's name (a contact's
        name is as personal as its values), only its id."""
        return AuditRow(
            e.id,
            to_local(e.at, words.zone),
            e.username,
            e.workstation,
            e.action,
            e.record_type,
            e.record_id,
            words.changes(e, redact=hide),
            "" if hide else words.record(e.record_type, e.record_id),
        )

    def verify(self) -> ChainReport:
        require(self.session, "audit.read")
        return verify_chain()


def _record(record_type: str, typed: str) -> tuple[str, str]:
    """The record type and stored id the filter asks for: an id as typed, or a report's number
    (WR-2026-00042), which stands for that report's id."""
    text = typed.strip()
    if text.upper().startswith("WR-") and record_type in ("", "report"):
        found = Report.select(Report.id).where(Report.number == text.upper()).tuples().first()
        return "report", str(found[0]) if found else text
    return record_type, text


def _distinct(column: Any) -> list[str]:
    found: Any = AuditEntry.select(column).distinct().order_by(column).tuples()
    return [str(value) for (value,) in found]
