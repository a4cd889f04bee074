"""Opening Beacon's database: where it is, SQLite pragmas, PostgreSQL, network-share refusal."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import platformdirs
from peewee import Database, DatabaseProxy, PostgresqlDatabase, SqliteDatabase

import models

# Every model binds to this proxy; open_database() points it at the real database.
db = DatabaseProxy()

APP_NAME = models.APP_NAME  # the user folders' name; kept in models/__init__.py (loads no ORM)

# Applied by peewee on every new connection, in whichever thread opens it. synchronous=FULL makes
# a commit durable across power loss in WAL mode.
SQLITE_PRAGMAS: tuple[tuple[str, object], ...] = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL
    # Deleted content is overwritten with zeros: an anonymised contact leaves nothing in free
    # space (many builds default to it already; not all).
    ("secure_delete", 1),
)
# How long a workstation waits for another one's write to finish before giving up.
BUSY_TIMEOUT_MS = 15000

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.davfs",
        "davfs",
        "webdav",
        "afpfs",
        "lustre",
        "gpfs",
        "beegfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.cephfs",
    }
)


class DatabaseTargetError(ValueError):
    """A database path or URL that Beacon will not open; the message says what to do."""


class NoDatabase(DatabaseTargetError):
    """The path names no Beacon database, and the command may not create one."""

    def __init__(self, where: str) -> None:
        super().__init__(f"no Beacon database at {where}; run `beacon` to create one")


class BeaconSqliteDatabase(SqliteDatabase):
    """SQLite that keeps the first error of a failed transaction.

    When SQLite rolls a transaction back by itself (a full disk, an I/O error), peewee's ROLLBACK
    afterwards fails with "no transaction is active" and would hide the reason the user needs."""

    def rollback(self) -> None:
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the database lives: a SQLite file path or a PostgreSQL URL."""

    kind: str  # "sqlite" or "postgresql"
    location: str  # file path for sqlite, the URL (password hidden in display()) for postgresql

    def display(self) -> str:
        if self.kind == "sqlite":
            return self.location
        parsed = urlparse(self.location)
        netloc = parsed.hostname or ""
        if parsed.port:
            netloc += f":{parsed.port}"
        user = f"{parsed.username}@" if parsed.username else ""
        return f"postgresql://{user}{netloc}{parsed.path}"


def default_db_path() -> Path:
    """The per-user default SQLite file, created on first start."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "beacon.db"


def resolve_target(arg: str | None = None, environ: dict[str, str] | None = None) -> DatabaseTarget:
    """--db wins, then BEACON_DB, then the default file. Accepts a path, sqlite:/// or postgresql://."""
    env = os.environ if environ is None else environ
    raw = arg or env.get("BEACON_DB") or str(default_db_path())
    raw = raw.strip()
    if raw.startswith(("postgresql://", "postgres://")):
        return DatabaseTarget("postgresql", raw)
    if raw.startswith("sqlite:///"):
        path = unquote(raw[len("sqlite:///") :])
        # sqlite:////abs/path has four slashes; sqlite:///rel/path is relative to the cwd
        return DatabaseTarget("sqlite", str(Path(path).expanduser().resolve()))
    if "://" in raw:
        scheme = raw.split("://", 1)[0]
        raise DatabaseTargetError(
            f"unsupported database URL scheme '{scheme}': use a file path, sqlite:///path "
            "or postgresql://user:pass@host:port/name"
        )
    return DatabaseTarget("sqlite", str(Path(raw).expanduser().resolve()))


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/self/mounts", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2]))
    return mounts


def filesystem_type(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """The filesystem type of the mount holding path (Linux), or None when unknown."""
    mounts = _linux_mounts() if mounts is None else mounts
    best, best_type = "", None
    target = str(path)
    for mount_point, fstype in mounts:
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, fstype
    return best_type


def is_network_path(path: Path, mounts: list[tuple[str, str]] | None = None) -> bool:
    """True for a UNC path, a mapped network drive, or a file on an NFS/SMB/... mount."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fstype = filesystem_type(existing.resolve(), mounts)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


def make_database(target: DatabaseTarget, create: bool = True) -> Database:
    """A peewee Database for target, not yet connected; refuses SQLite files on network shares.
    Without create, a path holding no database is refused (a mistyped --db creates nothing)."""
    if target.kind == "postgresql":
        parsed = urlparse(target.location)
        if not parsed.path.strip("/"):
            raise DatabaseTargetError(
                "the PostgreSQL URL needs a database name: postgresql://host/name"
            )
        return PostgresqlDatabase(
            parsed.path.lstrip("/"),
            user=unquote(parsed.username) if parsed.username else getpass.getuser(),
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "localhost",
            port=parsed.port or 5432,
        )
    path = Path(target.location)
    if is_network_path(path):
        raise DatabaseTargetError(
            f"{path} is on a network share. SQLite files are corrupted by several workstations "
            "writing over a network; run a PostgreSQL server and use --db postgresql://user:pass@host/name"
        )
    if path.is_dir():
        raise DatabaseTargetError(f"{path} is a folder; give the path of a database file")
    if not create and (not path.is_file() or path.stat().st_size == 0):
        raise NoDatabase(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    return BeaconSqliteDatabase(
        str(path),
        pragmas=[*SQLITE_PRAGMAS, ("busy_timeout", BUSY_TIMEOUT_MS)],
        lock_type="IMMEDIATE",  # every write transaction takes the write lock up front
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )


def is_sqlite(database: Database | DatabaseProxy | None = None) -> bool:
    target = database if database is not None else db
    if isinstance(target, DatabaseProxy):
        target = target.obj
    return isinstance(target, SqliteDatabase)


def locked(query: Any, mode: str = "FOR UPDATE") -> Any:
    """query, holding the rows it reads until the transaction ends: FOR UPDATE (or FOR SHARE) on
    PostgreSQL. SQLite's write transactions are begun IMMEDIATE and already hold the database."""
    return query if is_sqlite() else query.for_update(mode)
