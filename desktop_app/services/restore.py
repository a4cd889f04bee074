"""Restore that cannot hurt: the chosen file is copied next to the live database, the copy is
checked, migrated and given Beacon's own guards, and only then written into the live file in one
transaction of SQLite's backup API."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase

from desktop_app.services.attachment_check import verify_attachments
from desktop_app.services.audit import verify_chain
from desktop_app.services.check import check_anchor, describe_schema
from models.contact_activity import install_contact_activity
from models.database import BUSY_TIMEOUT_MS, db
from models.guards import install_anchor_guards, install_audit_guards
from models.migrations import SCHEMA_VERSION, ensure_schema
from models.schema_check import names_drift, sqlite_drift
from models.search_index import install_search_triggers

SQLITE_HEADER = b"SQLite format 3\x00"


class RestoreRefused(Exception):
    """The file cannot be restored, or the database cannot be replaced now; the message says why."""


def read_only_uri(path: Path) -> str:
    """A URI that opens path read-only without touching it or anything beside it; `#`, `?` and
    `%` in the path are percent-encoded, so they cannot end the file name early."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def file_version(con: sqlite3.Connection) -> int:
    try:
        row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError:
        raise RestoreRefused("it has no schema version, so it is not a Beacon database") from None
    version = row[0] if row else None
    if not isinstance(version, int) or not 1 <= version <= SCHEMA_VERSION:
        raise RestoreRefused(
            f"its schema version ({version}) is not one this Beacon (version {SCHEMA_VERSION}) "
            "can restore"
        )
    return version


def first_look(con: sqlite3.Connection) -> int:
    """The cheap checks, from sqlite_master alone: a Beacon version, and that version's tables
    and guards with nothing else. Returns the version."""
    version = file_version(con)
    problems = names_drift(con, version)
    if problems:
        raise RestoreRefused(describe_schema(problems))
    return version


def _check_raw(path: Path) -> None:
    """Checks on the copy before any of its own SQL (triggers) can run: pages, keys, names. Then
    the file's triggers are dropped; Beacon installs its own."""
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise RestoreRefused("it is not a SQLite database")
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        try:
            damage = [str(r[0]) for r in con.execute("PRAGMA integrity_check(5)")]
        except sqlite3.DatabaseError as exc:
            raise RestoreRefused(f"it is damaged ({exc})") from None
        if damage != ["ok"]:
            raise RestoreRefused(f"it is damaged ({'; '.join(damage)})")
        first_look(con)
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RestoreRefused(f"its links are broken ({broken[0][0]} row {broken[0][1]})")
        triggers = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        ]
        for name in triggers:  # names already checked to be Beacon's own guards
            con.execute(f'DROP TRIGGER "{name}"')
    finally:
        con.close()


def _migrate_and_verify(path: Path) -> None:
    copy = SqliteDatabase(str(path), pragmas=[("foreign_keys", 1), ("journal_mode", "delete")])
    copy.connect()
    try:
        ensure_schema(copy)  # an older backup is brought forward, in the copy only
        install_audit_guards(copy)
        install_anchor_guards(copy)
        install_search_triggers(copy)  # the file's own were dropped unread, as the guards were
        install_contact_activity(copy, fill=False)  # a contact's last contact, kept as before
        problems = sqlite_drift(copy.connection())
        if problems:
            raise RestoreRefused(describe_schema(problems))
        chain = verify_chain(database=copy)
        if not chain.ok:
            raise RestoreRefused(f"its audit trail fails the check ({chain.describe()})")
        anchor = check_anchor(chain, copy)
        if not anchor.ok:
            raise RestoreRefused(f"its audit anchor does not match: {anchor.problem}")
        _check_attachments(copy)
    finally:
        copy.close()


def _check_attachments(copy: SqliteDatabase) -> None:
    """Every attachment in the copy against its SHA-256: a backup with an altered photo is not
    restored over an office whose photos are sound."""
    try:
        files = verify_attachments(copy)  # the copy's own rows and audit trail
    except (TypeError, ValueError) as exc:  # bytes stored as something else
        raise RestoreRefused(f"its attachments cannot be read ({exc})") from None
    if files.problem:
        raise RestoreRefused(f"its attachments {files.problem}")
    if files.altered:
        more = len(files.altered) - 1
        also = f" (and {more} more)" if more else ""
        raise RestoreRefused(
            f"{len(files.altered)} of its {files.checked} attachments no longer match the "
            f"SHA-256 taken when attached: {files.altered[0]}{also}"
        )


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _remove_abandoned_copies(live: Path, older_than: float = 3600) -> None:
    """Copies left by a restore that was killed (each as big as a backup): gone once an hour
    old, which no running restore's copy ever is."""
    cutoff = time.time() - older_than
    for stale in live.parent.glob(f"{live.name}.restore-*.tmp"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                _remove(stale)


def validated_copy(file: Path, live: Path) -> Path:
    """A checked, migrated, guarded copy of file beside the live database. The live database is
    not touched; on any problem the copy is removed and RestoreRefused raised."""
    _remove_abandoned_copies(live)
    handle, name = tempfile.mkstemp(dir=live.parent, prefix=f"{live.name}.restore-", suffix=".tmp")
    os.close(handle)
    candidate = Path(name)
    try:
        shutil.copyfile(file, candidate)  # bytes only: nothing of the file runs before the checks
        _check_raw(candidate)
        _migrate_and_verify(candidate)
    except RestoreRefused:
        _remove(candidate)
        raise
    except (sqlite3.Error, PeeweeError, OSError, ValueError) as exc:
        _remove(candidate)
        raise RestoreRefused(f"it is not a usable Beacon database ({exc})") from exc
    return candidate


def swap_in(candidate: Path, live: Path) -> None:
    """Write the candidate into the live file through SQLite's online backup API, in one step:
    it takes the database's locks and is one transaction on the live file, so a workstation that
    opened the database meanwhile sees the restored content and its next save lands in it.
    Refused, with nothing changed, while another connection has the database open."""
    db.close()
    try:
        con = sqlite3.connect(str(live), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            # Leaving WAL needs the only connection: the test that no one else has the file open,
            # and what lets the backup give the live file the candidate's page size.
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise RestoreRefused("another Beacon window or program has the database open")
            source = sqlite3.connect(str(candidate))
            try:
                source.backup(con)  # every page in one step: all or nothing on the live file
            finally:
                source.close()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise RestoreRefused(
            f"the database could not be replaced ({exc}); close other Beacon windows and try again"
        ) from exc
    finally:
        _remove(candidate)
        db.connect(reuse_if_open=True)
