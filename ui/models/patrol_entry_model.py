"""Patrol entries as a table, fetched by keyset pages so a million rows open instantly."""

from __future__ import annotations

from typing import Any

from desktop_app.services.patrol import EntryRow
from desktop_app.vocabulary import ACTIVITY_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column, PagedTableModel
from ui.tasks import TaskRunner


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


COLUMNS: list[Column[EntryRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Time"), lambda e: e.at.strftime("%d %b %Y %H:%M")),
    Column(QT_TRANSLATE_NOOP("columns", "Officer"), lambda e: e.officer),
    Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda e: e.zone),
    Column(QT_TRANSLATE_NOOP("columns", "Location"), lambda e: e.location),
    Column(
        QT_TRANSLATE_NOOP("columns", "Activity"),
        lambda e: vocabulary(label(ACTIVITY_LABELS, e.activity)),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Observation"), lambda e: _one_line(e.observation)),
    Column(QT_TRANSLATE_NOOP("columns", "Action taken"), lambda e: _one_line(e.action_taken, 80)),
    Column(QT_TRANSLATE_NOOP("columns", "People met"), lambda e: e.people_met),
    Column(QT_TRANSLATE_NOOP("columns", "Report"), lambda e: e.report_number),
]


class PatrolEntryModel(PagedTableModel[EntryRow]):
    def __init__(self, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(COLUMNS, parent, runner)
