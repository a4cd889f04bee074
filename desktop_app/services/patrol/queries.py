"""Reading patrol entries: one entry, and the browse over every entry, page by page."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, Tuple

from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.errors import NotFound
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.patrol.types import EntryCursor, EntryFilter, EntryRow
from desktop_app.services.permissions import require
from desktop_app.services.search import where_matches
from desktop_app.services.session import Session
from models.contacts import Contact
from models.database import db
from models.org import Location, User, Zone
from models.patrol import PatrolEntry, PatrolEntryContact
from models.reports import Report
from models.search_index import ENTRY_FTS


def _entry_query() -> Any:
    """Entries with their officer's, zone's and location's names and the linked report number:
    the columns of an EntryRow, in its order, read as plain tuples (no model instances)."""
    return (
        PatrolEntry.select(
            PatrolEntry.id,
            PatrolEntry.shift,
            PatrolEntry.at,
            User.display_name,
            Zone.name,
            Location.name,
            PatrolEntry.activity,
            PatrolEntry.observation,
            PatrolEntry.action_taken,
            PatrolEntry.report,
            Report.number,
        )
        .join(User, on=(PatrolEntry.officer == User.id))
        .switch(PatrolEntry)
        .join(Zone, JOIN.LEFT_OUTER, on=(PatrolEntry.zone == Zone.id))
        .switch(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
        .switch(PatrolEntry)
        .join(Report, JOIN.LEFT_OUTER, on=(PatrolEntry.report == Report.id))
    )


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """query's rows straight from the database cursor (times as stored: text on SQLite)."""
    return list(db.execute_sql(*query.sql()).fetchall())


def _people_met(entry_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """The people met (contact id, name), by entry, in the order added, in one query. Written
    out: peewee builds a node per id, which for a page of 200 costs more than the query."""
    met: dict[int, list[tuple[int, str]]] = {}
    if entry_ids:
        link, contact = PatrolEntryContact._meta.table_name, Contact._meta.table_name
        marks = ", ".join([db.param] * len(entry_ids))
        rows = db.execute_sql(
            f"SELECT m.entry_id, c.id, c.name FROM {link} AS m JOIN {contact} AS c "
            f"ON c.id = m.contact_id WHERE m.entry_id IN ({marks}) ORDER BY m.id",
            entry_ids,
        )
        for entry_id, contact_id, name in rows:
            met.setdefault(entry_id, []).append((contact_id, name))
    return met


def _entry_rows(rows: list[tuple[Any, ...]]) -> list[EntryRow]:
    """Rows of _entry_query() as the lists show them, with the people met."""
    met = _people_met([r[0] for r in rows])
    zone = office_zone()
    return [
        EntryRow(
            entry_id,
            shift_id,
            to_local(stored_datetime(at), zone),
            officer,
            zone_name or "",
            location or "",
            activity,
            observation,
            action_taken,
            report_id,
            number or "",
            ", ".join(name for _, name in met.get(entry_id, [])),
            tuple(met.get(entry_id, [])),
        )
        for (
            entry_id,
            shift_id,
            at,
            officer,
            zone_name,
            location,
            activity,
            observation,
            action_taken,
            report_id,
            number,
        ) in rows
    ]


def _filtered(query: Any, flt: EntryFilter) -> Any:
    query = where_equal(
        query,
        (PatrolEntry.shift, flt.shift_id),
        (PatrolEntry.officer, flt.officer_id),
        (PatrolEntry.zone, flt.zone_id),
        (PatrolEntry.activity, flt.activity),
    )
    query = where_within_days(query, PatrolEntry.at, flt.date_from, flt.date_to)
    return where_matches(query, PatrolEntry.id, ENTRY_FTS, flt.text, index_order=True)


def _after(query: Any, after: EntryCursor | None, newest_first: bool) -> Any:
    """The entries past the cursor, in the page's order (time, then id). Written as one row-value
    comparison, (at, id) < (?, ?), which SQLite and PostgreSQL run as a range search on the index
    of at (SQLite's carries the id); the same test spelt with OR is a walk from the top."""
    if after is None:
        return query
    key, cursor = Tuple(PatrolEntry.at, PatrolEntry.id), Tuple(after.at, after.id)
    return query.where(key < cursor if newest_first else key > cursor)


class PatrolEntryQueries:
    """The entry reads of PatrolService."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def entry(self, entry_id: int) -> EntryRow:
        require(self.session, "patrol.read")
        rows = _entry_rows(_tuples(_entry_query().where(PatrolEntry.id == entry_id)))
        if not rows:
            raise NotFound(f"no patrol entry with id {entry_id}")
        return rows[0]

    def entries(
        self,
        flt: EntryFilter,
        after: EntryCursor | None = None,
        limit: int = 200,
        newest_first: bool = True,
    ) -> tuple[list[EntryRow], EntryCursor | None]:
        """A page of entries matching flt, and the cursor for the next page (None at the end)."""
        require(self.session, "patrol.read")
        query = _after(_filtered(_entry_query(), flt), after, newest_first)
        order = (
            (PatrolEntry.at.desc(), PatrolEntry.id.desc())
            if newest_first
            else (PatrolEntry.at.asc(), PatrolEntry.id.asc())
        )
        raw = _tuples(query.order_by(*order).limit(limit + 1))
        more = len(raw) > limit
        raw = raw[:limit]
        last = raw[-1] if more and raw else None
        cursor = EntryCursor(stored_datetime(last[2]), int(last[0])) if last else None
        return _entry_rows(raw), cursor
