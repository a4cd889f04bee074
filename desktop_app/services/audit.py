"""The hash-chained audit trail: written inside the caller's transaction, verified on demand.

The writer only: it imports nothing of permissions or the clock, so both can record through it.
Reading the trail (with its permission checks) is audit_log.AuditService.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import Database, PostgresqlDatabase

from desktop_app.reporting.plural import plural
from desktop_app.services.session import Session
from models.audit import AuditAnchor, AuditEntry

# Re-exported: readers of the trail have always found these here.
from models.audit_hash import HASHED_FIELDS as HASHED_FIELDS
from models.audit_hash import canonical as canonical
from models.audit_hash import row_hash as row_hash
from models.audit_seal import seal
from models.base import utcnow
from models.database import db
from models.guards import GENESIS


def entry_hash(*, entry_id: int, **fields: Any) -> str:
    """row_hash of an entry given field by field (the other HASHED_FIELDS as keywords)."""
    return row_hash({"id": entry_id, **fields})


def hold_append_lock() -> None:
    """Serialise audit appends across connections until the transaction ends, so every entry links
    to the true last one, and a caller that reads the trail first sees it as it will be appended to.
    On SQLite a write transaction (begun IMMEDIATE) already holds the database's one write lock."""
    if isinstance(db.obj, PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(7243311)")


def record(
    session: Session,
    action: str,
    record_type: str,
    record_id: object = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> int:
    """Append one audit entry. Call inside the transaction of the change it describes."""
    with db.atomic():
        hold_append_lock()
        last = (
            AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        )
        prev_hash = last.hash if last else GENESIS
        # The id is chosen here, inside the serialised append, so the hash can cover it and the
        # row is written once: the table refuses UPDATE (schema v3 triggers).
        entry_id = (last.id + 1) if last else 1
        row = {
            "id": entry_id,
            "at": utcnow(),
            "username": session.username,
            "workstation": session.workstation,
            "action": action,
            "record_type": record_type,
            "record_id": str(record_id),
            # A contact's personal values are sealed with the contact's own key, here, for every
            # writer: the hash covers the sealed text, so erasing the key later erases the values
            # and leaves the chain whole (models.audit_seal).
            "before": canonical(seal(record_type, record_id, before)),
            "after": canonical(seal(record_type, record_id, after)),
            "prev_hash": prev_hash,
        }
        digest = row_hash(row)
        AuditEntry.insert(**row, user_id=session.user_id, hash=digest).execute()
        # The anchor moves in the same transaction (its trigger allows only this one step).
        AuditAnchor.update(
            entries=AuditAnchor.entries + 1, last_id=entry_id, last_hash=digest
        ).where(AuditAnchor.id == 1).execute()
        return entry_id


def record_refusal(session: Session, permission: str) -> None:
    """A refused action is itself audited, in its own transaction."""
    record(session, "permission_refused", "permission", permission)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries_checked: int
    first_bad_id: int | None
    problem: str
    last_hash: str = GENESIS  # the hash the chain ends with, when it is whole

    def describe(self) -> str:
        if self.ok:
            return f"audit chain ok ({plural(self.entries_checked, 'entry', 'entries')})"
        return f"audit chain broken at entry {self.first_bad_id}: {self.problem}"


def verify_chain(batch: int = 5000, database: Database | None = None) -> ChainReport:
    """Walk the whole chain in id order; report the first entry whose hash or link is wrong.
    database: another database than the open one (a restore checks its candidate copy)."""
    prev_hash = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows: Any = (
            AuditEntry.select()
            .where(AuditEntry.id > last_id)
            .order_by(AuditEntry.id)
            .limit(batch)
            .tuples()
        )
        if database is not None:
            rows = rows.bind(database)
        cols = [f.name for f in AuditEntry._meta.sorted_fields]
        fetched = 0
        for values in rows:
            fetched += 1
            row = dict(zip(cols, values, strict=True))
            if row["prev_hash"] != prev_hash:
                return ChainReport(
                    False,
                    checked,
                    row["id"],
                    "it does not link to the entry before it (an entry was removed or inserted)",
                )
            expected = row_hash(row)
            if row["hash"] != expected:
                return ChainReport(
                    False,
                    checked,
                    row["id"],
                    "its content does not match its hash (the entry was altered)",
                )
            prev_hash = row["hash"]
            last_id = row["id"]
            checked += 1
        if fetched < batch:
            break
    return ChainReport(True, checked, None, "", prev_hash)
