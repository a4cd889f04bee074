"""The lists' filters, written once: equal values and office-local days (their text search is
the search index's: desktop_app.services.search)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.services.clock import local_day_bounds


def where_equal(query: Any, *pairs: tuple[Any, object]) -> Any:
    """query narrowed to rows whose column equals the value, for each (column, value) pair;
    an empty value (None, 0, "") is no filter: the list's "any" choice."""
    for column, value in pairs:
        if value:
            query = query.where(column == value)
    return query


def where_within_days(query: Any, column: Any, first: date | None, last: date | None) -> Any:
    """query narrowed to rows whose stored (UTC) time falls on office-local days first..last,
    both included; either end may be open."""
    if first:
        query = query.where(column >= local_day_bounds(first)[0])
    if last:
        query = query.where(column < local_day_bounds(last)[1])
    return query
