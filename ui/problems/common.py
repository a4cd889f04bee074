"""What the Problems pages share: the pick-lists their forms offer (read once, off the GUI
thread), the words for stages and results, days as people read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QLabel, QTableWidget

from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from desktop_app.vocabulary import PROBLEM_RESULT_LABELS, PROBLEM_STAGE_LABELS
from ui.i18n import vocabulary


@dataclass(frozen=True)
class Choices:
    """The pick-lists of the board's filters and the problem form: (id, name) pairs."""

    zones: tuple[tuple[int, str], ...] = ()
    locations: tuple[tuple[int, str], ...] = ()
    coordinators: tuple[tuple[int, str], ...] = ()


def load_choices(session: Session) -> Choices:
    """Run on a worker: zones, places and the officers and managers who may coordinate."""
    picklists = PicklistService(session)
    return Choices(
        tuple((z.id, z.name) for z in picklists.zones()),
        tuple((loc.id, loc.name) for loc in picklists.locations()),
        tuple((u.id, u.display_name) for u in UserService(session).officers()),
    )


def stage_label(stage: str) -> str:
    return vocabulary(PROBLEM_STAGE_LABELS.get(stage, stage))


def result_label(result: str) -> str:
    return vocabulary(PROBLEM_RESULT_LABELS.get(result, result))


def day_text(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else ""


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, accessible: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setDate(qdate(value))
    return edit


def message_label(name: str) -> QLabel:
    """A line for what a write refused that belongs to no field, hidden until then."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table
