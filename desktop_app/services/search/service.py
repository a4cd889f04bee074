"""SearchService: the best matches of what was typed among reports, patrol entries or contacts,
each as a short line's worth of facts (for `beacon search`), read with the session's rights."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN

from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.permissions import allowed, require
from desktop_app.services.search.filters import ranked
from desktop_app.services.session import Session
from desktop_app.vocabulary import SEARCH_KINDS
from models.contacts import Contact
from models.org import Category, Location, User
from models.patrol import PatrolEntry
from models.reports import Report
from models.search_index import CONTACT_FTS, ENTRY_FTS, REPORT_FTS

KINDS = SEARCH_KINDS


@dataclass(frozen=True)
class ReportHit:
    id: int
    number: str
    occurred_at: datetime  # office time
    category: str
    location: str
    narrative: str


@dataclass(frozen=True)
class EntryHit:
    id: int
    at: datetime  # office time
    officer: str
    location: str
    observation: str


@dataclass(frozen=True)
class ContactHit:
    id: int
    name: str
    organisation: str
    phone: str


Hit = ReportHit | EntryHit | ContactHit


def _ids(query: Any, id_column: Any, table: str, text: str, limit: int) -> list[int]:
    best = ranked(query, id_column, table, text)
    return [] if best is None else [row[0] for row in best.limit(limit).tuples()]


def _in_order(rows: dict[int, Any], ids: list[int]) -> list[Any]:
    return [rows[i] for i in ids if i in rows]


class SearchService:
    """The lists' indexed search, ranked: every word must match, each as a prefix."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, kind: str, text: str, limit: int = 20) -> list[Hit]:
        """The best matches of text among kind (one of KINDS), best first."""
        if kind == "entries":
            return list(self.entries(text, limit))
        if kind == "contacts":
            return list(self.contacts(text, limit))
        return list(self.reports(text, limit))

    def reports(self, text: str, limit: int = 20) -> list[ReportHit]:
        query = Report.select(Report.id)
        if not allowed(self.session.role, "report.read"):  # as the report list: own reports
            require(self.session, "report.read_own")
            query = query.where(Report.received_by == self.session.user_id)
        ids = _ids(query, Report.id, REPORT_FTS, text, limit)
        rows: Any = (
            Report.select(
                Report.id,
                Report.number,
                Report.occurred_at,
                Report.account,
                Category.name,
                Location.name,
            )
            .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
            .switch(Report)
            .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
            .where(Report.id.in_(ids))
            .tuples()
        )
        zone = office_zone()
        hits = {
            i: ReportHit(
                i, number, to_local(stored_datetime(at), zone), cat or "", loc or "", text_
            )
            for i, number, at, text_, cat, loc in rows
        }
        return _in_order(hits, ids)

    def entries(self, text: str, limit: int = 20) -> list[EntryHit]:
        require(self.session, "patrol.read")
        ids = _ids(PatrolEntry.select(PatrolEntry.id), PatrolEntry.id, ENTRY_FTS, text, limit)
        rows: Any = (
            PatrolEntry.select(
                PatrolEntry.id,
                PatrolEntry.at,
                User.display_name,
                Location.name,
                PatrolEntry.observation,
            )
            .join(User, on=(PatrolEntry.officer == User.id))
            .switch(PatrolEntry)
            .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
            .where(PatrolEntry.id.in_(ids))
            .tuples()
        )
        zone = office_zone()
        hits = {
            i: EntryHit(i, to_local(stored_datetime(at), zone), officer, loc or "", seen)
            for i, at, officer, loc, seen in rows
        }
        return _in_order(hits, ids)

    def contacts(self, text: str, limit: int = 20) -> list[ContactHit]:
        require(self.session, "contact.read")
        query = Contact.select(Contact.id).where(Contact.merged_into.is_null())
        ids = _ids(query, Contact.id, CONTACT_FTS, text, limit)
        rows: Any = (
            Contact.select(Contact.id, Contact.name, Contact.organisation, Contact.phone)
            .where(Contact.id.in_(ids))
            .tuples()
        )
        hits = {i: ContactHit(i, name, org, phone) for i, name, org, phone in rows}
        return _in_order(hits, ids)
