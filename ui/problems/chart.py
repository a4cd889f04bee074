"""A small bar chart of a problem's reports by day of the week: black outlines on a hatched
fill, the count above each bar and both axes labelled, so it reads in black and white too."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import QT_TRANSLATE_NOOP

DAYS = (
    QT_TRANSLATE_NOOP("WeekdayChart", "Mon"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Tue"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Wed"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Thu"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Fri"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Sat"),
    QT_TRANSLATE_NOOP("WeekdayChart", "Sun"),
)


class WeekdayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemWeekdayChart")
        self.setAccessibleName(self.tr("Reports by day of the week"))
        self.counts: tuple[int, ...] = (0,) * 7
        self.setMinimumSize(280, 170)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_counts(self, counts: tuple[int, ...]) -> None:
        self.counts = counts
        self.setToolTip(
            ", ".join(f"{self.tr(day)} {n}" for day, n in zip(DAYS, counts, strict=True))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        pen = QPen(self.palette().windowText().color())
        painter.setPen(pen)
        top, bottom = line + 4, self.height() - 2 * line - 6
        left, right = metrics.horizontalAdvance("000") + line + 8, self.width() - 8
        height = max(bottom - top, 1)
        most = max(max(self.counts), 1)
        # The y axis: its title turned up the side, 0 and the largest count marked.
        painter.save()
        painter.translate(line - 2, (top + bottom) / 2)
        painter.rotate(-90)
        title = self.tr("Reports")
        painter.drawText(-metrics.horizontalAdvance(title) // 2, 0, title)
        painter.restore()
        painter.drawLine(left, top, left, bottom)
        painter.drawLine(left, bottom, right, bottom)
        for value in sorted({0, most}):
            y = bottom - height * value / most
            text = str(value)
            painter.drawText(left - 4 - metrics.horizontalAdvance(text), int(y + line / 3), text)
            painter.drawLine(left - 3, int(y), left, int(y))
        slot = (right - left) / 7
        brush = QBrush(self.palette().windowText().color(), Qt.BrushStyle.BDiagPattern)
        for day, count in enumerate(self.counts):
            x = left + slot * day
            bar = height * count / most
            rect = QRectF(x + slot * 0.2, bottom - bar, slot * 0.6, bar)
            if count:
                painter.fillRect(rect, brush)
                painter.drawRect(rect)
                text = str(count)
                painter.drawText(
                    int(rect.center().x() - metrics.horizontalAdvance(text) / 2),
                    int(rect.top() - 3),
                    text,
                )
            name = self.tr(DAYS[day])
            painter.drawText(
                int(x + slot / 2 - metrics.horizontalAdvance(name) / 2), bottom + line, name
            )
        caption = self.tr("Day of the week (office time)")
        painter.drawText(
            int((left + right) / 2 - metrics.horizontalAdvance(caption) / 2),
            bottom + 2 * line + 2,
            caption,
        )
        painter.end()
