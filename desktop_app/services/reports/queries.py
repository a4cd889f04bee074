"""Finding reports again: the list (filtered, sorted, paged), a number in text, one report."""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Any

from peewee import JOIN, SQL, fn

from desktop_app.services.audit_words import AuditWords
from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.errors import NotFound
from desktop_app.services.filters import where_equal, where_within_days
from desktop_app.services.permissions import allowed, require
from desktop_app.services.reports.numbering import NUMBER_IN_TEXT
from desktop_app.services.reports.paging import (
    DEFAULT_SORT,
    ListedReport,
    ReportCursor,
    keyset_page,
    listed_reports,
    next_cursor,
    with_names,
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
from models.database import db
from models.org import Category, Location, User, Zone
from models.reports import Report, ReportPerson
from models.search_index import REPORT_FTS

SUMMARY = 140  # characters of the account the list shows
SUMMARY_READ = 600  # characters read for them, spaces included (more when that is too few)


def joined_reports() -> Any:
    """Reports with the names the detail and the export show beside them (the list reads fewer
    columns: paging.listed_reports)."""
    taken, assigned = User.alias("taken"), User.alias("assigned")
    query = Report.select(
        Report,
        Category.name.alias("category_name"),
        Location.name.alias("location_name"),
        Zone.name.alias("zone_name"),
        Contact.name.alias("reporter_name"),
        Contact.phone.alias("reporter_phone"),
        taken.display_name.alias("taken_name"),
        assigned.display_name.alias("assigned_name"),
    )
    return with_names(query, assigned, taken)


def filtered(query: Any, flt: ReportFilter) -> Any:
    """query narrowed by the list's filter; its text is looked up in the search index."""
    query = where_within_days(query, Report.occurred_at, flt.date_from, flt.date_to)
    query = where_equal(
        query,
        (Report.category, flt.category_id),
        (Report.status, flt.status),
        (Report.zone, flt.zone_id),
        (Report.assigned_officer, flt.assigned_officer_id),
        (Report.location, flt.location_id),
    )
    if flt.unassigned:
        query = query.where(Report.assigned_officer.is_null())
    if flt.open_only:
        query = query.where(Report.status.in_(("new", "in_progress")))
    if flt.received_since is not None:
        query = query.where(Report.received_at >= flt.received_since)
    return where_matches(query, Report.id, REPORT_FTS, flt.text)


def report_row(r: Any, supplements: int = 0) -> ReportRow:
    """A row of joined_reports() as the list shows it (with its number of supplements)."""
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
        summary(r.account),
        supplements,
    )


def listed_row(r: ListedReport, zone: tzinfo, supplements: int) -> ReportRow:
    """A row of listed_reports() (a plain tuple, times as stored) as the list shows it: the
    same values report_row() gives for the same report."""
    due = r.follow_up_due
    return ReportRow(
        r.id,
        r.number,
        to_local(stored_datetime(r.received_at), zone),
        to_local(stored_datetime(r.occurred_at), zone),
        r.category or "—",
        r.location or "—",
        r.zone or "",
        r.severity,
        r.status,
        "Anonymous" if r.anonymous else (r.reporter or ""),
        r.assigned_officer or "",
        date.fromisoformat(due) if isinstance(due, str) else due,
        summary(r.account),
        supplements,
    )


def summary(account: str) -> str:
    """The account on one line, cut at 140 characters. Only its start is read: a prefix's words,
    joined, are a prefix of the whole account's."""
    start = " ".join(account[:SUMMARY_READ].split())
    if len(start) <= SUMMARY and len(account) > SUMMARY_READ:
        start = " ".join(account.split())  # mostly spaces: read it all
    return start[:SUMMARY] + ("…" if len(start) > SUMMARY else "")


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
    # Names are looked up only for the entries whose line shows changes (a report's creation
    # shows none): a new report's history then costs no lookups.
    words = AuditWords([e for e in entries if _describes(e)], office_zone(), people_by_name)
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


def _describes(entry: AuditEntry) -> bool:
    """True when the entry's history line says more than its action (_described)."""
    return bool(entry.before) or entry.action == "attach"


def _described(entry: AuditEntry, words: AuditWords) -> str:
    """What one history line changed; a file attached is named (its entry has no 'before')."""
    if entry.before:
        return words.changes(entry)
    if entry.action == "attach":
        return str(words.values[entry.id][1].get("filename", ""))
    return ""


def _reporter_details(r: Any) -> str:
    """The reporter's name, address, phone and email, from the row of ReportQueries.get."""
    if not r.__data__.get("reporter"):
        return ""
    details = (r.reporter_name, r.reporter_address, r.reporter_phone, r.reporter_email)
    return " · ".join(p for p in details if p)


def readable(session: Session, query: Any) -> Any:
    """query narrowed to the reports the session may read: all of them, or (front desk) those it
    took itself; refused to a role that reads none."""
    if allowed(session.role, "report.read"):
        return query
    require(session, "report.read_own")
    return query.where(Report.received_by == session.user_id)


class ReportQueries:
    """The reads of ReportService: what this session may see of the reports."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _scope(self, query: Any) -> Any:
        return readable(self.session, query)

    def count(self, flt: ReportFilter) -> int:
        # No joins: the text is matched in the search index, the same subquery as the list's.
        # COUNT(*) over the table itself, not peewee's count() of a subquery: unfiltered,
        # SQLite counts the smallest index's pages instead of stepping through every row.
        query = filtered(self._scope(Report.select(fn.COUNT(SQL("*")))), flt)
        return int(query.scalar())

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
        query = keyset_page(
            filtered(self._scope(listed_reports()), flt), after, limit, sort, descending
        )
        # Plain tuples from the cursor: no model instances, no per-column conversion but the
        # few values that need it (listed_row).
        rows = db.execute_sql(*query.sql()).fetchall()
        cursor = next_cursor(rows, limit, sort)
        page = [ListedReport(*row) for row in rows[:limit]]
        corrected = supplement_counts(r.id for r in page)
        zone = office_zone()
        return [listed_row(r, zone, corrected.get(r.id, 0)) for r in page], cursor

    def find_number(self, text: str) -> int | None:
        """The id of the report whose number appears in text, if the user may see it."""
        found = NUMBER_IN_TEXT.search(text or "")
        if not found:
            return None
        query = self._scope(Report.select(Report.id)).where(Report.number == found.group(0).upper())
        row = query.first()
        return int(row.id) if row else None

    def get(self, report_id: int) -> ReportDetail:
        reporter = (
            Contact.address.alias("reporter_address"),
            Contact.email.alias("reporter_email"),
        )
        query = self._scope(joined_reports().select_extend(*reporter)).where(Report.id == report_id)
        r = query.objects().first()
        if r is None:
            raise NotFound(f"no report with id {report_id}")
        supplements = report_supplements(report_id)
        return ReportDetail(
            report_row(r, len(supplements)),
            r.source,
            getattr(r, "taken_name", None) or "not recorded (imported)",
            r.__data__.get("reporter"),
            _reporter_details(r),
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
