"""`beacon check`'s look at the attachments: every stored file's bytes against the SHA-256 taken
when it was attached, read one file at a time so a large office's photos never fill memory."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN
from peewee import PeeweeException as PeeweeError

from desktop_app.services.clock import stored_datetime, to_local
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
            "SHA-256 taken when attached (changed outside Beacon; restore a backup):"
        )
        return [head, *(f"  {what}" for what in self.altered)]


def _where(number: str | None, entry_at: datetime | None, officer: str | None) -> str:
    if number:
        return f"report {number}"
    if entry_at is not None:
        when = to_local(stored_datetime(entry_at))
        return f"patrol entry of {when:%d %b %Y %H:%M} ({officer or '?'})"
    return "a record no longer there"


def verify_attachments() -> AttachmentsReport:
    """verify_all_attachments(), or why the attachments could not be read at all."""
    try:
        return verify_all_attachments()
    except PeeweeError as exc:
        return AttachmentsReport(0, problem=f"could not be read ({exc})")


def verify_all_attachments() -> AttachmentsReport:
    """Compare every attachment's bytes (removed ones too: they are kept for the record) with its
    SHA-256. Call inside the caller's read snapshot; the bytes are fetched by id, one at a time."""
    officer = User.alias("officer")
    adder = User.alias("adder")
    described: Any = (
        Attachment.select(
            Attachment.id,
            Attachment.filename,
            Attachment.sha256,
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
    altered: list[str] = []
    checked = 0
    for att_id, filename, sha256, added_at, username, number, entry_at, name in list(described):
        checked += 1
        stored = (
            AttachmentContent.select(AttachmentContent.data)
            .where(AttachmentContent.attachment == att_id)
            .tuples()
            .first()
        )
        if stored is not None and hashlib.sha256(bytes(stored[0])).hexdigest() == sha256:
            continue
        problem = "" if stored is not None else " (its bytes are missing)"
        added = to_local(stored_datetime(added_at))
        altered.append(
            f"{_where(number, entry_at, name)}: '{filename}'{problem}, attachment {att_id}, "
            f"added {added:%d %b %Y %H:%M} by {username}"
        )
    return AttachmentsReport(checked, tuple(altered))
