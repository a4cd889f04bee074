"""How a new event repeats: not at all, a preset for its start day, or an RFC 5545 rule typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_rules import WEEKDAY_CODES, RulePreset, presets_for

CUSTOM = "custom"


class RepeatsBox(QWidget):
    """Does not repeat, a preset for the start day ("monthly on the first Tuesday"), or a rule
    typed in RFC 5545 words; repeated until a day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("eventRepeats")
        self.choice.setAccessibleName(self.tr("Repeats"))
        row.addWidget(self.choice, 1)
        self.until_label = QLabel(self.tr("&until"))
        row.addWidget(self.until_label)
        self.horizon = QDateEdit()
        self.horizon.setObjectName("eventHorizon")
        self.horizon.setAccessibleName(self.tr("Repeat until"))
        self.horizon.setCalendarPopup(True)
        self.horizon.setDisplayFormat("dd MMM yyyy")
        self.until_label.setBuddy(self.horizon)
        row.addWidget(self.horizon)
        layout.addLayout(row)
        self.rule = QLineEdit()
        self.rule.setObjectName("eventRule")
        self.rule.setAccessibleName(self.tr("Repeat rule (RFC 5545)"))
        self.rule.setPlaceholderText(self.tr("e.g. FREQ=MONTHLY;BYDAY=1TU"))
        layout.addWidget(self.rule)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.rule.textEdited.connect(lambda _: self.changed.emit())
        self.horizon.dateChanged.connect(lambda _: self.changed.emit())
        self._day: date | None = None
        self.offer(date.today())

    def offer(self, day: date) -> None:
        """The presets for a start day (the choice kept where it still makes sense)."""
        if day == self._day:
            return
        self._day = day
        kept = str(self.choice.currentData() or "")
        kind = next((k for k in ("weekly", "monthly_weekday", "monthly_day") if k in kept), "")
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Does not repeat"), "")
        for preset in presets_for(day):
            self.choice.addItem(self._words(preset), preset.rule)
        self.choice.addItem(self.tr("Custom rule…"), CUSTOM)
        index = 0
        if kept == CUSTOM:
            index = self.choice.count() - 1
        elif kind:
            index = next((i for i in range(self.choice.count()) if kind in self._kind_of(i)), 0)
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        if not self.horizon.date().isValid() or self.horizon.date().toPython() < day:  # type: ignore[operator]
            self.horizon.setDate(QDate(day.year, day.month, day.day).addMonths(6))
        self._chosen()

    def _kind_of(self, index: int) -> str:
        rule = str(self.choice.itemData(index) or "")
        if rule.startswith("FREQ=WEEKLY"):
            return "weekly"
        if "BYMONTHDAY" in rule:
            return "monthly_day"
        return "monthly_weekday" if rule.startswith("FREQ=MONTHLY") else ""

    def _words(self, preset: RulePreset) -> str:
        day = self._weekday(preset.weekday)
        if preset.kind == "weekly":
            return self.tr("Every week on {0}").format(day)
        if preset.kind == "monthly_day":
            return self.tr("Every month on day {0}").format(preset.day)
        nth = {
            1: self.tr("first"),
            2: self.tr("second"),
            3: self.tr("third"),
            4: self.tr("fourth"),
            -1: self.tr("last"),
        }[preset.nth]
        return self.tr("Every month on the {0} {1}").format(nth, day)

    def _weekday(self, index: int) -> str:
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        return names[index] if 0 <= index < len(WEEKDAY_CODES) else ""

    def _chosen(self) -> None:
        data = str(self.choice.currentData() or "")
        repeats = bool(data)
        self.rule.setVisible(repeats)
        self.rule.setReadOnly(data != CUSTOM)
        if repeats and data != CUSTOM:
            self.rule.setText(data)
        self.horizon.setEnabled(repeats)
        self.until_label.setEnabled(repeats)
        self.changed.emit()

    def value(self) -> tuple[str, date] | None:
        """(rule, horizon) when the event repeats."""
        if not self.choice.currentData():
            return None
        return self.rule.text(), self.horizon.date().toPython()  # type: ignore[return-value]
