"""`beacon import`: spreadsheet exports in, all rows or none, every problem named by its line.

Two passes over the file, read as a stream: the first checks every row without taking the
write lock (nothing is written if any row is wrong); the second reads it again and writes it in
short batches (import_writer), so other workstations keep saving during a big import.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

from peewee import IntegrityError

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.import_csv import (
    Columns,
    Hasher,
    ImportFailed,
    ImportProblem,
    ImportResult,
    Problems,
    read_rows,
)
from desktop_app.services.import_people_rows import (
    CONTACT_COLUMNS,
    PATROL_COLUMNS,
    ContactRows,
    PatrolRows,
)
from desktop_app.services.import_picklists import ImportPickLists
from desktop_app.services.import_report_rows import REPORT_COLUMNS, ReportRows
from desktop_app.services.import_writer import (
    Journal,
    OnBatch,
    batched,
    run_batches,
    undo_unfinished_imports,
)
from desktop_app.services.permissions import require
from desktop_app.services.session import Session

__all__ = [
    "ImportFailed",
    "ImportProblem",
    "ImportResult",
    "import_contacts",
    "import_patrols",
    "import_reports",
    "undo_unfinished_imports",
]
BATCH_SIZE = 2000
# Service field names -> the CSV column a user would fix.
FIELD_COLUMN = {"account": "narrative", "reporter": "reporter_name"}
L = TypeVar("L")
L_co = TypeVar("L_co", covariant=True)


class _Kind(Protocol[L_co]):
    rows: int

    def check(self, row: dict[str, str], checking: bool = False) -> L_co: ...


CHANGED = "the file was changed during the import; nothing of it is kept, run the import again"


def _check_all(path: Path, columns: Columns, kind: _Kind[Any], sha: Hasher) -> None:
    """Pass 1: every row checked, every problem kept by line; raises ImportFailed if any. sha
    gets the bytes checked."""
    problems = Problems()
    for line, row in read_rows(path, columns, sha):
        try:
            kind.check(row, checking=True)
        except ValidationError as exc:
            for error in getattr(exc, "errors", [exc]):
                problems.add(line, FIELD_COLUMN.get(error.field, error.field), error.message)
    problems.raise_any()


def _lines(path: Path, columns: Columns, kind: _Kind[L], sha: Hasher) -> Iterator[L]:
    """Pass 2: the rows again, as checked lines. A row that fails now was changed in the file
    since pass 1; the import is then undone like any failure (and so it is when only sha, the
    bytes read now, differs from pass 1's: see _same_file)."""
    for line, row in read_rows(path, columns, sha):
        try:
            yield kind.check(row)
        except ValidationError as exc:
            column = FIELD_COLUMN.get(exc.field, exc.field)
            changed = f"{exc.message} (the file was changed during the import)"
            raise ImportFailed([ImportProblem(line, column, changed)]) from None


def _import(
    session: Session,
    path: Path,
    create_missing: bool,
    what: tuple[str, Columns, Callable[..., Any]],
    batch_size: int,
    on_batch: OnBatch | None,
    finish: Callable[[Any, dict[str, Any]], tuple[str, dict[str, Any]]],
) -> ImportResult:
    require(session, "data.import")
    label, columns, make = what
    undo_unfinished_imports(session)
    picks = ImportPickLists(create_missing)
    journal = Journal(session, label, path.name)
    kind = make(session, picks, journal)
    checked, written = hashlib.sha256(), hashlib.sha256()
    _check_all(path, columns, kind, checked)
    sha = checked.hexdigest()

    def finishing() -> tuple[str, dict[str, Any]]:  # in the last transaction: refuse, or audit
        if written.hexdigest() != sha:
            raise ImportFailed([ImportProblem(1, "file", CHANGED)])
        values = {"file": path.name, "sha256": sha, "rows": kind.rows, "created": picks.created}
        return finish(kind, values)

    try:
        run_batches(
            session,
            journal,
            picks,
            batched(_lines(path, columns, kind, written), batch_size),
            kind.write,
            finishing,
            on_batch,
        )
    except IntegrityError as exc:  # e.g. a number another workstation took since the check
        raise ServiceError(
            f"nothing was imported from {path.name}: another workstation saved a clashing "
            f"record meanwhile ({exc}); run the import again"
        ) from exc
    return ImportResult(label, kind.rows, tuple(picks.created))


def _finish_reports(kind: ReportRows, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    numbers = f"{kind.lowest} to {kind.highest}" if kind.rows else ""
    return "report", {**values, "numbers": numbers}


def _finish_contacts(kind: ContactRows, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return "contact", values


def _finish_patrols(kind: PatrolRows, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind.set_shift_zones()
    return "patrol_entry", {**values, "shifts": len(kind.shifts)}


def import_reports(
    session: Session,
    path: Path,
    create_missing: bool = False,
    *,
    batch_size: int = BATCH_SIZE,
    on_batch: OnBatch | None = None,
) -> ImportResult:
    """Import a reports CSV: every row is saved, or none is. on_batch(rows written so far) is
    called after each batch is committed (progress; tests)."""
    what = ("reports", REPORT_COLUMNS, ReportRows)
    return _import(session, path, create_missing, what, batch_size, on_batch, _finish_reports)


def import_patrols(
    session: Session,
    path: Path,
    create_missing: bool = False,
    *,
    batch_size: int = BATCH_SIZE,
    on_batch: OnBatch | None = None,
) -> ImportResult:
    """Import patrol log lines; each officer's lines of one day become one shift."""
    what = ("patrols", PATROL_COLUMNS, PatrolRows)
    return _import(session, path, create_missing, what, batch_size, on_batch, _finish_patrols)


def import_contacts(
    session: Session,
    path: Path,
    create_missing: bool = False,
    *,
    batch_size: int = BATCH_SIZE,
    on_batch: OnBatch | None = None,
) -> ImportResult:
    """Import people and organisations; roles are separated by ';' (block captain; business
    owner), consent is yes or no, kind one of resident, business, school, community_group,
    partner_agency. The columns of Beacon's own contacts export are accepted (id and
    created_at are ignored)."""
    what = ("contacts", CONTACT_COLUMNS, ContactRows)
    return _import(session, path, create_missing, what, batch_size, on_batch, _finish_contacts)
