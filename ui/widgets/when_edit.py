"""A date and time typed as one piece ("27/11/2026 14:30"), read the way the computer's locale
writes dates, shown back unambiguously ("27 Nov 2026 14:30"); a bad value is said at the field
and the typing stays."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.services.clock import now_local

_TIME = re.compile(
    r"^(?P<date>.*?)[\s,]*(?P<h>\d{1,2})[:.h](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m?\.?)?$"
)
_ISO_T = re.compile(r"(?<=\d)t(?=\d)")  # 2026-11-27T14:30
_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})(?:[-/.](?P<y>\d{2}|\d{4}))?$")
_WORDS = re.compile(r"^(?P<d>\d{1,2})\.?\s+(?P<mo>[^\W\d_]+)\.?,?\s*(?P<y>\d{4})?$")
_WORDS_US = re.compile(r"^(?P<mo>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s*(?P<y>\d{4})?$")


def month_names(locale: QLocale) -> dict[str, int]:
    """Month names and abbreviations, the locale's and English, folded for matching."""
    names: dict[str, int] = {}
    english = QLocale(QLocale.Language.English)
    for month in range(1, 13):
        for loc in (english, locale):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names[loc.monthName(month, kind).casefold().rstrip(".")] = month
    return names


def date_order(locale: QLocale) -> str:
    """ "dmy", "mdy" or "ymd": how the locale writes a short date (03/04 is 3 April or 4 March)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = sorted((short.find(c), c) for c in "dMy" if c in short)
    order = "".join(c for _, c in positions).lower()
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


NUMERIC = {"dmy": "dd/MM/yyyy", "mdy": "MM/dd/yyyy", "ymd": "yyyy-MM-dd"}
TIMES = {"dmy": "14:30", "mdy": "2:30 pm", "ymd": "14:30"}
SHOWN_DAY = "d MMM yyyy"  # the month as a word: 03/04 can be read two ways, 3 Apr cannot
DAYS_AGO = {"today": 0, "yesterday": 1}  # what people say at a desk: "yesterday 14:30"


def parse_when(text: str, today: date, day_first: bool, months: dict[str, int]) -> datetime:
    """The moment typed, to the minute; ValueError when it names none. A time alone is today;
    a date without a year is this year."""
    found = _TIME.match(_ISO_T.sub(" ", " ".join(text.split()).casefold()))
    if found is None:
        raise ValueError(text)
    hour, minute = int(found["h"]), int(found["m"])
    if found["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if found["ampm"].startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    day = _date(found["date"].strip(" ,"), today, day_first, months)
    return datetime(day.year, day.month, day.day, hour, minute)


def _date(text: str, today: date, day_first: bool, months: dict[str, int]) -> date:
    if not text:
        return today
    if text in DAYS_AGO:
        return today - timedelta(days=DAYS_AGO[text])
    if found := _ISO.match(text):
        return date(int(found["y"]), int(found["mo"]), int(found["d"]))
    if found := _NUMERIC.match(text):
        first, second = int(found["a"]), int(found["b"])
        day, month = (first, second) if day_first else (second, first)
        return date(_year(found["y"], today), month, day)
    for pattern in (_WORDS, _WORDS_US):
        if (found := pattern.match(text)) and found["mo"] in months:
            return date(_year(found["y"], today), months[found["mo"]], int(found["d"]))
    raise ValueError(text)


def _year(typed: str | None, today: date) -> int:
    if not typed:
        return today.year
    return int(typed) + (2000 if len(typed) == 2 else 0)


class WhenEdit(QLineEdit):
    """value() is the moment typed, or None while the text names none (problem says why)."""

    problem = Signal(str)  # the message for the field; "" when the value is good again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_ = QLocale()
        order = date_order(self.locale_)
        self.day_first = order != "mdy"  # a year-first date is read by its own pattern
        self.months = month_names(self.locale_)
        today = now_local().date()
        day = QDate(today.year, today.month, today.day)
        # As the field shows a time (28 Nov 2026 14:30), and as it is quickest typed.
        self.example = f"{self.locale_.toString(day, SHOWN_DAY)} 14:30"
        self.numeric = f"{self.locale_.toString(day, NUMERIC[order])} {TIMES[order]}"
        self.complained = False  # a message of ours is shown (the save's own are left alone)
        self.setPlaceholderText(self.tr("e.g. {0}").format(self.example))
        self.setToolTip(
            self.tr(
                "Type the date and time in one go, e.g. {0} or {1}; a time alone means today, "
                "and “yesterday 14:30” works too."
            ).format(self.example, self.numeric)
        )
        self.editingFinished.connect(self.check)

    def value(self) -> datetime | None:
        try:
            return parse_when(self.text(), now_local().date(), self.day_first, self.months)
        except ValueError:
            return None

    def set_value(self, value: datetime) -> None:
        day = self.locale_.toString(QDate(value.year, value.month, value.day), SHOWN_DAY)
        shown = f"{day} {value:%H:%M}"
        if shown != self.text():  # unchanged text is no edit
            self.setText(shown)
        if self.complained:
            self.complained = False
            self.problem.emit("")

    def message(self) -> str:
        """What is wrong with the text, for the field's error line ("" when nothing is)."""
        if self.value() is not None:
            return ""
        if not self.text().strip():
            return self.tr("Say when it happened, e.g. {0}").format(self.example)
        return self.tr("“{0}” is not a date and time: type it like {1} or {2}").format(
            self.text().strip(), self.example, self.numeric
        )

    @Slot()
    def check(self) -> None:
        """On leaving the field: a good value shown back in full, a bad one named (kept)."""
        value = self.value()
        if value is not None:
            self.set_value(value)
        else:
            self.complained = True
            self.problem.emit(self.message())
