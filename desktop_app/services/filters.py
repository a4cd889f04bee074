"""The lists' filters, written once: equal values, office-local days, and a text search."""

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


def where_contains(query: Any, text: str, *columns: Any) -> Any:
    """query narrowed to rows where any of columns contains text, ignoring case; runs of spaces
    in text count as one, and blank text is no filter. The columns' tables must be joined."""
    words = " ".join(text.split())
    if not words:
        return query
    like = f"%{words}%"
    match = columns[0] ** like
    for column in columns[1:]:
        match = match | (column**like)
    return query.where(match)
