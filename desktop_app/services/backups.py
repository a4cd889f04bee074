"""Backups through SQLite's online backup API, rotated, and restore with a safety copy first."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs
from peewee import PeeweeException as PeeweeError

from desktop_app.services import audit
from desktop_app.services.check import describe_schema
from desktop_app.services.clock import now_local, now_utc, to_local
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.restore import (
    SQLITE_HEADER,
    RestoreRefused,
    first_look,
    read_only_uri,
    swap_in,
    validated_copy,
)
from desktop_app.services.session import Session
from models.backup import sqlite_backup
from models.database import APP_NAME, db, is_sqlite
from models.migrations import ensure_schema
from models.schema_check import schema_drift

# Names carry the UTC time ("Z"), so autumn's repeated hour cannot clash or mis-order them.
NAME = re.compile(r"^beacon-(\d{8})-(\d{6})(Z?)(?:-[a-z0-9-]+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
AUTOMATIC_EVERY = timedelta(hours=20)  # "daily", without drifting later each day


class BackupError(ServiceError):
    """A backup or restore that cannot be done; the message says why."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # office time, from the file name
    size: int


def backup_folder() -> Path:
    try:
        chosen = load_office_settings().backup_folder
    except (PeeweeError, sqlite3.Error):  # a damaged database cannot say where its backups go
        chosen = ""
    return (
        Path(chosen).expanduser()
        if chosen
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"
    )


def database_path() -> Path:
    if not is_sqlite():
        raise BackupError("this office uses PostgreSQL: back it up with pg_dump on the server")
    return Path(db.obj.database)


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    """Backups in the folder, newest first."""
    where = folder or backup_folder()
    found = []
    for path in where.glob("beacon-*.db") if where.is_dir() else []:
        match = NAME.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            if match.group(3):  # UTC in the name: shown and grouped in office time
                taken = to_local(taken).replace(tzinfo=None)
            found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _take(folder: Path, label: str = "", staged: bool = False) -> Path:
    """Copy the live database into folder under a new backup name; staged: under that name with
    '.unaudited' appended, which no listing, rotation or restore picks up."""
    source = database_path()
    stamp = now_utc().strftime("%Y%m%d-%H%M%SZ")
    for n in range(1, 1000):  # two in one second get -2, -3...: a backup never replaces another
        suffix = "-".join(part for part in (label, str(n) if n > 1 else "") if part)
        final = folder / f"beacon-{stamp}{'-' + suffix if suffix else ''}.db"
        target = final.with_name(final.name + ".unaudited") if staged else final
        if not final.exists() and not target.exists():
            break
    try:
        return sqlite_backup(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"could not write a backup to {folder}: {exc}") from exc


