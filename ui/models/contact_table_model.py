"""The contact directory's table model: paged from ContactDirectory by keyset."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.services.clock import now_local
from desktop_app.services.contact_directory import DirectoryRow
from desktop_app.vocabulary import CONTACT_KIND_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column, PagedTableModel
from ui.models.work_queue_model import follow_up_brush, follow_up_text, short_day
from ui.tasks import TaskRunner


def _last_contact(row: DirectoryRow) -> str:
    when: datetime | None = row.last_contact
    return short_day(when.date()) if when else "—"


def _follow_up_state(day: date | None) -> str:
    if day is None:
        return ""
    today = now_local().date()
    return "overdue" if day < today else "today" if day == today else "due"


def _follow_up(row: DirectoryRow) -> str:
    if row.follow_up_on is None:
        return ""
    return follow_up_text(_follow_up_state(row.follow_up_on), row.follow_up_on)


def _consent(row: DirectoryRow) -> str:
    return QCoreApplication.translate("ContactTableModel", "Yes") if row.consent else ""


COLUMNS: list[Column[DirectoryRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("columns", "Last contact"), _last_contact),
    Column(QT_TRANSLATE_NOOP("columns", "Next follow-up"), _follow_up),
    Column(
        QT_TRANSLATE_NOOP("columns", "Kind"),
        lambda r: vocabulary(label(CONTACT_KIND_LABELS, r.kind)),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda r: r.zone),
    Column(QT_TRANSLATE_NOOP("columns", "Roles"), lambda r: ", ".join(r.roles)),
    Column(QT_TRANSLATE_NOOP("columns", "Consent"), _consent),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP("columns", "Address"), lambda r: r.address),
]
WIDTHS = (190, 150, 130, 100, 160, 100, 110, 130, 70, 190)  # the last column stretches


class ContactTableModel(PagedTableModel[DirectoryRow]):
    """A follow-up past its day is dark red and says "Overdue", as in the work queue."""

    def __init__(self, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(COLUMNS, parent, runner)

    def style_data(self, row: DirectoryRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            state = _follow_up_state(row.follow_up_on)
            if state in ("overdue", "today"):
                return follow_up_brush(state)
        return None
