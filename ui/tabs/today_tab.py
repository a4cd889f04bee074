"""The Today page: what needs doing now, as counts that open their list in one click (or Tab
and Enter). The counts are read in the background while the page is in sight, every minute and
after every save (when out of sight, once it is shown again); each comes from the very list its
button opens (desktop_app.services.today)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.session import Session
from desktop_app.services.today import KEYS, TodayCounts, TodayService
from ui.dialogs.today_lists import show_follow_ups, show_partners_overdue
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.writes import write_signals

REFRESH_MS = 60_000
AFTER_SAVE_MS = 800  # a burst of saves counts once
COLUMNS = 4

LABELS = {
    "new_reports": QT_TRANSLATE_NOOP("TodayTab", "New reports since yesterday"),
    "unassigned": QT_TRANSLATE_NOOP("TodayTab", "Unassigned open reports"),
    "my_reports": QT_TRANSLATE_NOOP("TodayTab", "My open reports"),
    "follow_ups": QT_TRANSLATE_NOOP("TodayTab", "My follow-ups due"),
    "partners_overdue": QT_TRANSLATE_NOOP("TodayTab", "Partners overdue for contact"),
    "events": QT_TRANSLATE_NOOP("TodayTab", "Events in the next 7 days"),
    "problems_waiting": QT_TRANSLATE_NOOP("TodayTab", "Problems waiting over 30 days"),
    "suggested": QT_TRANSLATE_NOOP("TodayTab", "Suggested problems"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayTab", text)


class CountButton(QPushButton):
    """A count in large figures over what it counts; a button, so Tab and Enter reach it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"today_{key}")
        self.setMinimumSize(140, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.figure = QLabel("…")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.figure.setFont(font)
        self.caption = QLabel(_tr(LABELS[key]))
        self.caption.setWordWrap(True)
        self.note = QLabel("")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        for label in (self.figure, self.caption, self.note):
            column.addWidget(label)
        self.set_count(None)

    def set_count(self, count: int | None, note: str = "") -> None:
        shown = "…" if count is None else str(count)
        self.figure.setText(shown)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{_tr(LABELS[self.key])}: {shown}" + (f", {note}" if note else ""))


class TodayTab(QWidget):
    # What a count opens, where it lives (the main window connects them).
    open_reports = Signal(object)  # a ReportFilter for the Patrol Log's report list
    open_work_queue = Signal()
    open_events_week = Signal()
    open_problems = Signal(object)  # a BoardFilter for the Problems tab
    open_suggestions = Signal()
    open_contact = Signal(int)
    counted = Signal()  # the counts on the page are fresh

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTab")
        self.setAccessibleName(self.tr("Today"))
        self.session, self.runner = session, runner
        self.service = TodayService(session)
        self.last: TodayCounts | None = None
        self.loading = False
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("todayStatus")
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("todayRefresh")
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(refresh)
        self.buttons: dict[str, CountButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        shown = [key for key in KEYS if self.service.may(key)]
        for index, key in enumerate(shown):
            button = CountButton(key)
            button.clicked.connect(lambda _=False, k=key: self.open(k))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(grid)
        self.week = QLabel()
        self.week.setObjectName("todayWeek")
        self.week.setWordWrap(True)
        self.week.setTextFormat(Qt.TextFormat.PlainText)
        self.week.setContentsMargins(4, 12, 4, 0)
        layout.addWidget(self.week)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.after_save = QTimer(self)
        self.after_save.setSingleShot(True)
        self.after_save.setInterval(AFTER_SAVE_MS)
        self.after_save.timeout.connect(self.refresh)
        write_signals().saved.connect(self.after_save.start)
        self.stale = True  # counted when first shown, and again when shown after a change

    @Slot()
    def refresh(self) -> None:
        """Count again in the background (one count at a time; the page keeps the last)."""
        self.heading.setText(self.tr("Today, {0}").format(now_local().strftime("%A %d %B %Y")))
        if not self.isVisible():  # nobody is looking: count when the page is shown again
            self.stale = True
            return
        if self.loading:
            return
        self.stale = False
        self.loading = True
        self.status.setText(self.tr("Counting…"))
        self.runner.submit(
            "today counts",
            lambda report: self.service.counts(),
            on_result=self._show,
            on_error=self._failed,
            owner=self,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _show(self, counts: TodayCounts) -> None:
        self.loading = False
        self.last = counts
        for key, button in self.buttons.items():
            count = counts.counts.get(key)
            note = ""
            if key == "follow_ups" and counts.overdue_follow_ups:
                note = self.tr("{0} overdue").format(counts.overdue_follow_ups)
            elif key == "events" and counts.open_tasks:
                note = self.tr("{0} planning tasks open").format(counts.open_tasks)
            button.set_count(count, note)
        self.week.setText(self._week_text(counts))
        self.week.setVisible("events" in self.buttons)
        self.status.setText(self.tr("Counted at {0}").format(now_local().strftime("%H:%M")))
        self.counted.emit()

    def _week_text(self, counts: TodayCounts) -> str:
        """This week's events, one a line, with their open planning tasks."""
        if not counts.week:
            return self.tr("No events in the next 7 days.")
        lines = [self.tr("This week:")]
        for item in counts.week:
            event = item.event
            line = f"{event.starts_at:%a %d %b %H:%M}  {event.title}"
            if event.status == "cancelled":
                line += "  " + self.tr("(cancelled)")
            elif item.open_tasks:
                line += "  " + self.tr("(%n task(s) open)", "", item.open_tasks)
            lines.append(line)
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.status.setText(self.tr("The counts could not be read; see the log"))

    def open(self, key: str) -> None:
        """What the count's button opens: a list elsewhere, or a short list here."""
        actions: dict[str, Any] = {
            "new_reports": lambda: self.open_reports.emit(self.service.new_reports_filter()),
            "unassigned": lambda: self.open_reports.emit(self.service.unassigned_filter()),
            "my_reports": self.open_work_queue.emit,
            "follow_ups": lambda: show_follow_ups(self, self.session, self.runner),
            "partners_overdue": lambda: show_partners_overdue(
                self, self.session, self.runner, self.open_contact.emit
            ),
            "events": self.open_events_week.emit,
            "problems_waiting": lambda: self.open_problems.emit(self.service.problems_filter()),
            "suggested": self.open_suggestions.emit,
        }
        actions[key]()
