"""A timeline (a contact's or a place's): newest first, a filter by kind, each line opening the
record it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.history import TimelineItem
from desktop_app.services.timeline import TIMELINE_KINDS
from desktop_app.vocabulary import TIMELINE_KIND_LABELS, label
from ui.i18n import vocabulary

WHEN, KIND, WHAT, DETAIL = range(4)
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    """The lines of one timeline, as the service gave them (newest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[TimelineItem, ...] = ()
        self.headers = (self.tr("When"), self.tr("Kind"), self.tr("What"), self.tr("Detail"))

    def set_items(self, items: tuple[TimelineItem, ...]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                item.at.strftime("%d %b %Y %H:%M"),
                vocabulary(label(TIMELINE_KIND_LABELS, item.kind)),
                item.title,
                item.detail,
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class TimelineView(QWidget):
    """The filter by kind above the lines; Enter or a double click opens a line's record."""

    kind_changed = Signal(object)  # the kinds to show (a frozenset), or None for every kind
    item_opened = Signal(object)  # TimelineItem

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName(f"{name}Kind")
        self.kind.setAccessibleName(self.tr("Show"))
        self.kind.addItem(self.tr("Everything"), None)
        for kind in TIMELINE_KINDS:
            self.kind.addItem(vocabulary(label(TIMELINE_KIND_LABELS, kind)), kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        shown = QLabel(self.tr("&Show:"))
        shown.setBuddy(self.kind)
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        bar.addWidget(shown)
        bar.addWidget(self.kind)
        bar.addWidget(self.note, 1)
        layout.addLayout(bar)
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves: a line opens whole, no cells to visit
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)

    def kinds(self) -> frozenset[str] | None:
        kind = self.kind.currentData()
        return None if kind is None else frozenset({kind})

    def show_items(self, items: tuple[TimelineItem, ...], note: str = "") -> None:
        self.model.set_items(items)
        self.note.setText(note)
        self.table.resizeColumnToContents(WHEN)
        self.table.resizeColumnToContents(KIND)
        self.table.setColumnWidth(WHAT, min(max(self.table.columnWidth(WHAT), 220), 380))

    def set_kinds_allowed(self, kinds: frozenset[str]) -> None:
        """Only the kinds this reader may see are offered."""
        for row in range(1, self.kind.count()):
            view: Any = self.kind.view()
            view.setRowHidden(row, self.kind.itemData(row) not in kinds)

    def _kind_chosen(self, _row: int) -> None:
        self.kind_changed.emit(self.kinds())

    def _open(self, index: QModelIndex) -> None:
        item = self.model.data(index, Qt.ItemDataRole.UserRole)
        if item is not None:
            self.item_opened.emit(item)
