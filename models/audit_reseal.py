"""Schema v10's one rewrite of the audit trail: personal values an older Beacon wrote in the clear
are sealed with their contact's key (models.audit_seal), the chain is hashed again from the first
entry that changed, and a closing "reseal" entry records the hash and length the trail had before,
so a copy of the old end (a backup, a printed `beacon check`) can still be matched to this one.
Anonymising rewrites the trail the same way (rewrite_trail) where older entries hold a person's
details in text no key seals.

The trail is append-only in the database (models.guards); its guards are lifted for this step
only, inside the migration's transaction, and put back before it commits."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.fernet import Fernet
from peewee import Database, PostgresqlDatabase

from models.audit_hash import HASHED_FIELDS, canonical, row_hash
from models.audit_seal import seal
from models.base import utcnow
from models.guards import (
    ANCHOR_GUARDS_SQLITE,
    ENTRY_GUARDS_SQLITE,
    GUARD_TRIGGERS_POSTGRES,
    install_anchor_guards,
    install_audit_guards,
)

RESEAL_ACTION = "reseal"
_BATCH = 2000
_COLUMNS = ", ".join((*HASHED_FIELDS, "hash"))


class _Keys:
    """Contact keys read and made through database itself (a restore migrates a copy)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.known: dict[int, str] = {}

    def __call__(self, contact_id: int) -> str:
        if contact_id not in self.known:
            p = self.database.param
            row = self.database.execute_sql(
                f'SELECT key FROM "contact_key" WHERE contact_id = {p}', (contact_id,)
            ).fetchone()
            key = str(row[0]) if row else Fernet.generate_key().decode("ascii")
            if not row:
                self.database.execute_sql(
                    'INSERT INTO "contact_key" (contact_id, key, created_at) '
                    f"VALUES ({p}, {p}, {p})",
                    (contact_id, key, utcnow()),
                )
            self.known[contact_id] = key
        return self.known[contact_id]


def _sealed_text(stored: str | None, record_type: str, record_id: str, keys: _Keys) -> str | None:
    """stored with its personal values sealed; stored itself (byte for byte) when none were open."""
    if not stored:
        return stored
    values = json.loads(stored)
    if not isinstance(values, dict):
        return stored
    sealed = seal(record_type, record_id, values, keys)
    return stored if sealed == values else canonical(sealed)


def _lift_guards(database: Database) -> None:
    if isinstance(database, PostgresqlDatabase):
        for name, (table, _bits, _function) in GUARD_TRIGGERS_POSTGRES.items():
            database.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    else:
        for name in (*ENTRY_GUARDS_SQLITE, *ANCHOR_GUARDS_SQLITE):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def _rows(database: Database) -> Any:
    last = 0
    while True:
        batch = database.execute_sql(
            f'SELECT {_COLUMNS} FROM "audit_entry" WHERE id > {database.param} '
            f"ORDER BY id LIMIT {_BATCH}",
            (last,),
        ).fetchall()
        yield from batch
        if len(batch) < _BATCH:
            return
        last = batch[-1][0]


Transform = Callable[[dict[str, Any]], tuple[str | None, str | None]]


@dataclass(frozen=True)
class Closing:
    """Who writes the closing entry of a rewrite, and what it is called."""

    action: str = RESEAL_ACTION
    username: str = "system:schema"
    workstation: str = ""  # the computer's name when empty
    facts: dict[str, Any] = field(default_factory=dict)
    counted_as: str = "sealed"  # the fact that says how many entries changed


def reseal_trail(database: Database) -> int:
    """Seal every open personal value and re-chain from the first changed entry; returns how many
    entries were sealed (0: the trail is left exactly as it was)."""
    keys = _Keys(database)

    def sealed(row: dict[str, Any]) -> tuple[str | None, str | None]:
        return (
            _sealed_text(row["before"], row["record_type"], row["record_id"], keys),
            _sealed_text(row["after"], row["record_type"], row["record_id"], keys),
        )

    return rewrite_trail(database, sealed, Closing())


def rewrite_trail(database: Database, transform: Transform, closing: Closing) -> int:
    """Give each entry the before and after transform(row) returns; from the first entry that
    changed on, the chain is hashed again, and a closing entry records the hash and length the
    trail had before. Returns how many entries changed (0: the trail is left as it was).
    Call inside a transaction: the trail's guards are lifted for this step only."""
    p = database.param
    changed, prev_hash, old_last, count, last_id = 0, None, None, 0, 0
    updates: list[tuple[str | None, str | None, str, str, int]] = []
    for values in _rows(database):  # read in batches; nothing is written until the end
        row = dict(zip((*HASHED_FIELDS, "hash"), values, strict=True))
        count, last_id, old_last = count + 1, int(row["id"]), str(row["hash"])
        before, after = transform(row)
        if before != row["before"] or after != row["after"]:
            changed += 1
        if not changed:
            prev_hash = row["hash"]
            continue
        row.update(before=before, after=after, prev_hash=prev_hash or row["prev_hash"])
        prev_hash = row_hash(row)
        updates.append((before, after, str(row["prev_hash"]), prev_hash, last_id))
    if not changed:
        return 0
    _lift_guards(database)
    for update in updates:
        database.execute_sql(
            f'UPDATE "audit_entry" SET "before" = {p}, "after" = {p}, "prev_hash" = {p}, '
            f'"hash" = {p} WHERE id = {p}',
            update,
        )
    facts = {**closing.facts, "old_last_hash": old_last, closing.counted_as: changed}
    _close(database, str(prev_hash), last_id + 1, count, replace(closing, facts=facts))
    install_audit_guards(database)
    install_anchor_guards(database)
    return changed


def _close(database: Database, prev_hash: str, entry_id: int, count: int, closing: Closing) -> None:
    """The closing entry, linking the re-chained trail to the hash its old end had, and the
    anchor moved onto it."""
    p = database.param
    row = {
        "id": entry_id,
        "at": utcnow(),
        "username": closing.username,
        "workstation": (closing.workstation or socket.gethostname())[:120],
        "action": closing.action,
        "record_type": "audit_log",
        "record_id": "",
        "before": None,
        "after": canonical({**closing.facts, "old_entries": count}),
        "prev_hash": prev_hash,
    }
    digest = row_hash(row)
    names = ", ".join(f'"{name}"' for name in (*row, "hash"))
    marks = ", ".join([p] * (len(row) + 1))
    database.execute_sql(
        f'INSERT INTO "audit_entry" ({names}) VALUES ({marks})', (*row.values(), digest)
    )
    database.execute_sql(
        f'UPDATE "audit_anchor" SET entries = {p}, last_id = {p}, last_hash = {p} WHERE id = 1',
        (count + 1, entry_id, digest),
    )
