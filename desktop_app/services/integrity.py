"""When the desktop app runs SQLite's integrity check, so that start-up never waits for it.

`PRAGMA quick_check` reads every page of the file: 1.5 s on ten years of records, and growing.
Running it before every sign-in made each start pay for the rare damaged file. Instead the app
checks, in the background once its window shows, when there is a reason to:

- the last session on this computer did not close cleanly (killed, crashed, power cut): a
  marker is set when a session opens and cleared when it closes normally;
- a week has passed since the last good check (a disk can rot with no crash at all);
- the last check failed, or this computer has never checked this database.

The record (marker and time of the last good check) is a small file per database in this
computer's state folder: the app's own state, not office data, and written with no transaction
or audit entry. SQLite offices are used from one workstation (a file on a network share is
refused), so one computer's record is the whole story. Two Beacon windows on one computer share
the record: the second start sees the first's marker and checks once more; a crash of the second
after the first has closed cleanly is caught by the weekly check instead.

PostgreSQL keeps its own pages safe (its write-ahead log survives a client's crash), so there is
no start-up check there. `beacon check` runs the full check on demand, on either database.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs

from desktop_app.services import backups
from models.database import APP_NAME, db, is_sqlite

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(days=7)

# Why a check is due, as open_session() says it (for the log and tests).
UNCLEAN = "not closed cleanly"
WEEKLY = "weekly check"
FAILED = "the last check failed"
NEVER = "never checked"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class IntegritySchedule:
    """One SQLite database's check record on this computer."""

    def __init__(
        self,
        database: Path,
        folder: Path | None = None,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.database = database.resolve()
        where = folder or Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
        key = hashlib.sha256(str(self.database).encode("utf-8")).hexdigest()[:20]
        self.path = where / "integrity" / f"{key}.json"
        self.now = now

    @classmethod
    def for_open_database(
        cls, folder: Path | None = None, now: Callable[[], datetime] = _utc_now
    ) -> IntegritySchedule | None:
        """The record of the database now open; None on PostgreSQL (no start-up check)."""
        if not is_sqlite():
            return None
        return cls(Path(db.obj.database), folder, now)

    def open_session(self) -> str | None:
        """A session starts: why the check is due (None when it is not), then the marker set."""
        state = self._read()
        due = self._due(state)
        self._write({**state, "open": True})
        if due:
            log.info("integrity check due for %s: %s", self.database, due)
        return due

    def close_session(self) -> None:
        """The session ended normally: the next start need not check for a crash."""
        self._write({**self._read(), "open": False})

    def run_check(self) -> tuple[bool, str]:
        """SQLite's quick_check now (on a worker: seconds on a large file), its result recorded:
        a good check starts the week again, a failed one keeps the check due."""
        ok, detail = backups.quick_check()
        self.record(ok, detail)
        return ok, detail

    def record(self, ok: bool, detail: str) -> None:
        """A check's result, however it ran (on a worker, or before sign-in)."""
        state = self._read()
        if ok:
            state.update(checked_at=self.now().isoformat(), failed=None)
        else:
            log.error("integrity check of %s failed: %s", self.database, detail)
            state.update(failed=detail)
        self._write(state)

    def _due(self, state: dict[str, object]) -> str | None:
        if state.get("open"):
            return UNCLEAN
        if state.get("failed"):
            return FAILED
        checked = state.get("checked_at")
        if not isinstance(checked, str):
            return NEVER
        try:
            last = datetime.fromisoformat(checked)
        except ValueError:
            return NEVER
        return WEEKLY if self.now() - last >= CHECK_EVERY else None

    def _read(self) -> dict[str, object]:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or cut short: as if never checked
            return {}
        return state if isinstance(state, dict) else {}

    def _write(self, state: dict[str, object]) -> None:
        """Written whole beside the record and renamed over it; a record that cannot be written
        (a read-only profile) only means the next start checks again."""
        state["database"] = str(self.database)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(json.dumps(state, indent=1), encoding="utf-8")
            partial.replace(self.path)
        except OSError as exc:
            log.warning("cannot keep the integrity check record %s: %s", self.path, exc)
