"""The event page's first panel: the description, the staff and the numbers, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.services.event_calendar import EventCalendar, EventSummary
from desktop_app.services.session import Session
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner


class OverviewPanel(QWidget):
    """A panel by the page's contract: title, load(event_id) off the GUI thread, changed."""

    title = QT_TRANSLATE_NOOP("OverviewPanel", "Overview")
    changed = Signal(int)
    loaded = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventOverviewPanel")
        self.service = EventCalendar(session)
        self.runner = runner
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.description = self._value("eventOverviewDescription")
        self.officers = self._value("eventOverviewOfficers")
        self.attendance = self._value("eventOverviewAttendance")
        form.addRow(self.tr("About:"), self.description)
        form.addRow(self.tr("Other officers:"), self.officers)
        form.addRow(self.tr("Attendance:"), self.attendance)

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def applies_to(kind: str) -> bool:
        return True

    def load(self, event_id: int) -> None:
        service = self.service
        self.runner.submit(
            "event overview", lambda p: service.summary(event_id), self._show, owner=self
        )

    def _show(self, summary: EventSummary) -> None:
        self.description.setText(summary.description or self.tr("No description yet."))
        self.officers.setText(", ".join(summary.officers) or "—")
        self.attendance.setText(
            self.tr("{0} registered, {1} attended, {2} no-shows, {3} walk-ins").format(
                summary.registered, summary.attended, summary.no_shows, summary.walk_ins
            )
        )
        self.loaded.emit()
