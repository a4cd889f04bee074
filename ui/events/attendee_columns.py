"""The columns of an event's people, shared by the attendance panel and the check-in page."""

from __future__ import annotations

from desktop_app.services.event_attendance import Attendee
from desktop_app.vocabulary import ATTENDANCE_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column


def _checked_in(a: Attendee) -> str:
    return a.checked_in_at.strftime("%H:%M") if a.checked_in_at else ""


def _status(a: Attendee) -> str:
    text = vocabulary(label(ATTENDANCE_LABELS, a.status))
    return f"✔ {text}" if a.status == "attended" else text  # a mark as well as the word


ATTENDEE_COLUMNS: list[Column[Attendee]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), _status),
    Column(QT_TRANSLATE_NOOP("columns", "Checked in"), _checked_in),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda a: a.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda a: a.phone),
]


def matches(row: Attendee, typed: str) -> bool:
    return row.matches(typed)
