"""My shift's work queue: the open reports assigned to the officer, follow-ups due first,
each opened in one step (double-click or Enter). Read off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_app.services.reports import ReportService, WorkQueue
from desktop_app.services.reports.work_queue import QUEUE_LIMIT
from desktop_app.services.session import Session
from ui.i18n import grouped
from ui.models.work_queue_model import WIDTHS, WorkQueueModel
from ui.tasks import TaskRunner
from ui.widgets.filters import list_table


class WorkQueuePanel(QGroupBox):
    open_report = Signal(int)  # the report's id

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assigned to you"), parent)
        self.setObjectName("workQueue")
        self.session = session
        self.runner = runner
        self.reports = ReportService(session)
        self._stale = True  # read when next shown: a change made while hidden waits till then
        self._generation = 0
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading your reports…"))
        self.summary.setObjectName("workQueueSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = WorkQueueModel(self)
        self.table = list_table("workQueueTable", self.model, WIDTHS)
        self.table.setAccessibleName(self.tr("Your open reports"))
        self.table.setToolTip(self.tr("Double-click or press Enter to open the report"))
        self.table.activated.connect(self._activated)  # Enter, and double-click
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Enter or double-click opens a report. <b>Bold</b>: urgent."))
        hint.setObjectName("workQueueHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    # ---- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue again now if it is in sight, else as soon as it is shown."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self._generation += 1
        generation, reports = self._generation, self.reports

        def done(queue: WorkQueue) -> None:
            if generation == self._generation:  # not overtaken by a newer read
                self.show_queue(queue)

        self.runner.submit(
            "work queue", lambda progress: reports.work_queue(), on_result=done, owner=self
        )

    def show_queue(self, queue: WorkQueue) -> None:
        self.model.set_source(lambda state: ([], None), (list(queue.items), None))
        self.summary.setText(self._summary(queue))

    def _summary(self, queue: WorkQueue) -> str:
        count = len(queue.items)
        if not count:
            return self.tr("No open reports are assigned to you.")
        parts = [grouped(self.tr("%n open report(s) assigned to you", "", count), count)]
        if queue.overdue:
            parts.append(
                "<b>"
                + grouped(self.tr("%n follow-up(s) overdue", "", queue.overdue), queue.overdue)
                + "</b>"
            )
        if queue.due_today:
            parts.append(grouped(self.tr("%n due today", "", queue.due_today), queue.due_today))
        if count >= QUEUE_LIMIT:
            parts.append(self.tr("only the first {0} are listed").format(QUEUE_LIMIT))
        return " · ".join(parts)

    # ---- opening -----------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.open_report.emit(item.report.id)

    def keyPressEvent(self, event: Any) -> None:
        # Enter on the table reaches activated; on the box itself it opens the current row.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)