def _take_audited(session: Session, folder: Path, details: dict[str, object]) -> Path:
    """A backup that carries its final name only once its audit entry is committed: the copy is
    written under a staging name, the entry recorded, then the copy renamed. A failed entry
    removes the copy; a crash in between leaves only a staged file, never an unaudited backup."""
    staged = _take(folder, staged=True)
    final = staged.with_name(staged.name.removesuffix(".unaudited"))
    try:
        audit.record(session, "backup", "database", "", None, {"file": str(final), **details})
    except (PeeweeError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        raise BackupError(
            f"no backup was taken: its audit entry could not be written ({exc}); "
            "try again when the other work is saved"
        ) from exc
    staged.replace(final)
    return final


def rotate(folder: Path | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months; remove the
    rest. Returns what was removed. Safety copies made before a restore are never removed."""
    backups = [
        b for b in list_backups(folder) if NAME.match(b.path.name) and "-pre-" not in b.path.name
    ]
    keep: set[Path] = set()
    for key, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for b in backups:  # newest first: the first of each period is its newest
            period = key(b.taken_at)
            if period not in seen:
                seen.append(period)
                if len(seen) <= count:
                    keep.add(b.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


class BackupService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def backup_now(self, folder: Path | None = None) -> Path:
        require(self.session, "backup.run")
        path = _take_audited(self.session, folder or backup_folder(), {})
        rotate(folder or backup_folder())
        return path

    def restore(self, file: Path) -> Path:
        """Replace the database with file's content. A safety copy of the current database is
        taken first and its path returned. The file is checked, migrated and given Beacon's own
        guards as a copy; on any problem the live database is left exactly as it was."""
        require(self.session, "backup.run")
        if not is_sqlite():
            raise BackupError(
                "this office uses PostgreSQL: restore it on the server with pg_restore"
            )
        check_backup_file(file)
        live = database_path()
        safety = _take(backup_folder(), "pre-restore")
        try:
            swap_in(validated_copy(file, live), live)
        except RestoreRefused as exc:
            raise BackupError(
                f"{file.name} was not restored: {exc}. The database is unchanged; "
                f"a copy of it is at {safety}"
            ) from None
        try:
            ensure_schema(db.obj, str(live))
            audit.record(
                self.session,
                "restore",
                "database",
                "",
                None,
                {"from": str(file), "safety_copy": str(safety)},
            )
        except (PeeweeError, sqlite3.Error) as exc:  # never "failed" once the file has changed
            raise BackupError(
                f"{file.name} was restored (the database as it was is kept at {safety}), but "
                f"the restore could not be written to the audit trail ({exc}); "
                "run `beacon check`"
            ) from exc
        return safety


def check_backup_file(file: Path) -> None:
    """The quick look before asking to confirm: a Beacon database no newer than this program,
    with Beacon's tables and guards only. The full checks run on a copy during the restore."""
    if not file.is_file():
        raise ValidationError("file", f"no such file: {file}")
    with open(file, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise ValidationError("file", f"{file.name} is not a Beacon database")
    wal = Path(f"{file}-wal")
    if wal.is_file() and wal.stat().st_size > 0:  # a copy of a running office's file
        raise ValidationError(
            "file",
            f"{file.name} has changes not yet written into it (they are in {wal.name}); "
            "copy it with `beacon backup` instead; nothing was changed",
        )
    try:
        con = sqlite3.connect(read_only_uri(file), uri=True)
        try:
            first_look(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError("file", f"{file.name} is not a Beacon database ({exc})") from None
    except RestoreRefused as exc:
        raise ValidationError(
            "file", f"{file.name} cannot be restored: {exc}; nothing was changed"
        ) from None


def automatic_backup_due(folder: Path | None = None) -> bool:
    latest = next((b for b in list_backups(folder) if "-pre-" not in b.path.name), None)
    return latest is None or now_local().replace(tzinfo=None) - latest.taken_at >= AUTOMATIC_EVERY


def automatic_backup(folder: Path | None = None) -> Path | None:
    """The start-up and daily backup: taken when the last is 20 hours old, then rotated. Runs
    before anyone signs in, so it needs no permission; it is audited as the system."""
    if not is_sqlite() or not automatic_backup_due(folder):
        return None
    where = folder or backup_folder()
    system = Session.system("backup", "Automatic backup")
    path = _take_audited(system, where, {"automatic": True})
    rotate(where)
    return path


def quick_check() -> tuple[bool, str]:
    """The start-up check: PRAGMA quick_check on SQLite (seconds even on a large file)."""
    if not is_sqlite():
        return True, "ok"
    try:
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    except Exception as exc:
        return False, str(exc)
    return result == "ok", str(result)


def schema_warning() -> str | None:
    """The look at the schema after sign-in: a line naming unknown triggers, views, tables or
    indexes and missing guards, or None when all is Beacon's. It reads sqlite_master and the
    pragmas of each table (milliseconds, whatever the file's size) but compares them with the
    schema Beacon makes, built in memory once per process (0.05-0.3 s): the app runs it on a
    worker once the window shows."""
    try:
        problems = schema_drift(db.obj)
    except (PeeweeError, sqlite3.Error) as exc:
        return f"the schema could not be read ({exc})"
    return describe_schema(problems) if problems else None
