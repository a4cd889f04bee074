"""The report list's keyset pages: each page starts after the last row of the one before, in any of
the list's sorts, so a page 100,000 reports deep costs what the first one does (no OFFSET)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from peewee import JOIN, Tuple, fn

from desktop_app.services.reports.numbering import NUMBER_ORDER, number_order
from models.contacts import Contact
from models.org import Category, Location, User, Zone
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


class ListedReport(NamedTuple):
    """A row of listed_reports() as the database returns it (times as stored: text on SQLite)."""

    id: int
    number: str
    received_at: Any
    occurred_at: Any
    category: str | None
    location: str | None
    zone: str | None
    severity: str
    status: str
    anonymous: Any
    reporter: str | None
    assigned_officer: str | None
    follow_up_due: Any
    account: str


# A sort's values, as SORT_COLUMNS computes them in SQL, from a listed row.
SORT_VALUES: dict[str, Callable[[ListedReport], tuple[Any, ...]]] = {
    "number": lambda r: number_order(r.number),
    "received_at": lambda r: (Report.received_at.python_value(r.received_at),),
    "occurred_at": lambda r: (Report.occurred_at.python_value(r.occurred_at),),
    "category": lambda r: (r.category or "",),
    "location": lambda r: (r.location or "",),
    "severity": lambda r: (r.severity,),
    "status": lambda r: (r.status,),
}


def listed_reports() -> Any:
    """Reports with the columns the list shows and no more, in ListedReport's order: read as
    plain tuples, a page builds no model instances."""
    assigned = User.alias("assigned")
    query = Report.select(
        Report.id,
        Report.number,
        Report.received_at,
        Report.occurred_at,
        Category.name,
        Location.name,
        Zone.name,
        Report.severity,
        Report.status,
        Report.anonymous,
        Contact.name,
        assigned.display_name,
        Report.follow_up_due,
        Report.account,
    )
    return with_names(query, assigned)


def with_names(query: Any, assigned: Any, taken: Any = None) -> Any:
    """query joined (left) to what a report's ids name: category, location, zone, reporting
    contact, assigned officer (the alias given), and the user who took it when taken is given."""
    for model, on in (
        (Category, Report.category == Category.id),
        (Location, Report.location == Location.id),
        (Zone, Report.zone == Zone.id),
        (Contact, Report.reporter == Contact.id),
        *(((taken, Report.received_by == taken.id),) if taken is not None else ()),
        (assigned, Report.assigned_officer == assigned.id),
    ):
        query = query.switch(Report).join(model, JOIN.LEFT_OUTER, on=on)
    return query


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
    """query (listed_reports() or joined_reports(), filtered) as one page: the rows past after
    in the sort's order, one more than limit (to tell whether another page follows). One
    row-value comparison, (key..., id) < (?..., ?): SQLite and PostgreSQL run it as a range
    search on an index that matches the sort."""
    columns = sort_key(sort)
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
    """The cursor after the page's last row (rows of listed_reports(), as tuples), or None when
    no row is past it."""
    if len(rows) <= limit:
        return None
    last = ListedReport(*rows[limit - 1])
    values = SORT_VALUES.get(sort) or SORT_VALUES[DEFAULT_SORT]
    return ReportCursor(values(last), int(last.id))
