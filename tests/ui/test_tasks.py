"""The background task runner: work on a pool thread with its own connection, results on signals."""

from __future__ import annotations

import threading

import pytest

from models.database import db
from ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_on_its_own_configured_connection(qtbot, database):
    runner = TaskRunner()
    main_thread = threading.get_ident()
    main_conn = id(db.connection())
    progress: list[tuple[int, str]] = []

    def work(report):
        report(50, "half way")
        return {
            "thread": threading.get_ident(),
            "conn": id(db.connection()),
            "journal": db.execute_sql("PRAGMA journal_mode").fetchone()[0],
            "foreign_keys": db.execute_sql("PRAGMA foreign_keys").fetchone()[0],
            "synchronous": db.execute_sql("PRAGMA synchronous").fetchone()[0],
        }

    results = []
    task = runner.submit(
        "probe",
        work,
        on_result=results.append,
        on_progress=lambda pct, what: progress.append((pct, what)),
    )
    # Wait on the results themselves: a fast task may finish before a waitSignal could connect.
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    (seen,) = results
    assert seen["thread"] != main_thread
    assert seen["conn"] != main_conn
    assert (seen["journal"], seen["foreign_keys"], seen["synchronous"]) == ("wal", 1, 2)
    assert progress == [(50, "half way")]
    assert not runner.busy


def test_an_exception_in_the_work_comes_back_as_an_error_signal(qtbot, database):
    runner = TaskRunner()
    errors = []

    def work(report):
        raise ValueError("bad month")

    task = runner.submit("fails", work, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert len(errors) == 1 and str(errors[0]) == "bad month"
    with pytest.raises(ValueError):
        raise errors[0]


def test_whoever_hears_the_result_finds_the_task_done_and_the_worker_through(qtbot, database):
    runner = TaskRunner()
    heard = []
    task = runner.submit(
        "quick",
        lambda report: 42,
        on_result=lambda value: heard.append((value, task.done, runner.busy)),
    )
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    assert heard == [(42, True, False)]
