"""Photos and documents attached to a report or a patrol entry: added, listed, read back only
when their SHA-256 still holds, removed from view. The bytes are in the database, so backups
hold them."""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from desktop_app.services import audit
from desktop_app.services.attachment_check import as_bytes
from desktop_app.services.clock import now_utc, to_local
from desktop_app.services.errors import NotFound, ServiceError, ValidationError
from desktop_app.services.office import attachments_dir
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.patrol.shifts import require_own_shift
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line
from models.corrections import Attachment, AttachmentContent
from models.database import db
from models.org import User
from models.patrol import PatrolEntry
from models.reports import Report

FIELD = "file"  # the field a refused file's message belongs to
MB = 1024 * 1024
CHUNK = MB  # a file is read this much at a time, and no further than one chunk past the limit
NAME_BYTES = 255  # the longest file name most file systems take, in bytes


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    report_id: int | None
    entry_id: int | None
    filename: str
    media_type: str
    size: int
    sha256: str
    added_by_id: int
    added_by: str  # display name
    added_at: datetime  # office time
    note: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


class AttachmentAltered(ServiceError):
    """The stored bytes no longer match the SHA-256 taken when the file was attached."""


def size_text(size: int) -> str:
    """A file size as people read it: 830 bytes, 14.2 KB, 3.1 MB."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    if size < MB:
        return f"{size / 1024:.1f} KB"
    return f"{size / MB:.1f} MB"


def media_type_of(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def _clean_filename(filename: str) -> str:
    # Only the name: a path typed or dropped in says nothing the record should keep.
    name = PurePath(filename.replace("\\", "/")).name
    return clean_line(FIELD, name, max_length=255, label="The file name")


def viewer_name(attachment_id: int, filename: str) -> str:
    """The viewer copy's file name: only the name part (a stored path cannot lead out of the
    folder), trimmed to what the file system takes in bytes, the extension kept."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    name = f"{attachment_id}-{name if name not in ('', '.', '..') else 'attachment'}"
    if len(name.encode("utf-8")) <= NAME_BYTES:
        return name
    suffix = PurePath(name).suffix
    if len(suffix.encode("utf-8")) > 16:  # no real extension is that long
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > NAME_BYTES:
        stem = stem[:-1]
    return stem + suffix


def _read_file(path: Path, name: str, limit: int, too_big: str) -> bytes:
    """A regular file's bytes (a device, pipe or folder is refused without being read), read a
    chunk at a time and refused once past the limit, whatever its size on disk said."""
    try:
        real = path.resolve()
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise ValidationError(
                FIELD, f"'{name}' is not a regular file (a folder, device or pipe); choose a file"
            )
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped since the look
                raise ValidationError(FIELD, f"'{name}' is not a regular file; choose a file")
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise ValidationError(FIELD, too_big.format(size_text(size)))
            chunks, read = [], 0
            while chunk := fh.read(CHUNK):
                chunks.append(chunk)
                read += len(chunk)
                if read > limit:
                    raise ValidationError(FIELD, too_big.format(f"over {size_text(limit)}"))
    except OSError as exc:
        raise ValidationError(FIELD, f"'{name}' could not be read: {exc.strerror or exc}") from None
    return b"".join(chunks)


def read_source(source: Path | bytes, filename: str, limit_mb: int) -> tuple[str, bytes]:
    """The file's name and bytes, refused when empty or over the limit (judged by its size on
    disk first, so a huge file is never read into memory)."""
    name = _clean_filename(filename or (source.name if isinstance(source, Path) else ""))
    too_big = (
        f"'{name}' is {{0}}; the office's limit for one attachment is {limit_mb} MB "
        "(a manager can change it in Office settings)"
    )
    if isinstance(source, Path):
        data = _read_file(source, name, limit_mb * MB, too_big)
    else:
        data = bytes(source)
    if not data:
        raise ValidationError(FIELD, f"'{name}' is empty (0 bytes); there is nothing to attach")
    if len(data) > limit_mb * MB:
        raise ValidationError(FIELD, too_big.format(size_text(len(data))))
    return name, data


def _rows(query: Any) -> list[AttachmentRow]:
    return [
        AttachmentRow(
            a.id,
            a.__data__.get("report"),
            a.__data__.get("patrol_entry"),
            a.filename,
            a.media_type,
            a.size,
            a.sha256,
            a.__data__["added_by"],
            a.added_by_name,
            to_local(a.added_at),
            a.note,
        )
        for a in query.objects()
    ]


