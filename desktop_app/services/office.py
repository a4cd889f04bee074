"""Opening and closing the office database for the GUI and workers, without touching the ORM."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import platformdirs
from peewee import PeeweeException

from desktop_app.services.clock import forget_office_zone
from desktop_app.services.db_errors import explain
from desktop_app.services.errors import ServiceError
from models.connection import close, connect
from models.database import APP_NAME, DatabaseTargetError, resolve_target
from models.migrations import SchemaError


class OfficeOpenError(ServiceError):
    """The database could not be opened; the message says why and what to do."""


@dataclass(frozen=True)
class OfficeDatabase:
    display: str  # path or URL without the password, for the status bar and About box
    kind: str  # sqlite or postgresql
    created: bool
    migrated_from: int | None
    backup: str | None


def open_office(db_arg: str | None) -> OfficeDatabase:
    """Open (creating or migrating) the database named by --db, BEACON_DB or the default."""
    try:
        target = resolve_target(db_arg)
    except DatabaseTargetError as exc:
        raise OfficeOpenError(str(exc)) from exc
    try:
        result = connect(target)
    except (DatabaseTargetError, SchemaError) as exc:
        raise OfficeOpenError(str(exc)) from exc
    except (PeeweeException, OSError) as exc:
        told = explain(exc, target.display())
        raise OfficeOpenError(told or f"could not open the database: {exc}") from exc
    forget_office_zone()  # another database, perhaps another office
    migrated = result.from_version if 0 < result.from_version < result.to_version else None
    return OfficeDatabase(
        target.display(),
        target.kind,
        result.from_version == 0,
        migrated,
        str(result.backup) if result.backup else None,
    )


def release_connection() -> None:
    """Close the calling thread's connection (workers call this when they finish)."""
    close()


def receipts_dir() -> Path:
    """Where walk-in receipts are written for the system viewer to print."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "receipts"


def generated_pdf_dir() -> Path:
    """Where PDFs made for preview are kept until saved elsewhere or printed."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "pdf"


def attachments_dir() -> Path:
    """Where an attachment's verified copy is written for the system viewer to open."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "attachments"


# Receipts and previews carry names and accounts: kept no longer than they are of use.
DOCUMENTS_KEPT = timedelta(days=1)


def forget_document(path: Path | None) -> None:
    """Delete a receipt or preview Beacon made, once nothing shows it any more. Files elsewhere
    (a copy the user saved) are never touched."""
    if path is None:
        return
    folders = {generated_pdf_dir().resolve(), receipts_dir().resolve()}
    if path.resolve().parent in folders:
        path.unlink(missing_ok=True)


def prune_documents(older_than: timedelta = DOCUMENTS_KEPT, now: float | None = None) -> int:
    """At start: delete generated receipts, previews and opened attachments older than a day;
    returns how many."""
    cutoff = (time.time() if now is None else now) - older_than.total_seconds()
    removed = 0
    # Opened attachments are photos and documents of any kind; ".*.tmp" are documents whose
    # building was cut short (printing.print_recorded builds beside the target).
    kept = [(d, p) for d in (generated_pdf_dir(), receipts_dir()) for p in ("*.pdf", ".*.tmp")]
    for folder, pattern in (*kept, (attachments_dir(), "*")):
        for path in folder.glob(pattern) if folder.is_dir() else []:
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:  # in use by a viewer on Windows, or gone already: next start
                continue
    return removed
