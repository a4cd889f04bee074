"""The month view: a calendar whose days with events carry a short code per kind (a letter, not
a colour alone), struck through when every event of that kind that day is cancelled, with a legend.

Keyboard (QCalendarWidget's own): arrows move by a day, Up and Down by a week, Page Up and Page
Down by a month; Enter (its `activated`) opens the day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.event_calendar import DayMark, EventCalendar
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.tasks import TaskRunner

KIND_CODES = {
    "neighbourhood_watch": QT_TRANSLATE_NOOP("EventMonthView", "W"),
    "safety_workshop": QT_TRANSLATE_NOOP("EventMonthView", "K"),
    "family_safety_night": QT_TRANSLATE_NOOP("EventMonthView", "F"),
    "school_programme": QT_TRANSLATE_NOOP("EventMonthView", "S"),
    "community_event": QT_TRANSLATE_NOOP("EventMonthView", "C"),
    "safety_walk": QT_TRANSLATE_NOOP("EventMonthView", "L"),
}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class EventCalendarWidget(QCalendarWidget):
    """Paints each marked day's kind codes under its number, and names them in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMark] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def set_marks(self, marks: list[DayMark]) -> None:
        self.marks = {m.day: m for m in marks}
        self.updateCells()

    def code(self, kind: str) -> str:
        return self.tr(KIND_CODES.get(kind, "?"))

    def day_text(self, day: date) -> str:
        """What a day holds, in words (the tooltip and the accessible description)."""
        mark = self.marks.get(day)
        if mark is None:
            return ""
        kinds = ", ".join(vocabulary(label(EVENT_KIND_LABELS, k)) for k in mark.kinds)
        return self.tr("%n event(s): {0}", "", mark.count).format(kinds)

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        mark = self.marks.get(pydate(day))
        if mark is None:
            return
        painter.save()
        if day != self.selectedDate():  # a tint as well as the codes (never the tint alone)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(255, 200, 0, 45))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        codes = " ".join(self.code(k) for k in mark.kinds)
        if mark.count > len(mark.kinds):
            codes += f" ·{mark.count}"
        if mark.statuses == ("cancelled",):
            font.setStrikeOut(True)
            painter.setFont(font)
        area = rect.adjusted(2, rect.height() * 2 // 3, -2, -3)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, codes)
        painter.restore()


class EventMonthView(QWidget):
    """The calendar with its legend; reads the shown month's marks off the GUI thread."""

    day_clicked = Signal(object)  # a date: the list shows that day
    day_activated = Signal(object)  # Enter or a double-click: open the day's event
    marks_loaded = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventMonthView")
        self.calendar_service = EventCalendar(session)
        self.runner = runner
        self.calendar = EventCalendarWidget()
        self.calendar.setObjectName("eventCalendar")
        self.calendar.setAccessibleName(self.tr("Events calendar"))
        self.calendar.setMinimumSize(280, 280)
        self.calendar.currentPageChanged.connect(lambda y, m: self.load_month(y, m))
        self.calendar.clicked.connect(lambda d: self.day_clicked.emit(pydate(d)))
        self.calendar.activated.connect(lambda d: self.day_activated.emit(pydate(d)))
        self.calendar.selectionChanged.connect(self._describe_selected)
        self.legend = self._legend()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar, 1)
        column.addWidget(self.legend)
        self.legend_note = QLabel(self.tr("Struck through: cancelled. ·N: N events that day."))
        self.legend_note.setWordWrap(True)
        column.addWidget(self.legend_note)
        self.setFocusProxy(self.calendar)

    def _legend(self) -> QWidget:
        """Each kind's code and name, two to a row."""
        legend = QWidget()
        legend.setObjectName("eventLegend")
        grid = QGridLayout(legend)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(1)
        for n, (kind, text) in enumerate(EVENT_KIND_LABELS.items()):
            entry = QLabel(f"<b>{self.calendar.code(kind)}</b>&nbsp; {vocabulary(text)}")
            entry.setObjectName(f"eventLegend_{kind}")
            entry.setWordWrap(True)  # a narrow calendar wraps its legend, not the window
            grid.addWidget(entry, n // 2, n % 2)
        return legend

    @Slot()
    def reload(self) -> None:
        self.load_month(self.calendar.yearShown(), self.calendar.monthShown())

    def load_month(self, year: int, month: int) -> None:
        service = self.calendar_service

        def landed(marks: list[DayMark]) -> None:
            if (year, month) == (self.calendar.yearShown(), self.calendar.monthShown()):
                self.calendar.set_marks(marks)
                self._describe_selected()
                self.marks_loaded.emit()

        self.runner.submit(
            "event month", lambda progress: service.month_marks(year, month), landed, owner=self
        )

    def selected_day(self) -> date:
        return pydate(self.calendar.selectedDate())

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(qdate(day))

    @Slot()
    def _describe_selected(self) -> None:
        text = self.calendar.day_text(self.selected_day())
        self.calendar.setToolTip(text)
        self.calendar.setAccessibleDescription(text)
