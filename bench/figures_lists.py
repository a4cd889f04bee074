"""Figures of the lists: the report list (open, a deep page), the patrol entries a deep page, a
contact's history. Beacon's side calls the public service API; the floor is raw sqlite3."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from bench.harness import Figure, Pair, Workspace
from bench.sides import beacon_on, ids_in, raw_on
from desktop_app.services.history import HistoryService
from desktop_app.services.patrol import EntryCursor, EntryFilter, PatrolService
from desktop_app.services.reports import ReportFilter, ReportService
from desktop_app.services.reports.paging import ReportCursor
from desktop_app.services.session import Session

PAGE = 200
REPORT_DEPTH = 4_800
ENTRY_DEPTH = 500_000

# The report list's page: the same columns and joins as Beacon's joined_reports().
REPORT_PAGE = """
SELECT r.*, c.name, l.name, z.name, p.name, p.phone, t.display_name, a.display_name
FROM report r LEFT JOIN category c ON c.id = r.category_id
LEFT JOIN location l ON l.id = r.location_id LEFT JOIN zone z ON z.id = r.zone_id
LEFT JOIN contact p ON p.id = r.reporter_id LEFT JOIN user t ON t.id = r.received_by_id
LEFT JOIN user a ON a.id = r.assigned_officer_id
{where} ORDER BY r.received_at DESC, r.id DESC LIMIT {limit}"""

ENTRY_PAGE = """
SELECT e.id, e.shift_id, e.at, u.display_name, z.name, l.name, e.activity, e.observation,
       e.action_taken, e.report_id, r.number
FROM patrol_entry e JOIN user u ON u.id = e.officer_id
LEFT JOIN zone z ON z.id = e.zone_id LEFT JOIN location l ON l.id = e.location_id
LEFT JOIN report r ON r.id = e.report_id
WHERE (e.at, e.id) < (?, ?) ORDER BY e.at DESC, e.id DESC LIMIT ?"""


def supplement_counts(raw: sqlite3.Connection, rows: list[Any]) -> dict[int, int]:
    ids = [row[0] for row in rows]
    found = raw.execute(
        "SELECT report_id, COUNT(*) FROM report_supplement "
        f"WHERE report_id IN ({ids_in(ids)}) GROUP BY report_id",
        ids,
    )
    return dict(found.fetchall())


def raw_report_page(raw: sqlite3.Connection, where: str = "", args: tuple[object, ...] = ()) -> int:
    rows = raw.execute(REPORT_PAGE.format(where=where, limit=PAGE), args).fetchall()
    supplement_counts(raw, rows)
    return len(rows)


# ---- report list open: count + first page --------------------------------------------------
def beacon_report_list_open(reports: ReportService) -> int:
    flt = ReportFilter()
    reports.count(flt)
    rows, _ = reports.list(flt, limit=PAGE)
    return len(rows)


def floor_report_list_open(raw: sqlite3.Connection) -> int:
    raw.execute("SELECT COUNT(*) FROM report").fetchone()
    return raw_report_page(raw)


def prepare_report_list_open(ws: Workspace) -> Pair:
    path = ws.copy("report-list-open")
    reports, raw = ReportService(beacon_on(path)), raw_on(path)
    return Pair(
        lambda: beacon_report_list_open(reports),
        lambda: floor_report_list_open(raw),
        cleanup=[raw.close],
    )


# ---- report list, a page 4,800 rows deep ---------------------------------------------------
def beacon_report_page_deep(reports: ReportService, cursor: ReportCursor | None) -> int:
    rows, _ = reports.list(ReportFilter(), after=cursor, limit=PAGE)
    return len(rows)


def beacon_cursor_at(reports: ReportService, depth: int) -> ReportCursor | None:
    """Beacon's own cursor after depth rows, reached by paging once (untimed)."""
    cursor, seen = None, 0
    while seen < depth:
        rows, cursor = reports.list(ReportFilter(), after=cursor, limit=min(PAGE, depth - seen))
        seen += len(rows)
        if cursor is None:
            break
    return cursor


def floor_report_page_deep(raw: sqlite3.Connection, cursor: tuple[str, int]) -> int:
    return raw_report_page(raw, "WHERE (r.received_at, r.id) < (?, ?)", cursor)


def prepare_report_page_deep(ws: Workspace) -> Pair:
    path = ws.copy("report-page-deep")
    reports, raw = ReportService(beacon_on(path)), raw_on(path)
    total = raw.execute("SELECT COUNT(*) FROM report").fetchone()[0]
    depth = min(REPORT_DEPTH, max(total - PAGE, 1))
    cursor = raw.execute(  # the last row of the page before: reached once, untimed
        "SELECT received_at, id FROM report ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET ?",
        (depth - 1,),
    ).fetchone()
    page = beacon_cursor_at(reports, depth)
    return Pair(
        lambda: beacon_report_page_deep(reports, page),
        lambda: floor_report_page_deep(raw, cursor),
        note=f"{depth:,} rows deep",
        cleanup=[raw.close],
    )


# ---- patrol entries, a page 500,000 rows deep ----------------------------------------------
def beacon_entries_page_deep(patrol: PatrolService, cursor: EntryCursor) -> int:
    rows, _ = patrol.entries(EntryFilter(), after=cursor, limit=PAGE)
    return len(rows)


