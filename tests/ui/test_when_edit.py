"""The time of a report typed in one piece: the ways people write it, and what is refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.widgets.when_edit import WhenEdit, date_order, month_names, parse_when

TODAY = date(2026, 3, 1)
MONTHS = month_names(QLocale(QLocale.Language.English))


@pytest.mark.parametrize(
    ("typed", "day_first", "meant"),
    [
        ("27/11/2025 14:30", True, datetime(2025, 11, 27, 14, 30)),
        ("27.11.2025 14.30", True, datetime(2025, 11, 27, 14, 30)),
        ("2025-11-27T14:30", True, datetime(2025, 11, 27, 14, 30)),
        ("27 Nov 2025  14:30", True, datetime(2025, 11, 27, 14, 30)),
        ("27 oct 14:30", True, datetime(2026, 10, 27, 14, 30)),
        ("Nov 27, 2025 2:30 pm", False, datetime(2025, 11, 27, 14, 30)),
        ("11/27/2025 12:05 am", False, datetime(2025, 11, 27, 0, 5)),
        ("03/04/26 9:05", True, datetime(2026, 4, 3, 9, 5)),
        ("03/04/26 9:05", False, datetime(2026, 3, 4, 9, 5)),
        ("14:30", True, datetime(2026, 3, 1, 14, 30)),
        ("yesterday 14:30", True, datetime(2026, 2, 28, 14, 30)),
        ("Today 9:15", False, datetime(2026, 3, 1, 9, 15)),
    ],
)
def test_the_usual_ways_of_writing_a_time_are_read(typed, day_first, meant):
    assert parse_when(typed, TODAY, day_first, MONTHS) == meant


@pytest.mark.parametrize(
    "typed", ["", "yesterday", "31/02/2026 14:30", "27/11/2025 25:00", "13:30 pm", "27 Foo 10:00"]
)
def test_what_names_no_moment_is_refused(typed):
    with pytest.raises(ValueError):
        parse_when(typed, TODAY, True, MONTHS)


def test_the_order_of_day_and_month_follows_the_locale():
    assert date_order(QLocale("en_US")) == "mdy"
    assert date_order(QLocale("en_GB")) == "dmy"
    assert date_order(QLocale("sv_SE")) == "ymd"


def test_the_message_shows_the_time_written_as_the_field_shows_it(qtbot, database):
    edit = WhenEdit()
    qtbot.addWidget(edit)
    edit.set_value(datetime(2026, 11, 28, 14, 30))
    shown = edit.text()
    assert shown == "28 Nov 2026 14:30"
    edit.setText("31/02 25:00")
    message = edit.message()
    example = message.split("type it like ", 1)[1]
    first = example.split(" or ")[0]
    assert parse_when(first, TODAY, True, MONTHS) is not None
    assert first.count(" ") == shown.count(" ")  # "28 Nov 2026 14:30", as the field writes it
    assert " or " in example and "/" in example.split(" or ")[1]
