"""Finding reports again: the list (filtered, sorted, paged), a number in text, one report."""

from __future__ import annotations

from typing import Any

from peewee import JOIN

from desktop_app.services.audit_words import AuditWords
from desktop_app.services.clock import office_zone, to_local
from desktop_app.services.errors import NotFound
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.permissions import allowed, require
from desktop_app.services.reports.numbering import NUMBER_IN_TEXT
from desktop_app.services.reports.paging import (
    DEFAULT_SORT,
    ReportCursor,
    keyset_page,
    next_cursor,
)
from desktop_app.services.reports.supplements import report_supplements, supplement_counts
from desktop_app.services.reports.types import (
    HistoryRow,
    PersonRow,
    ReportDetail,
    ReportFilter,
    ReportRow,
)
from desktop_app.services.search import where_matches
from desktop_app.services.session import Session
from models.audit import AuditEntry
from models.contacts import Contact
from models.org import Category, Location, User, Zone
from models.reports import Report, ReportPerson
from models.search_index import REPORT_FTS


def joined_reports() -> Any:
    """Reports with the names the list, the detail and the export show beside them."""
    taken, assigned = User.alias("taken"), User.alias("assigned")
    return (
        Report.select(
            Report,
            Category.name.alias("category_name"),
            Location.name.alias("location_name"),
            Zone.name.alias("zone_name"),
            Contact.name.alias("reporter_name"),
            Contact.phone.alias("reporter_phone"),
            taken.display_name.alias("taken_name"),
            assigned.display_name.alias("assigned_name"),
        )
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
        .switch(Report)
        .join(Zone, JOIN.LEFT_OUTER, on=(Report.zone == Zone.id))
        .switch(Report)
        .join(Contact, JOIN.LEFT_OUTER, on=(Report.reporter == Contact.id))
        .switch(Report)
        .join(taken, JOIN.LEFT_OUTER, on=(Report.received_by == taken.id))
        .switch(Report)
        .join(assigned, JOIN.LEFT_OUTER, on=(Report.assigned_officer == assigned.id))
    )


def filtered(query: Any, flt: ReportFilter) -> Any:
    """query narrowed by the list's filter; its text is looked up in the search index."""
    query = where_within_days(query, Report.occurred_at, flt.date_from, flt.date_to)
    query = where_equal(
        query,
        (Report.category, flt.category_id),
        (Report.status, flt.status),
        (Report.zone, flt.zone_id),
        (Report.assigned_officer, flt.assigned_officer_id),
    )
    if flt.unassigned:
        query = query.where(Report.assigned_officer.is_null())
    return where_matches(query, Report.id, REPORT_FTS, flt.text)


def report_row(r: Any, supplements: int = 0) -> ReportRow:
    """A row of joined_reports() as the list shows it (with its number of supplements)."""
    summary = " ".join(r.account.split())
    return ReportRow(
        r.id,
        r.number,
        to_local(r.received_at),
        to_local(r.occurred_at),
        getattr(r, "category_name", None) or "—",
        getattr(r, "location_name", None) or "—",
        getattr(r, "zone_name", None) or "",
        r.severity,
        r.status,
        "Anonymous" if r.anonymous else (getattr(r, "reporter_name", None) or ""),
        getattr(r, "assigned_name", None) or "",
        r.follow_up_due,
        summary[:140] + ("…" if len(summary) > 140 else ""),
        supplements,
    )


def people_involved(report_id: int) -> tuple[PersonRow, ...]:
    """The report's people, contacts with their address and phone, in the order added."""
    people = []
    for p in (
        ReportPerson.select(ReportPerson, Contact)
        .join(Contact, JOIN.LEFT_OUTER)
        .where(ReportPerson.report == report_id)
        .order_by(ReportPerson.id)
    ):
        contact = p.contact if p.__data__.get("contact") else None
        people.append(
            PersonRow(
                p.role,
                contact.id if contact else None,
                contact.name if contact else p.name,
                " · ".join(x for x in ((contact.address, contact.phone) if contact else ()) if x),
                p.description,
            )
        )
    return tuple(people)


