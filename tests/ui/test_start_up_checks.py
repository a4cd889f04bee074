"""Start-up checks: the warning about a schema changed outside Beacon, and when the integrity
check runs (off the start-up path: in the background after a crash or once a week)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from desktop_app.services.session import Session
from models.database import db
from ui.app import warn_about_schema


def test_a_manager_is_warned_about_a_smuggled_trigger_and_a_missing_guard(
    qtbot, signed_in, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert warn_about_schema(signed_in, None) is None
    assert shown == []
    db.execute_sql("DROP TRIGGER audit_entry_no_delete")
    db.execute_sql(
        "CREATE TRIGGER promote AFTER INSERT ON report BEGIN UPDATE user SET role='manager'; END"
    )
    warn_about_schema(signed_in, None)
    assert len(shown) == 1
    assert "unknown trigger promote" in shown[0]
    assert "missing guard audit_entry_no_delete" in shown[0]
    officer = Session(None, "akhan", "Asha Khan", "officer", "pc")
    assert warn_about_schema(officer, None) is None
    assert len(shown) == 1  # an officer is not shown what only a manager can act on


# ---- the integrity check: off the start-up path ---------------------------------------------


def _start_gui(qtbot, monkeypatch, db_path, session, while_open):
    """Start Beacon as `beacon gui` does, signed in as session; while_open(window) runs where the
    event loop would, then the window closes as the user would close it."""
    import sys

    from PySide6.QtWidgets import QApplication

    from ui import app as app_module
    from ui.dialogs.sign_in import SignInDialog
    from ui.main_window import MainWindow
    from ui.tasks import running_tasks

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs Beacon's own
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, *a, **k: session))

    def event_loop(app):
        window = next(  # this start's window: an earlier test's may still be open
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.office.display == str(db_path)
        )
        try:
            while_open(window)
        finally:
            window.close()
            qtbot.waitUntil(lambda: not running_tasks(), timeout=20000)  # the draft's discard
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    return app_module.run_gui(str(db_path))


def _spy_on_quick_check(monkeypatch, result=(True, "ok")):
    from desktop_app.services import backups
    from ui import app as app_module

    calls: list[str] = []

    def spy():
        calls.append(threading.current_thread().name)
        return result

    monkeypatch.setattr(backups, "quick_check", spy)
    monkeypatch.setattr(app_module, "quick_check", spy, raising=False)  # the start-up of old
    return calls


def _checked_and_closed_cleanly():
    from desktop_app.services.integrity import IntegritySchedule

    schedule = IntegritySchedule.for_open_database()
    assert schedule is not None
    schedule.open_session()
    assert schedule.run_check()[0]
    schedule.close_session()


def _wait_for_the_check(qtbot, calls):
    from ui.tasks import running_tasks

    qtbot.waitUntil(lambda: bool(calls) and not running_tasks(), timeout=20000)


def test_a_clean_start_does_not_run_the_integrity_check(qtbot, signed_in, db_path, monkeypatch):
    _checked_and_closed_cleanly()
    calls = _spy_on_quick_check(monkeypatch)
    seen: list[bool] = []

    def while_open(window):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        banner = getattr(window, "integrity_banner", None)
        seen.append(banner is not None and banner.isVisible())

    assert _start_gui(qtbot, monkeypatch, db_path, signed_in, while_open) == 0
    assert calls == []
    assert seen == [False]


def test_after_an_unclean_shutdown_the_check_runs_in_the_background_and_a_failure_warns(
    qtbot, signed_in, db_path, monkeypatch
):
    from desktop_app.services.integrity import IntegritySchedule

    _checked_and_closed_cleanly()
    crashed = IntegritySchedule.for_open_database()
    assert crashed is not None
    crashed.open_session()  # ... and the process killed: never closed
    calls = _spy_on_quick_check(monkeypatch, (False, "*** in database main *** Page 7: corrupt"))
    texts: list[str] = []

    def while_open(window):
        _wait_for_the_check(qtbot, calls)
        qtbot.waitUntil(window.integrity_banner.isVisible, timeout=10000)
        texts.append(window.integrity_banner.text.text())

    assert _start_gui(qtbot, monkeypatch, db_path, signed_in, while_open) == 0
    assert len(calls) == 1
    assert calls[0] != threading.main_thread().name  # on a worker: the window was not held up
    assert "Page 7: corrupt" in texts[0]
    assert "beacon check" in texts[0]
    assert "start it again" in texts[0]  # where the restore is offered to whoever starts it


def test_after_a_failed_check_the_next_start_checks_first_and_offers_the_backup(
    qtbot, signed_in, db_path, monkeypatch
):
    from desktop_app.services.backups import BackupService
    from desktop_app.services.integrity import IntegritySchedule

    BackupService(Session.cli()).backup_now()
    schedule = IntegritySchedule.for_open_database()
    assert schedule is not None
    schedule.open_session()
    calls = _spy_on_quick_check(monkeypatch, (False, "Page 7: corrupt"))
    assert not schedule.run_check()[0]
    schedule.close_session()
    calls.clear()
    offered: list[list[str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: offered.append([b.text() for b in box.buttons()]) or 0
    )
    opened: list[object] = []
    # Closed, not restored:
    assert _start_gui(qtbot, monkeypatch, db_path, signed_in, opened.append) == 2
    assert calls == ["MainThread"]  # before anyone signs in: a damaged file is not written to
    assert opened == []
    assert "Restore the latest backup" in offered[0]


def test_a_weekly_check_that_passes_shows_nothing(qtbot, signed_in, db_path, monkeypatch):
    calls = _spy_on_quick_check(monkeypatch)  # a database never checked here: due
    seen: list[bool] = []

    def while_open(window):
        _wait_for_the_check(qtbot, calls)
        seen.append(window.integrity_banner.isVisible())

    assert _start_gui(qtbot, monkeypatch, db_path, signed_in, while_open) == 0
    assert len(calls) == 1
    assert seen == [False]


def test_the_schema_is_read_on_a_worker_and_a_manager_warned_over_the_window(
    qtbot, signed_in, db_path, monkeypatch
):
    """Comparing the schema with Beacon's own builds that schema in memory: not on the way to
    the first list."""
    from desktop_app.services.backups import schema_warning
    from ui import app as app_module

    _checked_and_closed_cleanly()
    db.execute_sql(
        "CREATE TRIGGER promote AFTER INSERT ON report BEGIN UPDATE user SET role='manager'; END"
    )
    threads: list[str] = []

    def spy():
        threads.append(threading.current_thread().name)
        return schema_warning()

    monkeypatch.setattr(app_module, "schema_warning", spy)
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: shown.append((parent, text))
    )

    def while_open(window):
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert shown[0][0] is window

    assert _start_gui(qtbot, monkeypatch, db_path, signed_in, while_open) == 0
    assert threads and threads[0] != threading.main_thread().name
    assert "unknown trigger promote" in shown[0][1]