def _owner(report_id: int | None, entry_id: int | None) -> tuple[str, int]:
    """The audit record an attachment belongs to: its report or its patrol entry."""
    if report_id is not None and entry_id is None:
        return "report", report_id
    if entry_id is not None and report_id is None:
        return "patrol_entry", entry_id
    raise ValueError("an attachment belongs to a report or to a patrol entry (one of the two)")


class AttachmentService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- permissions -------------------------------------------------------------------------
    def _may_read(self, report_id: int | None, entry_id: int | None) -> None:
        if entry_id is not None:
            require(self.session, "patrol.read")
            if not PatrolEntry.select().where(PatrolEntry.id == entry_id).exists():
                raise NotFound(f"no patrol entry with id {entry_id}")
            return
        query = Report.select(Report.id).where(Report.id == report_id)
        if not allowed(self.session.role, "report.read"):
            require(self.session, "report.read_own")
            query = query.where(Report.received_by == self.session.user_id)
        if not query.exists():
            raise NotFound(f"no report with id {report_id}")

    def _require_change(self, report_id: int | None, entry_id: int | None) -> None:
        """A manager, the report's assigned officer or (while it is open) whoever took it; the
        entry's own officer. Decided before the write transaction, so a refusal is kept."""
        if entry_id is not None:
            require(self.session, "patrol.write")
            shift = (
                PatrolEntry.select(PatrolEntry.shift)
                .where(PatrolEntry.id == entry_id)
                .tuples()
                .first()
            )
            if shift is None:
                raise NotFound(f"no patrol entry with id {entry_id}")
            require_own_shift(self.session, shift[0])
            return
        row = self._report_row(report_id)
        if row is None:
            raise NotFound(f"no report with id {report_id}")
        if not self._may_change_report(row):
            require(self.session, "report.update")

    def may_change(self, *, report_id: int | None = None, entry_id: int | None = None) -> bool:
        """Whether this session may attach here (nothing audited: the panel asks to show its
        buttons). A void report takes none."""
        _owner(report_id, entry_id)
        role, me = self.session.role, self.session.user_id
        if entry_id is not None:
            officer = (
                PatrolEntry.select(PatrolEntry.officer)
                .where(PatrolEntry.id == entry_id)
                .tuples()
                .first()
            )
            if officer is None or not allowed(role, "patrol.write"):
                return False
            return officer[0] == me or allowed(role, "report.update")
        row = self._report_row(report_id)
        if row is None or row[1] == "void":
            return False
        return allowed(role, "report.update") or self._may_change_report(row)

    @staticmethod
    def _report_row(report_id: int | None) -> tuple[int | None, str, int | None] | None:
        """(assigned officer, status, received by) of the report, None when there is none."""
        return (  # type: ignore[no-any-return]
            Report.select(Report.assigned_officer, Report.status, Report.received_by)
            .where(Report.id == report_id)
            .tuples()
            .first()
        )

    def _may_change_report(self, row: tuple[int | None, str, int | None]) -> bool:
        """Besides a manager: the officer the report is assigned to, and whoever took it, while
        it is open (the desk attaches the photo the person brought)."""
        assigned, status, received_by = row
        me, role = self.session.user_id, self.session.role
        if assigned is not None and assigned == me and allowed(role, "report.update_assigned"):
            return True
        return received_by is not None and received_by == me and status in ("new", "in_progress")

    # ---- reads -------------------------------------------------------------------------------
    def list(
        self, *, report_id: int | None = None, entry_id: int | None = None
    ) -> builtins.list[AttachmentRow]:
        """The attachments in view, oldest first; never reads their bytes."""
        _owner(report_id, entry_id)
        self._may_read(report_id, entry_id)
        owner = (
            Attachment.report == report_id
            if report_id is not None
            else Attachment.patrol_entry == entry_id
        )
        query = (
            Attachment.select(Attachment, User.display_name.alias("added_by_name"))
            .join(User, on=(Attachment.added_by == User.id))
            .where(owner & Attachment.removed_at.is_null())
            .order_by(Attachment.id)
        )
        return _rows(query)

    def _get(self, attachment_id: int) -> AttachmentRow:
        query = (
            Attachment.select(Attachment, User.display_name.alias("added_by_name"))
            .join(User, on=(Attachment.added_by == User.id))
            .where(Attachment.id == attachment_id)
        )
        found = _rows(query)
        if not found:
            raise NotFound(f"no attachment with id {attachment_id}")
        return found[0]

    def content(self, attachment_id: int) -> bytes:
        """The attachment's bytes, only after their SHA-256 is found to be the one recorded."""
        row = self._get(attachment_id)
        self._may_read(row.report_id, row.entry_id)
        stored = (
            AttachmentContent.select(AttachmentContent.data)
            .where(AttachmentContent.attachment == attachment_id)
            .tuples()
            .first()
        )
        data = as_bytes(stored[0]) if stored is not None else None
        if data is None or hashlib.sha256(data).hexdigest() != row.sha256:
            raise AttachmentAltered(
                f"The stored copy of '{row.filename}' no longer matches the fingerprint "
                "(SHA-256) taken when it was attached: it was changed or damaged outside "
                "Beacon. It is not shown; run 'beacon check' and restore a backup."
            )
        return data

    def save_copy(self, attachment_id: int, folder: Path | None = None) -> Path:
        """Write the verified bytes where the system viewer can open them (default: Beacon's own
        folder, emptied at start like receipts) and return the file's path."""
        data = self.content(attachment_id)
        row = self._get(attachment_id)
        target = folder or attachments_dir()
        target.mkdir(parents=True, exist_ok=True)
        path = target / viewer_name(row.id, row.filename)
        path.write_bytes(data)
        return path

    # ---- writes ------------------------------------------------------------------------------
    def add(
        self,
        *,
        report_id: int | None = None,
        entry_id: int | None = None,
        source: Path | bytes,
        filename: str = "",
        note: str = "",
    ) -> AttachmentRow:
        """Attach a file (a path, or bytes with their filename) to a report or an entry: the
        record, its bytes and the audit entry in one transaction."""
        record_type, record_id = _owner(report_id, entry_id)
        if self.session.user_id is None:
            raise ValidationError(FIELD, "Files are attached by a signed-in person")
        self._require_change(report_id, entry_id)
        clean_note = clean_line("note", note, max_length=200, required=False, label="The note")
        name, data = read_source(source, filename, load_office_settings().attachment_max_mb)
        digest = hashlib.sha256(data).hexdigest()
        with db.atomic():
            if report_id is not None:
                status = Report.select(Report.status).where(Report.id == report_id).scalar()
                if status == "void":
                    raise ValidationError(
                        FIELD, "This report is void; it can be read but not changed"
                    )
            attachment = Attachment.create(
                report=report_id,
                patrol_entry=entry_id,
                filename=name,
                media_type=media_type_of(name),
                size=len(data),
                sha256=digest,
                added_by=self.session.user_id,
                note=clean_note,
            )
            AttachmentContent.create(attachment=attachment.id, data=data)
            after = {
                "attachment": attachment.id,
                "filename": name,
                "media_type": attachment.media_type,
                "size": len(data),
                "sha256": digest,
            }
            audit.record(self.session, "attach", record_type, record_id, None, after)
        return self._get(attachment.id)

    def remove(self, attachment_id: int) -> AttachmentRow:
        """Take an attachment out of view (kept, with who removed it, for the record); by a
        manager or by whoever added it, while they may still change the report or entry."""
        row = self._get(attachment_id)
        self._require_change(row.report_id, row.entry_id)
        if row.added_by_id != self.session.user_id:
            require(self.session, "report.update")
        record_type, record_id = _owner(row.report_id, row.entry_id)
        with db.atomic():
            current = Attachment.get_by_id(attachment_id)
            if current.removed_at is not None:
                raise ValidationError(FIELD, f"'{row.filename}' was removed already")
            if row.report_id is not None:
                status = Report.select(Report.status).where(Report.id == row.report_id).scalar()
                if status == "void":
                    raise ValidationError(
                        FIELD, "This report is void; it can be read but not changed"
                    )
            Attachment.update(removed_at=now_utc(), removed_by=self.session.user_id).where(
                Attachment.id == attachment_id
            ).execute()
            audit.record(
                self.session,
                "remove attachment",
                record_type,
                record_id,
                {"attachment_id": attachment_id, "attachment": row.filename},
                {"attachment_id": attachment_id, "attachment": "removed"},
            )
        return row
