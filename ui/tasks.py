"""The background task runner: work off the GUI thread, progress and results back on signals."""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.services.office import release_connection

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, str], None]
Work = Callable[[ProgressFn], Any]


class Task(QObject):
    """Signals of one piece of background work. Lives in the GUI thread. progress comes from the
    worker; result or error, then finished, are emitted on the GUI thread once the worker is
    through (its connection closed), so whoever sees the result sees the task done."""

    progress = Signal(int, str)  # percent, what is being done
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()
    completed = Signal(bool, object)  # from the worker: succeeded?, the value or the exception

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.done = False


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        # A tracer set for Python's threads (coverage, a debugger) follows the work into Qt's
        # pool too; without one this sets nothing.
        sys.settrace(threading.gettrace())
        # The worker never touches a widget; peewee opens this thread's own connection on demand.
        ok, outcome = False, None
        try:
            outcome = self.work(self.task.progress.emit)
            ok = True
        except Exception as exc:
            log.exception("background task %s failed", self.task.name)
            outcome = exc
        finally:
            release_connection()
        self.task.completed.emit(ok, outcome)  # the worker's last act


class TaskRunner(QObject):
    """Runs work on a small thread pool; keeps each Task alive until it has finished."""

    busy_changed = Signal(bool)
    # Every runner alive, so that a test (or shutdown) can see work still going on.
    _alive: weakref.WeakSet[TaskRunner] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        TaskRunner._alive.add(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def submit(
        self,
        name: str,
        work: Work,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Run work(progress) on the pool. With an owner, the callbacks are dropped once the
        owner widget is gone (a list closed before its search came back)."""
        task = Task(name, self)

        def guarded(callback: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if owner is None or shiboken6.isValid(owner):
                    callback(*args)

            return call

        if on_progress:
            task.progress.connect(guarded(on_progress))
        if on_result:
            task.result.connect(guarded(on_result))
        if on_error:
            task.error.connect(guarded(on_error))
        task.completed.connect(lambda ok, outcome, t=task: self._completed(t, ok, outcome))
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(task, work))
        return task

    def _completed(self, task: Task, ok: bool, outcome: object) -> None:
        """On the GUI thread: the task counts as done before anyone hears its result."""
        task.done = True
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)
        if ok:
            task.result.emit(outcome)
        else:
            task.error.emit(outcome)
        task.finished.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has run (used at shutdown and in tests)."""
        return bool(self.pool.waitForDone(msecs))


def running_tasks() -> list[str]:
    """The names of tasks submitted to any runner and not yet finished."""
    names: list[str] = []
    for runner in list(TaskRunner._alive):
        if shiboken6.isValid(runner):
            names += sorted(task.name for task in runner._running)
    return names
