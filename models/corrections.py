"""Supplements that correct a saved report, and files attached to reports and patrol entries
(schema v5)."""

from __future__ import annotations

from peewee import (
    BlobField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, utcnow
from models.org import User
from models.patrol import PatrolEntry
from models.reports import Report


class ReportSupplement(BaseModel):
    """A correction of a saved report's facts. The report row carries the current values; each
    supplement keeps what it changed as JSON {field: [before, after]}, so the original report is
    the first 'before' of each field and stays readable."""

    report = ForeignKeyField(Report, backref="supplements", on_delete="CASCADE")
    number = IntegerField()  # 1, 2, … within the report
    written_by = ForeignKeyField(User, backref="supplements_written", on_delete="RESTRICT")
    written_at = DateTimeField(default=utcnow)
    reason = TextField()
    changes = TextField()  # JSON {field: [before, after]}; values as stored (ids, ISO times)

    class Meta:
        indexes = ((("report", "number"), True),)


class Attachment(BaseModel):
    """A photo or document attached to a report or a patrol entry (exactly one of the two).
    The bytes live in AttachmentContent so listing attachments never reads them; sha256 is of
    those bytes, taken when they were added, and `beacon check` compares the two."""

    report = ForeignKeyField(Report, null=True, backref="attachments", on_delete="CASCADE")
    patrol_entry = ForeignKeyField(
        PatrolEntry, null=True, backref="attachments", on_delete="CASCADE"
    )
    filename = CharField(max_length=255)
    media_type = CharField(max_length=100, default="application/octet-stream")
    size = IntegerField()
    sha256 = CharField(max_length=64, index=True)
    added_by = ForeignKeyField(User, backref="attachments_added", on_delete="RESTRICT")
    added_at = DateTimeField(default=utcnow)
    note = CharField(max_length=200, default="")
    removed_at = DateTimeField(null=True)  # removed from view; kept for the record
    removed_by = ForeignKeyField(
        User, null=True, backref="attachments_removed", on_delete="RESTRICT"
    )


class AttachmentContent(BaseModel):
    """The bytes of one attachment, kept in the database so every backup holds them."""

    attachment = ForeignKeyField(Attachment, unique=True, backref="content", on_delete="CASCADE")
    data = BlobField()
