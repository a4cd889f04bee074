"""`beacon check`'s look at the attachments: every stored file's bytes against the SHA-256 taken
when it was attached, read one file at a time so a large office's photos never fill memory; and
every attachment's SHA-256 and size against those in its hash-chained "attach" audit entry, so
bytes replaced together with the SHA-256 beside them are found too."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN, Database
from peewee import PeeweeException as PeeweeError

from desktop_app.services.clock import stored_datetime, to_local
from models.audit import AuditEntry
from models.corrections import Attachment, AttachmentContent
from models.org import User
from models.patrol import PatrolEntry
from models.reports import Report


@dataclass(frozen=True)
class AttachmentsReport:
    checked: int
    altered: tuple[str, ...] = ()  # each: where it is attached, the file, who added it
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.altered and not self.problem

    def lines(self) -> list[str]:
        if self.problem:
            return [f"attachments FAILED: {self.problem}"]
        if self.ok:
            files = "1 file" if self.checked == 1 else f"{self.checked} files"
            return [f"attachments ok ({files})"]
        head = (
            f"attachments FAILED: {len(self.altered)} of {self.checked} no longer match the "
            "SHA-256 taken when attached or its audit entry (changed outside Beacon; restore a "
            "backup):"
        )
        return [head, *(f"  {what}" for what in self.altered)]


def _where(number: str | None, entry_at: datetime | None, officer: str | None) -> str:
    if number:
        return f"report {number}"
    if entry_at is not None:
        when = to_local(stored_datetime(entry_at))
        return f"patrol entry of {when:%d %b %Y %H:%M} ({officer or '?'})"
    return "a record no longer there"


def verify_attachments(database: Database | None = None) -> AttachmentsReport:
    """verify_all_attachments(), or why the attachments could not be read at all."""
    try:
        return verify_all_attachments(database)
    except PeeweeError as exc:
        return AttachmentsReport(0, problem=f"could not be read ({exc})")


def verify_all_attachments(database: Database | None = None) -> AttachmentsReport:
    """Compare every attachment's bytes (removed ones too: they are kept for the record) with its
    SHA-256. Call inside the caller's read snapshot; the bytes are fetched by id, one at a time.
    database: another database than the models' (a restore checks its copy), read by these
    queries alone, so no other thread's queries are turned to it."""
    officer = User.alias("officer")
    adder = User.alias("adder")
    described: Any = (
        Attachment.select(
            Attachment.id,
            Attachment.filename,
            Attachment.sha256,
            Attachment.size,
            Attachment.added_at,
            adder.username,
            Report.number,
            PatrolEntry.at,
            officer.display_name,
        )
        .join(adder, on=(Attachment.added_by == adder.id))
        .switch(Attachment)
        .join(Report, JOIN.LEFT_OUTER, on=(Attachment.report == Report.id))
        .switch(Attachment)
        .join(PatrolEntry, JOIN.LEFT_OUTER, on=(Attachment.patrol_entry == PatrolEntry.id))
        .join(officer, JOIN.LEFT_OUTER, on=(PatrolEntry.officer == officer.id))
        .order_by(Attachment.id)
        .tuples()
    )
    if database is not None:
        described = described.bind(database)
    attached = attach_records(database)
    altered: list[str] = []
    checked = 0
    for att_id, filename, sha256, size, added_at, username, number, entry_at, name in list(
        described
    ):
        checked += 1
        problem = _problem(att_id, sha256, size, attached.get(att_id), database)
        if not problem:
            continue
        added = to_local(stored_datetime(added_at))
        altered.append(
            f"{_where(number, entry_at, name)}: '{filename}' {problem}, attachment {att_id}, "
            f"added {added:%d %b %Y %H:%M} by {username}"
        )
    return AttachmentsReport(checked, tuple(altered))


def attach_records(database: Database | None = None) -> dict[int, tuple[str, int]]:
    """attachment id -> (SHA-256, size) as the "attach" audit entries recorded them, all read in
    one query (one small row per attachment ever added)."""
    found: dict[int, tuple[str, int]] = {}
    rows: Any = AuditEntry.select(AuditEntry.after).where(AuditEntry.action == "attach").tuples()
    if database is not None:
        rows = rows.bind(database)
    for (after,) in rows:
        try:
            values = json.loads(after) if after else {}
        except ValueError:
            continue
        if isinstance(values, dict) and isinstance(values.get("attachment"), int):
            found[values["attachment"]] = (str(values.get("sha256")), values.get("size", -1))
    return found


def as_bytes(value: object) -> bytes | None:
    """Stored attachment bytes as bytes, whatever the database driver returned (bytes, a
    memoryview, text put there by hand); None for anything else, such as a number (never
    bytes(number): that is a block of zeros of that size)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, memoryview | bytearray):
        return bytes(value)
    if isinstance(value, str):
        try:
            return value.encode("utf-8")
        except UnicodeEncodeError:
            return None
    return None


def _problem(
    att_id: int,
    sha256: str,
    size: int,
    recorded: tuple[str, int] | None,
    database: Database | None,
) -> str:
    """What is wrong with one attachment ('' when nothing): its bytes against its SHA-256, that
    SHA-256 and its size against its attach audit entry. Its bytes are fetched alone."""
    query: Any = (
        AttachmentContent.select(AttachmentContent.data)
        .where(AttachmentContent.attachment == att_id)
        .tuples()
    )
    stored = (query if database is None else query.bind(database)).first()
    if stored is None:
        return "(its bytes are missing)"
    data = as_bytes(stored[0])
    if data is None:
        return "(its bytes are not stored as bytes)"
    if hashlib.sha256(data).hexdigest() != sha256:
        return "(its bytes differ from its SHA-256)"
    if recorded is None:
        return "(no audit entry records it being attached)"
    if recorded != (sha256, size) or len(data) != size:
        return "(its SHA-256 or size differs from the audit entry of its attaching)"
    return ""
