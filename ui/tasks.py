"""The background task runner: work off the GUI thread, progress and results back on signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.services.office import release_connection

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, str], None]
Work = Callable[[ProgressFn], Any]


class Task(QObject):
    """Signals of one piece of background work. Lives in the GUI thread; emitted from a worker."""

    progress = Signal(int, str)  # percent, what is being done
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()

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
        # The worker never touches a widget; peewee opens this thread's own connection on demand.
        try:
            value = self.work(self.task.progress.emit)
        except Exception as exc:
            log.exception("background task %s failed", self.task.name)
            self.task.error.emit(exc)
        else:
            self.task.result.emit(value)
        finally:
            release_connection()
            self.task.finished.emit()


class TaskRunner(QObject):
    """Runs work on a small thread pool; keeps each Task alive until it has finished."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
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
        task.finished.connect(lambda t=task: self._finished(t))
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(task, work))
        return task

    @Slot()
    def _finished(self, task: Task) -> None:
        task.done = True
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has run (used at shutdown and in tests)."""
        return bool(self.pool.waitForDone(msecs))
