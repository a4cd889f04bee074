"""Where each page of a long list starts and how to fetch it again, and the rows of the few pages
last used: a list a million rows long holds a few thousand page starts, not a million rows."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

Row = TypeVar("Row")


class PageBook(Generic[Row]):
    """Pages in list order. Each is remembered by its first row's number and the fetch state
    (keyset cursor) that fetched it, so a page dropped from memory comes back by fetching from
    the same state again; only the keep pages used last hold their rows."""

    def __init__(self, keep: int = 16) -> None:
        self.keep = max(1, keep)
        self.clear()

    def clear(self) -> None:
        self._starts = array("q")  # first row of each page
        self._states: list[Any] = []  # what fetch was given for each page
        self._rows: OrderedDict[int, list[Row | None]] = OrderedDict()  # page -> rows, LRU order
        self.total = 0

    # ---- pages -------------------------------------------------------------------------------
    @property
    def pages(self) -> int:
        return len(self._starts)

    def append(self, state: Any, rows: Sequence[Row]) -> int:
        """A new last page, fetched from state; returns its number."""
        page = len(self._starts)
        self._starts.append(self.total)
        self._states.append(state)
        self.total += len(rows)
        self._hold(page, list(rows))
        return page

    def page_of(self, row: int) -> int:
        return bisect_right(self._starts, row) - 1

    def span(self, page: int) -> tuple[int, int]:
        """The page's first row and how many rows it has."""
        start = self._starts[page]
        end = self._starts[page + 1] if page + 1 < len(self._starts) else self.total
        return start, end - start

    def state(self, page: int) -> Any:
        return self._states[page]

    def held(self, page: int) -> bool:
        return page in self._rows

    def put(self, page: int, rows: Sequence[Row]) -> None:
        """A page fetched again: as many rows as it had before (rows since added past its end
        belong to the next page; a row since removed leaves a gap)."""
        count = self.span(page)[1]
        fitted: list[Row | None] = list(rows[:count])
        fitted += [None] * (count - len(fitted))
        self._hold(page, fitted)

    def next_state(self, page: int, after_last: Any) -> Any:
        """The state the page after this one was fetched from (after_last for the last page):
        where a page fetched again must end if the list has not changed around it."""
        return self._states[page + 1] if page + 1 < len(self._states) else after_last

    def end_with(self, page: int, rows: Sequence[Row | None]) -> None:
        """The page, fetched again, ends the list with rows (the list changed around it: the
        pages after it no longer start where it ends, so they are let go, to be fetched again
        from where it ends now)."""
        del self._starts[page + 1 :]
        del self._states[page + 1 :]
        for later in [p for p in self._rows if p > page]:
            del self._rows[later]
        self.total = self._starts[page] + len(rows)
        self._hold(page, list(rows))

    def _hold(self, page: int, rows: list[Row | None]) -> None:
        self._rows[page] = rows
        self._rows.move_to_end(page)
        while len(self._rows) > self.keep:
            self._rows.popitem(last=False)

    # ---- rows --------------------------------------------------------------------------------
    def get(self, row: int) -> tuple[bool, Row | None]:
        """(held?, the row): a row of a page not held is (False, None)."""
        if not 0 <= row < self.total:
            return True, None
        page = self.page_of(row)
        rows = self._rows.get(page)
        if rows is None:
            return False, None
        self._rows.move_to_end(page)
        return True, rows[row - self._starts[page]]

    def replace(self, row: int, value: Row) -> bool:
        page = self.page_of(row) if 0 <= row < self.total else -1
        rows = self._rows.get(page)
        if rows is None:
            return False
        rows[row - self._starts[page]] = value
        return True

    def held_rows(self) -> list[Row]:
        """The rows in memory, in list order (every row of a list shorter than keep pages)."""
        return [r for page in sorted(self._rows) for r in self._rows[page] if r is not None]

    def find(self, wanted: Callable[[Row], bool]) -> int | None:
        """The number of the first row in memory that is wanted."""
        for page in sorted(self._rows):
            for offset, row in enumerate(self._rows[page]):
                if row is not None and wanted(row):
                    return self._starts[page] + offset
        return None
