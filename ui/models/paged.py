"""A read-only table model that fetches its rows a page at a time, as the view scrolls."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.models.page_book import PageBook
from ui.tasks import TaskRunner

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
# fetch(state) -> (rows, next_state); next_state None means there are no more rows.
Fetch = Callable[[Any], tuple[Sequence[Row], Any]]
Done = Callable[[Any], None]
WANTED_PAGES = 4  # pages scrolled back to that wait to be fetched again (the newest first)


STYLE_ROLE = Qt.ItemDataRole.UserRole + 1  # how a row's text is drawn: "muted", "bold" or None


class RowStyleDelegate(QStyledItemDelegate):
    """Draws a row struck through ("muted": void) or bold ("bold": urgent) as the model's
    STYLE_ROLE says. The font is made here, not returned from data() for Qt's FontRole: with
    PySide6 6.12 a QFont returned from a Python model's data() crashed the next paint (a
    segfault in QAbstractItemModel::multiData), a string does not."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        style = index.data(STYLE_ROLE)
        if style in ("muted", "bold"):
            font = QFont(option.font)
            if style == "muted":
                font.setStrikeOut(True)
            else:
                font.setBold(True)
            option.font = font


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort_key: str | None = None  # the service's name for sorting by this column
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows come from a fetch function page by page (canFetchMore/fetchMore), never all at once.

    With a task runner, pages are fetched off the GUI thread, one fetch at a time, with a
    "Loading…" row at the end while one is on its way; what comes back for a source since
    replaced (a new filter or sort) is dropped. Only the pages used last keep their rows
    (PageBook): a page scrolled back to is fetched again from the cursor that fetched it, so
    scrolling through a million entries holds a few thousand cursors, not a million rows.
    Without a runner (short lists: users, pick-lists) the pages are fetched in place."""

    loaded = Signal()  # a page arrived: the first of a new source, or one more at the end
    failed = Signal(object)  # a background fetch raised this exception

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        runner: TaskRunner | None = None,
        keep_pages: int = 16,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.runner = runner
        self._book: PageBook[Row] = PageBook(keep_pages)
        self._fetch: Fetch[Row] | None = None
        self._next: Any = None
        self._more = False
        self._generation = 0  # bumped by every new source: older results are dropped
        self._busy = False  # a fetch is on its way
        self._loading_row = False
        self._pending_load: tuple[Fetch[Row], Callable[[], Any] | None, Done | None] | None = None
        self._want_more = False
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages to fetch again, last first
        self._pump_soon = False

    # ---- sources -----------------------------------------------------------------------------
    def set_source(self, fetch: Fetch[Row], first: tuple[Sequence[Row], Any] | None = None) -> None:
        """Start over with a new query; first is an already-fetched first page, else it is
        fetched here, on this thread (for short lists)."""
        self._generation += 1
        self._pending_load = None
        self._reset(fetch, first if first is not None else fetch(None))

    def load(
        self,
        fetch: Fetch[Row],
        extra: Callable[[], Any] | None = None,
        done: Done | None = None,
    ) -> None:
        """Start over with a new query, its first page fetched off the GUI thread together with
        extra() (a count, say); done(extra's value) once the new rows are in. The rows shown
        stay until then, and no more of them are fetched."""
        self._generation += 1
        self._pending_load = (fetch, extra, done)
        self._want_more = False
        self._wanted.clear()
        self._pump()

    def _reset(self, fetch: Fetch[Row], first: tuple[Sequence[Row], Any]) -> None:
        rows, state = first
        self.beginResetModel()
        self._fetch = fetch
        self._book.clear()
        if rows:
            self._book.append(None, rows)
        self._next = state
        self._more = state is not None
        self._loading_row = self._want_more = False
        self._wanted.clear()
        self.endResetModel()
        self.loaded.emit()

    # ---- fetching ----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._more
            and self._fetch is not None
            and self._pending_load is None
            and not self._want_more
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._want_more = True
        self._show_loading(True)
        self._pump()

    @property
    def fetching(self) -> bool:
        """A page is on its way (or waiting for the one on its way)."""
        return self._busy or self._pending_load is not None

    def _pump(self) -> None:
        """Start the next fetch wanted, unless one is on its way: a new source first, then pages
        scrolled back to, then the next page at the end."""
        self._pump_soon = False
        if self._busy:
            return
        if self._pending_load is not None:
            fetch, extra, done = self._pending_load
            self._pending_load = None
            self._run(
                lambda: (fetch(None), extra() if extra else None),
                lambda result: self._first_page(fetch, result, done),
            )
            return
        source = self._fetch
        if source is None:
            return
        page = self._next_wanted()
        if page is not None:
            state = self._book.state(page)
            self._run(lambda: source(state), lambda result: self._page_again(page, result))
        elif self._want_more:
            state = self._next
            self._run(lambda: source(state), lambda result: self._more_page(state, result))

    def _run(self, work: Callable[[], Any], landed: Callable[[Any], None]) -> None:
        self._busy = True
        generation = self._generation

        def finish(result: Any) -> None:
            self._busy = False
            if generation == self._generation:
                landed(result)
            self._pump()

        def fail(exc: BaseException) -> None:
            self._busy = False
            if generation == self._generation:
                self._more = self._want_more = False
                self._show_loading(False)
                self.failed.emit(exc)
            self._pump()

        if self.runner is None:
            try:
                result = work()
            except BaseException:
                self._busy = False
                raise
            finish(result)
        else:
            self.runner.submit(
                "list page", lambda progress: work(), on_result=finish, on_error=fail, owner=self
            )

    def _first_page(self, fetch: Fetch[Row], result: Any, done: Done | None) -> None:
        first, extra = result
        self._reset(fetch, first)
        if done is not None:
            done(extra)

    def _more_page(self, state: Any, result: tuple[Sequence[Row], Any]) -> None:
        rows, next_state = result
        self._next = next_state
        self._more = next_state is not None
        self._want_more = False
        self._show_loading(False)
        if rows:
            first = self._book.total
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._book.append(state, rows)
            self.endInsertRows()
        self.loaded.emit()

    def _page_again(self, page: int, result: tuple[Sequence[Row], Any]) -> None:
        rows, next_state = result
        if next_state != self._book.next_state(page, self._next):
            self._end_with(page, rows, next_state)
            return
        self._book.put(page, rows)
        self._changed(*self._book.span(page))

    def _end_with(self, page: int, rows: Sequence[Row], next_state: Any) -> None:
        """A page fetched again no longer ends where the next one starts (a record was added,
        or left the list, since): keeping the pages after it would skip or repeat rows, so they
        go, and are fetched again from this page's new end as the view scrolls on."""
        start, count = self._book.span(page)
        total = self._book.total
        if total > start + count:
            self.beginRemoveRows(QModelIndex(), start + count, total - 1)
            self._book.end_with(page, [None] * count)  # its rows: below
            self.endRemoveRows()
        if len(rows) > count:
            self.beginInsertRows(QModelIndex(), start + count, start + len(rows) - 1)
            self._book.end_with(page, rows)
            self.endInsertRows()
        elif len(rows) < count:
            self.beginRemoveRows(QModelIndex(), start + len(rows), start + count - 1)
            self._book.end_with(page, rows)
            self.endRemoveRows()
        else:
            self._book.end_with(page, rows)
        self._changed(start, min(count, len(rows)))
        self._next = next_state
        self._more = next_state is not None
        for later in [p for p in self._wanted if p > page]:
            del self._wanted[later]
        self.loaded.emit()

    def _changed(self, start: int, count: int) -> None:
        if count:
            last = self.index(start + count - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(start, 0), last)

    def _show_loading(self, shown: bool) -> None:
        """The "Loading…" row after the last, while the next page is on its way."""
        if shown == self._loading_row or self.runner is None:
            return
        row = self._book.total
        if shown:
            self.beginInsertRows(QModelIndex(), row, row)
            self._loading_row = True
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._loading_row = False
            self.endRemoveRows()

    def _next_wanted(self) -> int | None:
        while self._wanted:
            page, _ = self._wanted.popitem()
            if not self._book.held(page):
                return page
        return None

    def _want(self, row: int) -> None:
        """Fetch again, soon, the page of a row no longer held (the view has scrolled back)."""
        if self._pending_load is not None or self._fetch is None:
            return
        page = self._book.page_of(row)
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_PAGES:
            self._wanted.popitem(last=False)
        if not self._pump_soon:  # not from inside data(): the view may be painting
            self._pump_soon = True
            QTimer.singleShot(0, self, self._pump)

    # ---- rows --------------------------------------------------------------------------------
    @property
    def row_total(self) -> int:
        """Rows fetched so far (the "Loading…" row not counted)."""
        return self._book.total

    @property
    def rows(self) -> list[Row]:
        """The rows in memory, in order: every row of a list shorter than the pages kept."""
        return self._book.held_rows()

    def row_at(self, row: int) -> Row | None:
        """The row, or None: past the end, or on a page being fetched again."""
        held, value = self._book.get(row)
        if not held:
            self._want(row)
        return value

    def find_row(self, wanted: Callable[[Row], bool]) -> int | None:
        """The number of the first row in memory that is wanted."""
        return self._book.find(wanted)

    def replace_row(self, row: int, value: Row) -> None:
        """Show a changed record in place (after an edit) without reloading the list."""
        if self._book.replace(row, value):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # ---- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._book.total + int(self._loading_row)

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
        if not index.isValid() or not (0 <= index.column() < len(self.columns)):
            return None
        held, row = self._book.get(index.row())
        if not held or (self._loading_row and index.row() == self._book.total):
            if not held:
                self._want(index.row())
            return self._loading_data(index.column(), role)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.style_data(row, role)

    def _loading_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return QCoreApplication.translate("PagedTableModel", "Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.muted_brush()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._loading_row and index.isValid() and index.row() == self._book.total:
            return Qt.ItemFlag.ItemIsEnabled  # not a record: it cannot be selected
        return super().flags(index)

    def style_data(self, row: Row, role: int) -> Any:
        """Subclasses colour or strike rows here."""
        return None

    @staticmethod
    def muted_brush() -> QBrush:
        return QBrush(QColor("#777777"))
