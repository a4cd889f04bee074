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
from desktop_app.services.clock import now_local, now_utc, to_local
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.backup import sqlite_backup
from models.database import APP_NAME, db, is_sqlite
from models.migrations import SCHEMA_VERSION

# Names carry the UTC time ("Z"), so autumn's repeated hour cannot clash or mis-order them.
NAME = re.compile(r"^beacon-(\d{8})-(\d{6})(Z?)(?:-[a-z-]+)?\.db$")
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
        chosen = SettingsService._load().backup_folder
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


def _take(folder: Path, label: str = "") -> Path:
    source = database_path()
    stamp = now_utc().strftime("%Y%m%d-%H%M%SZ")
    target = folder / f"beacon-{stamp}{'-' + label if label else ''}.db"
    try:
        return sqlite_backup(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"could not write a backup to {folder}: {exc}") from exc


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
        path = _take(folder or backup_folder())
        rotate(folder or backup_folder())
        audit.record(self.session, "backup", "database", "", None, {"file": str(path)})
        return path

    def restore(self, file: Path) -> Path:
        """Replace the database with file's content. A safety copy of the current database is
        taken first and its path returned."""
        require(self.session, "backup.run")
        check_backup_file(file)
        try:
            return self._restore(file)
        except (PeeweeError, sqlite3.Error, OSError) as exc:  # e.g. the damaged file at start
            raise BackupError(f"the restore of {file.name} failed: {exc}") from exc

    def _restore(self, file: Path) -> Path:
        target = database_path()
        safety = _take(backup_folder(), "pre-restore")
        src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            db.close()
            dst = sqlite3.connect(str(target), timeout=30)
            try:
                src.backup(dst)  # page by page into the live file, WAL and all
            finally:
                dst.close()
        finally:
            src.close()
        db.connect(reuse_if_open=True)
        from models.migrations import ensure_schema

        ensure_schema(db.obj, str(target))
        audit.record(
            self.session,
            "restore",
            "database",
            "",
            None,
            {"from": str(file), "safety_copy": str(safety)},
        )
        return safety


def check_backup_file(file: Path) -> None:
    """A file that can be restored: a healthy Beacon database no newer than this program."""
    if not file.is_file():
        raise ValidationError("file", f"no such file: {file}")
    try:
        con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ValidationError("file", f"{file.name} is damaged; choose another backup")
            version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError("file", f"{file.name} is not a Beacon database ({exc})") from None
    if version is None or int(version) > SCHEMA_VERSION:
        raise ValidationError("file", f"{file.name} is not a database this Beacon can restore")


def automatic_backup_due(folder: Path | None = None) -> bool:
    latest = next((b for b in list_backups(folder) if "-pre-" not in b.path.name), None)
    return latest is None or now_local().replace(tzinfo=None) - latest.taken_at >= AUTOMATIC_EVERY


def automatic_backup(folder: Path | None = None) -> Path | None:
    """The start-up and daily backup: taken when the last is 20 hours old, then rotated. Runs
    before anyone signs in, so it needs no permission; it is audited as the system."""
    if not is_sqlite() or not automatic_backup_due(folder):
        return None
    where = folder or backup_folder()
    path = _take(where)
    rotate(where)
    audit.record(
        Session.cli().__class__(
            None, "system:backup", "Automatic backup", "system", Session.cli().workstation
        ),
        "backup",
        "database",
        "",
        None,
        {"file": str(path), "automatic": True},
    )
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
