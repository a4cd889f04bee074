"""The manager's view of the audit trail: filtered pages of entries, and the chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.services.audit import ChainReport, describe_changes, record, verify_chain
from desktop_app.services.clock import office_zone, to_local
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from models.audit import AuditEntry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # office time
    username: str
    workstation: str
    action: str
    record_type: str
    record_id: str
    changes: str


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

    def entries(self, flt: AuditFilter, offset: int = 0, limit: int = 200) -> list[AuditRow]:
        require(self.session, "audit.read")
        query = where_equal(
            AuditEntry.select(),
            (AuditEntry.username, flt.username),
            (AuditEntry.record_type, flt.record_type),
            (AuditEntry.record_id, flt.record_id.strip()),
        )
        query = where_within_days(query, AuditEntry.at, flt.date_from, flt.date_to)
        if offset == 0:
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
        rows: Any = query.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        return [
            AuditRow(
                e.id,
                to_local(e.at, zone),
                e.username,
                e.workstation,
                e.action,
                e.record_type,
                e.record_id,
                describe_changes(
                    e.before,
                    e.after,
                    redact=e.record_type in CONTENT_RECORDS and not sees_content,
                ),
            )
            for e in rows
        ]

    def verify(self) -> ChainReport:
        require(self.session, "audit.read")
        return verify_chain()


def _distinct(column: Any) -> list[str]:
    found: Any = AuditEntry.select(column).distinct().order_by(column).tuples()
    return [str(value) for (value,) in found]
