"""The base model and small field helpers shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import AutoField, Model

from models.database import db


def utcnow() -> datetime:
    """Now as a naive UTC datetime: every stored timestamp is naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def name_key(text: str) -> str:
    """The case- and space-insensitive form of a name, used for unique pick-lists and search."""
    return " ".join(text.casefold().split())


class BaseModel(Model):
    id = AutoField()  # declared so type checkers know every table's key

    class Meta:
        database = db
        legacy_table_names = False
