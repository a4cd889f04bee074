"""The event form's clash warning: checked in the background a moment after the last change."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.services.event_conflicts import Conflict
from ui.tasks import TaskRunner

Question = Callable[[], Callable[[], list[Conflict]]]


class ConflictWarning(QLabel):
    """What the event as typed clashes with (warned, never refused). `question` builds, on the
    GUI thread, the service call for the form as it is now; it runs on the task runner."""

    def __init__(self, runner: TaskRunner, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventConflicts")
        self.setProperty("role", "warning")
        self.setWordWrap(True)
        self.setVisible(False)
        self.runner, self.question = runner, question
        self.conflicts: list[Conflict] = []
        self._asked = 0  # the check last asked for: an older answer is dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check_now)

    def schedule(self) -> None:
        """Check once typing pauses."""
        self._timer.start()

    def check_now(self) -> None:
        self._asked += 1
        asked, work = self._asked, self.question()
        self.runner.submit(
            "event conflicts",
            lambda report: work(),
            on_result=lambda found: self._show(asked, found),
            owner=self,
        )

    def _show(self, asked: int, found: list[Conflict]) -> None:
        if asked != self._asked:
            return
        self.conflicts = found
        lines = [self._line(c) for c in found]
        self.setText(
            "<b>⚠ "
            + html.escape(self.tr("Clashes (you can still save):"))
            + "</b><br>"
            + "<br>".join(html.escape(line) for line in lines)
        )
        self.setVisible(bool(found))

    def _line(self, c: Conflict) -> str:
        when = f"{c.starts:%a %d %b %H:%M}–{c.ends:%H:%M}"
        if c.kind == "officer":
            return self.tr("{0} is also on “{1}”, {2}").format(c.what, c.event_title, when)
        return self.tr("{0} is also booked for “{1}”, {2}").format(c.what, c.event_title, when)
