"""The report list's keyset pages: each page starts after the last row of the one before, in any of
the list's sorts, so a page 100,000 reports deep costs what the first one does (no OFFSET)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import Tuple, fn

from desktop_app.services.reports.numbering import NUMBER_ORDER
from models.org import Category, Location
from models.reports import Report

# What each sort orders by, before the id that breaks ties. A report without a category or a
# place sorts as an empty name: SQLite puts NULL first and PostgreSQL last, and a row-value
# comparison with NULL is never true, so a cursor could not step past one.
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "number": NUMBER_ORDER,
    "received_at": (Report.received_at,),
    "occurred_at": (Report.occurred_at,),
    "category": (fn.COALESCE(Category.name, ""),),
    "location": (fn.COALESCE(Location.name, ""),),
    "severity": (Report.severity,),
    "status": (Report.status,),
}
DEFAULT_SORT = "received_at"


@dataclass(frozen=True)
class ReportCursor:
    """Where the last page ended: its last row's sort values (as stored) and id."""

    values: tuple[Any, ...]
    id: int


def sort_key(sort: str) -> tuple[Any, ...]:
    """The expressions of a sort, unknown names falling back to the default."""
    return SORT_COLUMNS.get(sort) or SORT_COLUMNS[DEFAULT_SORT]


def keyset_page(
    query: Any, after: ReportCursor | None, limit: int, sort: str, descending: bool
) -> Any:
    """query (joined_reports(), filtered) as one page: the rows past after in the sort's order,
    one more than limit (to tell whether another page follows), each carrying its sort values
    (key_0, key_1, ...) for the next cursor. One row-value comparison, (key..., id) < (?..., ?):
    SQLite and PostgreSQL run it as a range search on an index that matches the sort."""
    columns = sort_key(sort)
    query = query.select_extend(*(c.alias(f"key_{i}") for i, c in enumerate(columns)))
    if after is not None:
        key, bound = Tuple(*columns, Report.id), Tuple(*after.values, after.id)
        query = query.where(key < bound if descending else key > bound)
        # Implied by the row values, and said again for SQLite: it seeks an index on
        # expressions (the number's) by its first column only, never by a row value.
        first, value = columns[0], after.values[0]
        query = query.where(first <= value if descending else first >= value)
    order = [c.desc() if descending else c.asc() for c in (*columns, Report.id)]
    return query.order_by(*order).limit(limit + 1)


def next_cursor(rows: list[Any], limit: int, sort: str) -> ReportCursor | None:
    """The cursor after the page's last row, or None when no row is past it."""
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    values = tuple(getattr(last, f"key_{i}") for i in range(len(sort_key(sort))))
    return ReportCursor(values, int(last.id))
