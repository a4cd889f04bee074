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
from models.org import Location, User, Zone
from models.patrol import PatrolEntry, PatrolEntryContact
from models.reports import Report
from models.search_index import ENTRY_FTS


def _entry_query() -> Any:
    """Entries with their officer's, zone's and location's names and the linked report number."""
    return (
        PatrolEntry.select(
            PatrolEntry,
            User.display_name.alias("officer_name"),
            Zone.name.alias("zone_name"),
            Location.name.alias("location_name"),
            Report.number.alias("report_number"),
        )
        .join(User, on=(PatrolEntry.officer == User.id))
        .switch(PatrolEntry)
        .join(Zone, JOIN.LEFT_OUTER, on=(PatrolEntry.zone == Zone.id))
        .switch(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
        .switch(PatrolEntry)
        .join(Report, JOIN.LEFT_OUTER, on=(PatrolEntry.report == Report.id))
    )


def _people_met(entry_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """The people met (contact id, name), by entry, in the order added, in one query."""
    met: dict[int, list[tuple[int, str]]] = {}
    if entry_ids:
        rows: Any = (
            PatrolEntryContact.select(PatrolEntryContact.entry, Contact.id, Contact.name)
            .join(Contact)
            .where(PatrolEntryContact.entry.in_(entry_ids))
            .order_by(PatrolEntryContact.id)
            .tuples()
        )
        for entry_id, contact_id, name in rows:
            met.setdefault(entry_id, []).append((contact_id, name))
    return met


def _entry_rows(rows: Any) -> list[EntryRow]:
    rows = list(rows)
    met = _people_met([r.id for r in rows])
    zone = office_zone()
    return [
        EntryRow(
            r.id,
            r.__data__["shift"],
            to_local(stored_datetime(r.at), zone),
            r.officer_name,
            r.zone_name or "",
            r.location_name or "",
            r.activity,
            r.observation,
            r.action_taken,
            r.__data__.get("report"),
            r.report_number or "",
            ", ".join(name for _, name in met.get(r.id, [])),
            tuple(met.get(r.id, [])),
        )
        for r in rows
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
        rows = _entry_rows(_entry_query().where(PatrolEntry.id == entry_id).objects())
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
        raw = list(query.order_by(*order).limit(limit + 1).objects())
        more = len(raw) > limit
        raw = raw[:limit]
        cursor = EntryCursor(stored_datetime(raw[-1].at), raw[-1].id) if more and raw else None
        return _entry_rows(raw), cursor
