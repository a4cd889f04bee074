"""The audit trail: one row per change, each carrying the hash of the row before it."""

from __future__ import annotations

from peewee import AutoField, CharField, DateTimeField, IntegerField, TextField

from models.base import BaseModel


class AuditEntry(BaseModel):
    id = AutoField()
    at = DateTimeField(index=True)  # naive UTC, microseconds kept
    user_id = IntegerField(null=True)
    username = CharField(max_length=80, index=True)
    workstation = CharField(max_length=120, default="")
    action = CharField(max_length=40)
    record_type = CharField(max_length=40)
    record_id = CharField(max_length=40, default="")
    before = TextField(null=True)  # canonical JSON or NULL
    after = TextField(null=True)
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)

    class Meta:
        indexes = ((("record_type", "record_id"), False),)


class AuditAnchor(BaseModel):
    """One row: how many entries the trail holds and the hash it ends with, moved by the audit
    writer in the transaction of each new entry. A trail cut short or rewritten at its end no
    longer matches it (schema v4)."""

    id = IntegerField(primary_key=True)
    entries = IntegerField()
    last_id = IntegerField()
    last_hash = CharField(max_length=64)


class SchemaVersion(BaseModel):
    """One row per applied schema version."""

    version = IntegerField(primary_key=True)
    applied_at = DateTimeField()
    note = CharField(max_length=200, default="")
