"""A read-only table model that fetches its rows a page at a time, as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
# fetch(state) -> (rows, next_state); next_state None means there are no more rows.
Fetch = Callable[[Any], tuple[Sequence[Row], Any]]


_FONTS: dict[str, QFont] = {}


def _font(kind: str) -> QFont:
    """One font per kind, made once: data() runs for every cell of every paint, and PySide6
    6.12 on Python 3.11 drops a reference to None on each call of a setter such as setBold
    (the interpreter aborts at exit once None's count runs out)."""
    font = _FONTS.get(kind)
    if font is None:
        font = _FONTS[kind] = QFont()
        if kind == "muted":
            font.setStrikeOut(True)
        else:
            font.setBold(True)
    return font


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort_key: str | None = None  # the service's name for sorting by this column
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows come from a fetch function page by page (canFetchMore/fetchMore), never all at once."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._fetch: Fetch[Row] | None = None
        self._next: Any = None
        self._more = False

    # ---- loading -----------------------------------------------------------------------------
    def set_source(self, fetch: Fetch[Row], first: tuple[Sequence[Row], Any] | None = None) -> None:
        """Start over with a new query; first is an already-fetched first page (from a worker)."""
        self.beginResetModel()
        self._fetch = fetch
        rows, state = first if first is not None else fetch(None)
        self.rows = list(rows)
        self._next = state
        self._more = state is not None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows, state = self._fetch(self._next)
        self._next = state
        self._more = state is not None
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def replace_row(self, row: int, value: Row) -> None:
        """Show a changed record in place (after an edit) without reloading the list."""
        if 0 <= row < len(self.rows):
            self.rows[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # ---- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("columns", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.style_data(row, role)

    def style_data(self, row: Row, role: int) -> Any:
        """Subclasses colour or strike rows here."""
        return None

    @staticmethod
    def muted_font() -> QFont:
        return _font("muted")

    @staticmethod
    def bold_font() -> QFont:
        return _font("bold")

    @staticmethod
    def muted_brush() -> QBrush:
        return QBrush(QColor("#777777"))
