"""What an audit entry's hash covers and how it is computed: pure functions, shared by the audit
writer (desktop_app.services.audit) and the schema step that re-seals an old trail (v10)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def canonical(values: Mapping[str, Any] | None) -> str | None:
    """The stored form of before/after values: sorted-key JSON, or None."""
    if values is None:
        return None
    return json.dumps(values, sort_keys=True, ensure_ascii=False, default=_default)


def _at_text(at: datetime | str) -> str:
    if isinstance(at, str):  # as read back from SQLite
        at = datetime.fromisoformat(at)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


# The columns an entry's hash covers, in the order hashed. This order is the chain's format:
# changing it breaks every existing trail.
HASHED_FIELDS = (
    "id",
    "at",
    "username",
    "workstation",
    "action",
    "record_type",
    "record_id",
    "before",
    "after",
    "prev_hash",
)


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 over an entry's HASHED_FIELDS (its content and the previous entry's hash)."""
    values = [_at_text(row[name]) if name == "at" else row[name] for name in HASHED_FIELDS]
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
