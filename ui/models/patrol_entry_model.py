"""Patrol entries as a table, fetched by keyset pages so a million rows open instantly."""

from __future__ import annotations

from typing import Any

from desktop_app.services.patrol import EntryRow
from desktop_app.vocabulary import ACTIVITY_LABELS
from ui.models.paged import Column, PagedTableModel


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


COLUMNS: list[Column[EntryRow]] = [
    Column("Time", lambda e: e.at.strftime("%d %b %Y %H:%M")),
    Column("Officer", lambda e: e.officer),
    Column("Zone", lambda e: e.zone),
    Column("Location", lambda e: e.location),
    Column("Activity", lambda e: ACTIVITY_LABELS.get(e.activity, e.activity)),
    Column("Observation", lambda e: _one_line(e.observation)),
    Column("Action taken", lambda e: _one_line(e.action_taken, 80)),
    Column("People met", lambda e: e.people_met),
    Column("Report", lambda e: e.report_number),
]


class PatrolEntryModel(PagedTableModel[EntryRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