def report_history(report_id: int, people_by_name: bool = False) -> tuple[HistoryRow, ...]:
    """The report's audit entries, oldest first, each with what it changed (names, labels).
    people_by_name: who, and users in the changes, by display name (for documents), not
    username."""
    entries = list(
        AuditEntry.select()
        .where((AuditEntry.record_type == "report") & (AuditEntry.record_id == str(report_id)))
        .order_by(AuditEntry.id)
    )
    words = AuditWords(entries, office_zone(), people_by_name)
    names: dict[str, str] = {}
    if people_by_name and entries:
        usernames = {e.username for e in entries}
        found: Any = (
            User.select(User.username, User.display_name)
            .where(User.username.in_(usernames))
            .tuples()
        )
        names = {username: shown for username, shown in found if shown}
    return tuple(
        HistoryRow(
            to_local(e.at),
            names.get(e.username, e.username),
            e.action,
            _described(e, words),
        )
        for e in entries
    )


def _described(entry: AuditEntry, words: AuditWords) -> str:
    """What one history line changed; a file attached is named (its entry has no 'before')."""
    if entry.before:
        return words.changes(entry)
    if entry.action == "attach":
        return str(words.values[entry.id][1].get("filename", ""))
    return ""


def _reporter_details(reporter_id: int | None) -> str:
    if not reporter_id:
        return ""
    c = Contact.get_by_id(reporter_id)
    return " · ".join(p for p in (c.name, c.address, c.phone, c.email) if p)


class ReportQueries:
    """The reads of ReportService: what this session may see of the reports."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _scope(self, query: Any) -> Any:
        if allowed(self.session.role, "report.read"):
            return query
        require(self.session, "report.read_own")
        return query.where(Report.received_by == self.session.user_id)

    def count(self, flt: ReportFilter) -> int:
        # No joins: the text is matched in the search index, the same subquery as the list's.
        return int(filtered(self._scope(Report.select(Report.id)), flt).count())

    def list(
        self,
        flt: ReportFilter,
        after: ReportCursor | None = None,
        limit: int = 200,
        sort: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> tuple[list[ReportRow], ReportCursor | None]:
        """A page of the reports matching flt in the sort's order, starting after the cursor,
        and the cursor for the next page (None at the end)."""
        query = filtered(self._scope(joined_reports()), flt)
        rows = list(keyset_page(query, after, limit, sort, descending).objects())
        cursor = next_cursor(rows, limit, sort)
        rows = rows[:limit]
        corrected = supplement_counts(r.id for r in rows)
        return [report_row(r, corrected.get(r.id, 0)) for r in rows], cursor

    def find_number(self, text: str) -> int | None:
        """The id of the report whose number appears in text, if the user may see it."""
        found = NUMBER_IN_TEXT.search(text or "")
        if not found:
            return None
        query = self._scope(Report.select(Report.id)).where(Report.number == found.group(0).upper())
        row = query.first()
        return int(row.id) if row else None

    def get(self, report_id: int) -> ReportDetail:
        query = self._scope(joined_reports()).where(Report.id == report_id)
        r = query.objects().first()
        if r is None:
            raise NotFound(f"no report with id {report_id}")
        supplements = report_supplements(report_id)
        return ReportDetail(
            report_row(r, len(supplements)),
            r.source,
            getattr(r, "taken_name", None) or "not recorded (imported)",
            r.__data__.get("reporter"),
            _reporter_details(r.__data__.get("reporter")),
            r.anonymous,
            r.account,
            r.action_taken,
            r.police_notified,
            r.police_reference,
            r.__data__.get("assigned_officer"),
            to_local(r.closed_at),
            r.void_reason,
            people_involved(report_id),
            report_history(report_id, people_by_name=True),
            supplements,
            r.__data__.get("location"),
        )
