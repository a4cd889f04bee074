"""The rows of one pick-list as the pick-lists dialog shows them: retired entries greyed and
marked "(retired)"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.services.picklists import PickEntry
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.paged import Column, PagedTableModel


def shown_name(entry: PickEntry) -> str:
    """The name as the lists show it: a retired one says so."""
    if entry.active:
        return entry.name
    return QCoreApplication.translate("PickEntryModel", "{0} (retired)").format(entry.name)


class PickEntryModel(PagedTableModel[PickEntry]):
    """One pick-list; retired entries greyed."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        columns: list[Column[PickEntry]] = [
            Column(QT_TRANSLATE_NOOP("columns", "Name"), shown_name)
        ]
        if kind == "location":
            columns.append(Column(QT_TRANSLATE_NOOP("columns", "Zone"), lambda e: e.zone_name))
        super().__init__(columns, parent)

    def style_data(self, row: PickEntry, role: int) -> Any:
        if not row.active and role == Qt.ItemDataRole.ForegroundRole:
            return self.muted_brush()
        return None
