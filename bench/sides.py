"""What both sides of a figure stand on: Beacon connected to a copy through its own start-up
code, and a raw sqlite3 connection with the same pragmas (so a ratio is code, not settings)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.clock import forget_office_zone
from desktop_app.services.session import Session
from desktop_app.services.users import authenticate
from models.connection import close, connect
from models.database import resolve_target
from models.guards import GENESIS

PASSWORD = "beacon-demo"  # the demo office's accounts


def beacon_on(path: Path, username: str = "manager") -> Session:
    """Beacon's connection moved to path (the copy of one figure), and a signed-in session."""
    close()
    forget_office_zone()
    connect(resolve_target(str(path)))
    return authenticate(username, PASSWORD)


def raw_on(path: Path) -> sqlite3.Connection:
    """The floor's connection: plain sqlite3, autocommit, Beacon's pragmas."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode = wal",
        "foreign_keys = 1",
        "synchronous = 2",
        "busy_timeout = 15000",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def ids_in(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def raw_audit(
    conn: sqlite3.Connection,
    user: tuple[int | None, str, str],
    action: str,
    record: tuple[str, str],
    after: dict[str, object] | None,
) -> int:
    """The floor's audit append, inside the caller's transaction: what Beacon's audit.record
    writes (the entry with its chained SHA-256, the anchor moved one step)."""
    user_id, username, workstation = user
    last = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    entry_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).replace(tzinfo=None)
    after_text = None
    if after is not None:
        after_text = json.dumps(after, sort_keys=True, ensure_ascii=False, default=str)
    hashed = [
        entry_id,
        at.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        username,
        workstation,
        action,
        record[0],
        record[1],
        None,
        after_text,
        prev,
    ]
    digest = hashlib.sha256(
        json.dumps(hashed, ensure_ascii=False, separators=(",", ":")).encode()
    ).hexdigest()
    values = (entry_id, str(at), user_id, username, workstation, action, *record)
    conn.execute(
        "INSERT INTO audit_entry (id, at, user_id, username, workstation, action, record_type, "
        'record_id, "before", "after", prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,NULL,?,?,?)',
        (*values, after_text, prev, digest),
    )
    conn.execute(
        "UPDATE audit_anchor SET entries = entries + 1, last_id = ?, last_hash = ? WHERE id = 1",
        (entry_id, digest),
    )
    return entry_id


def who(session: Session) -> tuple[int | None, str, str]:
    return session.user_id, session.username, session.workstation
