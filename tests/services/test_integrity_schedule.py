"""When the desktop app runs the database's integrity check: after a session that did not close
cleanly, and once a week; never on an ordinary start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.services import backups
from desktop_app.services.integrity import CHECK_EVERY, IntegritySchedule


def _schedule(tmp_path, now):
    return IntegritySchedule.for_open_database(folder=tmp_path / "state", now=lambda: now[0])


def test_a_clean_start_after_a_recent_good_check_needs_no_check(database, tmp_path):
    now = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]
    first = _schedule(tmp_path, now)
    assert first is not None
    assert first.open_session() == "never checked"  # a database this computer has not checked
    assert first.run_check() == (True, "ok")
    first.close_session()
    now[0] += timedelta(days=2)
    again = _schedule(tmp_path, now)
    assert again is not None
    assert again.open_session() is None


def test_a_session_that_did_not_close_cleanly_makes_the_next_start_check(database, tmp_path):
    now = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]
    crashed = _schedule(tmp_path, now)
    assert crashed is not None
    crashed.open_session()
    crashed.run_check()
    # ... and no close_session(): the power went, or the process was killed.
    now[0] += timedelta(hours=1)
    after = _schedule(tmp_path, now)
    assert after is not None
    assert after.open_session() == "not closed cleanly"
    after.run_check()
    after.close_session()
    assert _schedule(tmp_path, now).open_session() is None


def test_the_check_falls_due_a_week_after_the_last_good_one(database, tmp_path):
    now = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]
    schedule = _schedule(tmp_path, now)
    schedule.open_session()
    schedule.run_check()
    schedule.close_session()
    now[0] += CHECK_EVERY - timedelta(minutes=1)
    assert _schedule(tmp_path, now).open_session() is None
    _schedule(tmp_path, now).close_session()
    now[0] += timedelta(minutes=2)
    assert _schedule(tmp_path, now).open_session() == "weekly check"


def test_a_failed_check_stays_due(database, tmp_path, monkeypatch):
    now = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]
    schedule = _schedule(tmp_path, now)
    schedule.open_session()
    schedule.run_check()
    monkeypatch.setattr(backups, "quick_check", lambda: (False, "*** in database main ***"))
    schedule.open_session()
    assert schedule.run_check() == (False, "*** in database main ***")
    schedule.close_session()
    assert _schedule(tmp_path, now).open_session() == "the last check failed"


def test_each_database_has_its_own_record(database, tmp_path):
    now = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]
    schedule = _schedule(tmp_path, now)
    schedule.open_session()
    other = IntegritySchedule(tmp_path / "other.db", tmp_path / "state", lambda: now[0])
    assert other.open_session() == "never checked"
    other.close_session()
    assert _schedule(tmp_path, now).open_session() == "not closed cleanly"


def test_postgresql_has_no_start_up_check(database, tmp_path, monkeypatch):
    """The server keeps its own pages safe (its write-ahead log survives a client's crash);
    `beacon check` still checks the audit chain there."""
    monkeypatch.setattr("desktop_app.services.integrity.is_sqlite", lambda: False)
    assert IntegritySchedule.for_open_database(folder=tmp_path / "state") is None