def floor_entries_page_deep(raw: sqlite3.Connection, cursor: tuple[str, int]) -> int:
    rows = raw.execute(ENTRY_PAGE, (*cursor, PAGE + 1)).fetchall()[:PAGE]
    ids = [row[0] for row in rows]
    raw.execute(
        "SELECT m.entry_id, c.id, c.name FROM patrol_entry_contact m "
        f"JOIN contact c ON c.id = m.contact_id WHERE m.entry_id IN ({ids_in(ids)}) ORDER BY m.id",
        ids,
    ).fetchall()
    return len(rows)


def prepare_entries_page_deep(ws: Workspace) -> Pair:
    path = ws.copy("entries-page-deep")
    patrol, raw = PatrolService(beacon_on(path)), raw_on(path)
    total = raw.execute("SELECT COUNT(*) FROM patrol_entry").fetchone()[0]
    depth = min(ENTRY_DEPTH, max(total - PAGE, 1))
    at, entry_id = raw.execute(  # the cursor, reached once (untimed)
        "SELECT at, id FROM patrol_entry ORDER BY at DESC, id DESC LIMIT 1 OFFSET ?",
        (depth - 1,),
    ).fetchone()
    cursor = EntryCursor(datetime.fromisoformat(at), entry_id)
    return Pair(
        lambda: beacon_entries_page_deep(patrol, cursor),
        lambda: floor_entries_page_deep(raw, (at, entry_id)),
        note=f"{depth:,} rows deep",
        cleanup=[raw.close],
    )


# ---- contact history, the busiest contact --------------------------------------------------
BUSIEST_CONTACT = """
SELECT contact_id, COUNT(*) AS n FROM (
    SELECT contact_id FROM interaction_contact
    UNION ALL SELECT reporter_id FROM report WHERE reporter_id IS NOT NULL
    UNION ALL SELECT contact_id FROM report_person WHERE contact_id IS NOT NULL
    UNION ALL SELECT contact_id FROM attendance
    UNION ALL SELECT contact_id FROM patrol_entry_contact
    UNION ALL SELECT contact_id FROM problem_partner)
GROUP BY contact_id ORDER BY n DESC, contact_id LIMIT 1"""

# Every item of the timeline in one statement, newest first (what HistoryService gathers).
HISTORY = """
SELECT i.occurred_at AS at, 'Interaction', i.channel, i.purpose, i.summary, u.display_name
  FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
  LEFT JOIN user u ON u.id = i.officer_id WHERE ic.contact_id = :c
UNION ALL
SELECT r.occurred_at, 'Report', r.number, c.name, l.name, r.status FROM report r
  LEFT JOIN category c ON c.id = r.category_id LEFT JOIN location l ON l.id = r.location_id
  WHERE r.reporter_id = :c
UNION ALL
SELECT r.occurred_at, 'Report', r.number, p.role, p.description, NULL FROM report_person p
  JOIN report r ON r.id = p.report_id WHERE p.contact_id = :c
UNION ALL
SELECT e.starts_at, 'Event', e.title, a.status, e.venue, NULL FROM attendance a
  JOIN event e ON e.id = a.event_id WHERE a.contact_id = :c
UNION ALL
SELECT e.at, 'Patrol', l.name, e.observation, NULL, NULL FROM patrol_entry_contact m
  JOIN patrol_entry e ON e.id = m.entry_id LEFT JOIN location l ON l.id = e.location_id
  WHERE m.contact_id = :c
UNION ALL
SELECT pr.identified_on || ' 09:00:00', 'Problem', pr.title, pr.stage, NULL, NULL
  FROM problem_partner pp JOIN problem pr ON pr.id = pp.problem_id WHERE pp.contact_id = :c
ORDER BY at DESC"""


def beacon_contact_history(history: HistoryService, contact_id: int) -> int:
    return len(history.contact_history(contact_id).items)


def floor_contact_history(raw: sqlite3.Connection, contact_id: int) -> int:
    raw.execute(
        "SELECT c.*, z.name, (SELECT MAX(i.occurred_at) FROM interaction_contact ic "
        "JOIN interaction i ON i.id = ic.interaction_id WHERE ic.contact_id = c.id) "
        "FROM contact c LEFT JOIN zone z ON z.id = c.zone_id WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    raw.execute("SELECT role FROM contact_role WHERE contact_id = ?", (contact_id,)).fetchall()
    return len(raw.execute(HISTORY, {"c": contact_id}).fetchall())


def prepare_contact_history(ws: Workspace) -> Pair:
    path = ws.copy("contact-history")
    session: Session = beacon_on(path)
    raw = raw_on(path)
    contact_id, items = raw.execute(BUSIEST_CONTACT).fetchone()
    return Pair(
        lambda: beacon_contact_history(HistoryService(session), contact_id),
        lambda: floor_contact_history(raw, contact_id),
        note=f"contact {contact_id}, {items} items",
        cleanup=[raw.close],
    )


FIGURES = [
    Figure(
        "report-list-open",
        "report list open (count + first 200)",
        "raw SQL",
        prepare_report_list_open,
    ),
    Figure(
        "report-page-deep",
        "report list, page 4,800 rows deep",
        "row-value keyset",
        prepare_report_page_deep,
    ),
    Figure(
        "entries-page-deep",
        "patrol entries, page 500,000 rows deep",
        "row-value keyset",
        prepare_entries_page_deep,
    ),
    Figure(
        "contact-history",
        "contact history, busiest contact",
        "one UNION ALL",
        prepare_contact_history,
    ),
]
