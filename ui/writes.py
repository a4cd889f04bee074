"""Writes through the task runner (Anki's CollectionOp): the form disabled and a busy cursor while
the service call runs on a worker, then the result or the field errors back on the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.errors import ServiceError, ValidationError
from ui.errors import show_error
from ui.tasks import Task, TaskRunner

T = TypeVar("T")

WRITING = "beaconWriting"  # a dynamic property set on the form while its write runs


class WriteSignals(QObject):
    """saved: a write submitted through submit_write came back done (the Today page counts
    again)."""

    saved = Signal()


_signals: WriteSignals | None = None


def write_signals() -> WriteSignals:
    """The one WriteSignals of the application, made with the first use."""
    global _signals
    if _signals is None or not shiboken6.isValid(_signals):
        _signals = WriteSignals()
    return _signals


def is_writing(form: QWidget) -> bool:
    """True while a write submitted for this form has not come back (a dialog then stays open)."""
    return bool(form.property(WRITING))


def own_runner(widget: QWidget, runner: TaskRunner | None) -> TaskRunner:
    """The runner handed in, or one of the widget's own (a dialog opened before any window)."""
    return runner if runner is not None else TaskRunner(widget)


def submit_write(
    runner: TaskRunner,
    name: str,
    work: Callable[[], T],
    form: QWidget,
    on_done: Callable[[T], None],
    on_invalid: Callable[[ValidationError], None] | None = None,
    on_refused: Callable[[ServiceError], None] | None = None,
    quiet: bool = False,
) -> Task | None:
    """Run work() on the runner for form. Gather every input before calling: work never touches
    a widget. While it runs the form is disabled under a busy cursor (quiet: neither, for an
    autosave); then, on the GUI thread with the form enabled again, on_done(result), or
    on_invalid(error) for bad input (the typed text stays), or on_refused(error) for another
    ServiceError (default: a message box). Anything else goes to the excepthook, as it would
    have on the GUI thread. Returns None, doing nothing, while the form's last write still runs."""
    if not quiet and is_writing(form):
        return None
    write = _Write(form, on_done, on_invalid, on_refused, quiet)

    def run(report: object) -> object:
        try:
            return work()
        except ServiceError as exc:  # the user's to act on: an answer, not a failure to log
            return _Refusal(exc)

    return runner.submit(name, run, on_result=write.ok, on_error=write.failed)


def submit_said(
    runner: TaskRunner,
    name: str,
    work: Callable[[], T],
    form: QWidget,
    on_done: Callable[[T], None],
    say: Callable[[str], None],
) -> Task | None:
    """submit_write for a panel with one message line: bad input and a refusal are both said
    there (say(text)) instead of at a field or in a message box."""
    return submit_write(
        runner, name, work, form, on_done, lambda exc: say(exc.message), lambda exc: say(str(exc))
    )


class _Refusal:
    def __init__(self, error: ServiceError) -> None:
        self.error = error


class _Write:
    """One write's hold on its form: taken when submitted, given back before any callback."""

    def __init__(
        self,
        form: QWidget,
        on_done: Callable[[Any], None],
        on_invalid: Callable[[ValidationError], None] | None,
        on_refused: Callable[[ServiceError], None] | None,
        quiet: bool,
    ) -> None:
        self.form = form
        self.on_done = on_done
        self.on_invalid = on_invalid
        self.on_refused = on_refused
        self.quiet = quiet
        if quiet:
            return
        focus = QApplication.focusWidget()
        self.focus = focus if focus is not None and form.isAncestorOf(focus) else None
        # A form someone else disabled (a void report's handling) stays disabled afterwards.
        self.was_enabled = not form.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        form.setProperty(WRITING, True)
        form.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _release(self) -> bool:
        """Cursor back, form enabled again; False when the form is gone (its window closed)."""
        alive = shiboken6.isValid(self.form)
        if self.quiet:
            return alive
        QApplication.restoreOverrideCursor()
        if not alive:
            return False
        self.form.setProperty(WRITING, False)
        self.form.setEnabled(self.was_enabled)
        if self.focus is not None and shiboken6.isValid(self.focus):
            self.focus.setFocus()  # the keyboard user carries on where they were
        return True

    def ok(self, value: object) -> None:
        if not self._release():
            return
        if isinstance(value, _Refusal):
            self.refused(value.error)
        else:
            self.on_done(value)
            write_signals().saved.emit()

    def failed(self, exc: BaseException) -> None:
        """Not a ServiceError: a bug or a broken database, logged by the runner; shown with its
        details by the excepthook, as it would have been on the GUI thread."""
        if self._release():
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def refused(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationError) and self.on_invalid is not None:
            self.on_invalid(exc)
        elif self.on_refused is not None:
            self.on_refused(exc)
        else:
            title = QCoreApplication.translate("writes", "Not saved")
            show_error(self.form.window(), title, str(exc))
