"""Figures of work done at once: the monthly report's gathering, the export of every patrol entry,
saving a walk-in report. Each floor does what Beacon's side does, writes included."""

from __future__ import annotations

import csv
import filecmp
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.figures_lists import REPORT_PAGE
from bench.harness import Figure, Pair, Workspace
from bench.monthly_floor import MonthParams, floor_monthly
from bench.sides import beacon_on, raw_audit, raw_on, who
from desktop_app.services.clock import now_local, to_local
from desktop_app.services.exporter import export
from desktop_app.services.monthly import MonthlyReportService
from desktop_app.services.monthly.periods import Periods, add_months, month_bounds
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session


@contextmanager
def counted_queries(raw: sqlite3.Connection | None = None) -> Iterator[list[str]]:
    """The statements run inside the block: Beacon's from peewee's query log, the floor's from
    sqlite3's trace callback."""
    seen: list[str] = []
    if raw is not None:
        raw.set_trace_callback(seen.append)
        try:
            yield seen
        finally:
            raw.set_trace_callback(None)
        return
    log = logging.getLogger("peewee")

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(str(record.msg))

    handler, level = Collect(), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        yield seen
    finally:
        log.removeHandler(handler)
        log.setLevel(level)


# ---- the monthly report, gathered in process, for the busiest month -------------------------
def beacon_monthly(monthly: MonthlyReportService, month: date) -> int:
    return monthly.gather(month).total


def month_params(month: date, session: Session) -> MonthParams:
    p = Periods.of(month)
    text = str
    next_month = month_bounds(add_months(month, 1))
    return MonthParams(
        month,
        p.zone,
        text(p.start),
        text(p.end),
        (text(p.prev_start), text(p.prev_end)),
        (text(p.ly_start), text(p.ly_end)),
        (text(p.ytd_start), text(p.end)),
        (text(p.ytd_ly_start), text(p.ly_end)),
        text(month_bounds(add_months(month, -12))[0]),
        (text(next_month[0]), text(next_month[1])),
        str(to_local(p.end, p.zone).date()),
        who(session),
    )


def prepare_monthly(ws: Workspace) -> Pair:
    path = ws.copy("monthly")
    session = beacon_on(path)
    raw = raw_on(path)
    busiest, reports = raw.execute(
        "SELECT substr(occurred_at, 1, 7) AS m, COUNT(*) AS n FROM report "
        "GROUP BY m ORDER BY n DESC, m DESC LIMIT 1"
    ).fetchone()
    month = date.fromisoformat(busiest + "-01")
    monthly, params = MonthlyReportService(session), month_params(month, session)
    with counted_queries() as beacon_sql:
        beacon_monthly(monthly, month)
    with counted_queries(raw) as floor_sql:
        floor_monthly(raw, params)
    return Pair(
        lambda: beacon_monthly(monthly, month),
        lambda: floor_monthly(raw, params),
        note=f"{busiest}, {reports:,} reports; Beacon runs {len(beacon_sql)} statements, "
        f"the floor {len(floor_sql)}",
        cleanup=[raw.close],
    )


# ---- export of every patrol entry ------------------------------------------------------------
DANGEROUS = "('=', '+', '-', '@', char(9), char(13))"


def _safe(column: str) -> str:
    """safe_cell in SQL: a cell a spreadsheet would run as a formula gets a leading '."""
    value = f"coalesce({column}, '')"
    return f"CASE WHEN substr({value}, 1, 1) IN {DANGEROUS} THEN '''' || {value} ELSE {value} END"


EXPORT = f"""
SELECT {_safe("u.username")}, e.at, {_safe("l.name")}, {_safe("e.activity")}, {_safe("z.name")},
       {_safe("e.observation")}, {_safe("e.action_taken")}, {_safe("r.number")}
FROM patrol_entry e JOIN user u ON u.id = e.officer_id
LEFT JOIN location l ON l.id = e.location_id LEFT JOIN zone z ON z.id = e.zone_id
LEFT JOIN report r ON r.id = e.report_id ORDER BY e.at, e.id"""
EXPORT_HEADER = [
    "officer",
    "started_at",
    "location",
    "activity",
    "zone",
    "observation",
    "action_taken",
    "report_number",
]


def beacon_export(session: Session, out: Path) -> int:
    with open(out, "w", newline="", encoding="utf-8-sig") as fh:  # as `beacon export --out`
        return export(session, "patrols", fh, destination=str(out))


def floor_export(raw: sqlite3.Connection, session: Session, out: Path) -> int:
    zone = now_local().tzinfo
    raw.execute("BEGIN IMMEDIATE")
    raw_audit(raw, who(session), "export", ("patrols", ""), {"to": str(out)})
    raw.execute("COMMIT")
    count = 0
    with open(out, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(EXPORT_HEADER)
        utc = zone is not None and not zone.utcoffset(datetime(2000, 1, 1))
        for row in raw.execute(EXPORT):
            at = row[1]
            when = (
                at[:16]
                if utc
                else to_local(datetime.fromisoformat(at), zone).strftime("%Y-%m-%d %H:%M")
            )
            writer.writerow((row[0], when, *row[2:]))
            count += 1
    return count


def prepare_export(ws: Workspace) -> Pair:
    path = ws.copy("export")
    session, raw = beacon_on(path), raw_on(path)
    ours, theirs = ws.folder / "export-beacon.csv", ws.folder / "export-floor.csv"
    rows = beacon_export(session, ours)
    floor_export(raw, session, theirs)
    if not filecmp.cmp(ours, theirs, shallow=False):
        raise AssertionError("the floor's CSV is not byte-identical to Beacon's export")
    return Pair(
        lambda: beacon_export(session, ours),
        lambda: floor_export(raw, session, theirs),
        note=f"{rows:,} rows, output byte-identical",
        cleanup=[raw.close, lambda: ours.unlink(missing_ok=True), theirs.unlink],
    )


# ---- saving a walk-in report -----------------------------------------------------------------
ACCOUNT = "Benchmark report: bicycle taken from the rack outside the library, lock cut."


def beacon_save(reports: ReportService, data: ReportInput) -> int:
    return reports.create(data).row.id


def floor_save(raw: sqlite3.Connection, desk: Session, data: ReportInput) -> int:
    """What the save writes (number, report, the contact with its reporter, audit entry with its
    hash, anchor) after the checks' reads, in one transaction; then the report read back."""
    q = raw.execute
    category_id = q(
        "SELECT id FROM category WHERE name_key = lower(?) AND active = 1", (data.category,)
    ).fetchone()[0]
    location_id, zone_id = q(
        "SELECT id, zone_id FROM location WHERE name_key = lower(?) AND active = 1",
        (data.location,),
    ).fetchone()
    q("SELECT id FROM contact WHERE id = ? AND merged_into_id IS NULL", (data.reporter_id,))
    year = datetime.now().astimezone().year  # the office's (the computer's) year
    received = str(datetime.now(UTC).replace(tzinfo=None))  # stored as naive UTC
    occurred = str(data.occurred_at)
    q("BEGIN IMMEDIATE")
    q("INSERT OR IGNORE INTO report_sequence (year, last) VALUES (?, 0)", (year,))
    q("UPDATE report_sequence SET last = last + 1 WHERE year = ?", (year,))
    last = q("SELECT last FROM report_sequence WHERE year = ?", (year,)).fetchone()[0]
    number = f"WR-{year}-{last:05d}"
    report_id = q(
        "INSERT INTO report (number, source, received_at, occurred_at, received_by_id, "
        "reporter_id, anonymous, category_id, severity, location_id, zone_id, account, "
        "action_taken, police_notified, police_reference, status, void_reason, updated_at) "
        "VALUES (?, 'walk_in', ?, ?, ?, ?, 0, ?, 'low', ?, ?, ?, '', 0, '', 'new', '', ?)",
        (
            number,
            received,
            occurred,
            desk.user_id,
            data.reporter_id,
            category_id,
            location_id,
            zone_id,
            data.account,
            received,
        ),
    ).lastrowid
    interaction_id = q(
        "INSERT INTO interaction (occurred_at, officer_id, channel, purpose, summary, is_tip, "
        "report_id, created_at) VALUES (?, ?, 'walk_in', 'Report taken', ?, 0, ?, ?)",
        (received, desk.user_id, f"Report {number} taken.", report_id, received),
    ).lastrowid
    q(
        "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)",
        (interaction_id, data.reporter_id),
    )
    raw_audit(
        raw,
        who(desk),
        "create",
        ("report", str(report_id)),
        {
            "number": number,
            "category": category_id,
            "location": location_id,
            "reporter": data.reporter_id,
            "received_at": received,
            "occurred_at": occurred,
        },
    )
    q("COMMIT")
    q(REPORT_PAGE.format(where="WHERE r.id = ?", limit=1), (report_id,)).fetchone()
    q("SELECT * FROM report_supplement WHERE report_id = ?", (report_id,)).fetchall()
    q("SELECT * FROM report_person WHERE report_id = ?", (report_id,)).fetchall()
    q(
        "SELECT * FROM audit_entry WHERE record_type = 'report' AND record_id = ? ORDER BY id",
        (str(report_id),),
    ).fetchall()
    return int(report_id or 0)


def prepare_save(ws: Workspace) -> Pair:
    path = ws.copy("save")
    desk = beacon_on(path, "desk1")
    raw = raw_on(path)
    reporter = raw.execute("SELECT MIN(id) FROM contact WHERE merged_into_id IS NULL").fetchone()[0]
    category = raw.execute("SELECT name FROM category WHERE active = 1 ORDER BY id").fetchone()[0]
    location = raw.execute("SELECT name FROM location WHERE active = 1 ORDER BY id").fetchone()[0]
    data = ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
        category=category,
        location=location,
        reporter_id=reporter,
        account=ACCOUNT,
    )
    reports = ReportService(desk)
    return Pair(
        lambda: beacon_save(reports, data),
        lambda: floor_save(raw, desk, data),
        note="report + interaction + link + audit entry, then read back",
        cleanup=[raw.close],
    )


FIGURES = [
    Figure(
        "monthly",
        "monthly report, in process (gather), busiest month",
        "the same figures in raw SQL",
        prepare_monthly,
    ),
    Figure(
        "export",
        "export of all patrol entries (byte-identical output)",
        "sqlite3 + csv.writer",
        prepare_export,
    ),
    Figure(
        "save",
        "saving a walk-in report",
        "the same rows written raw",
        prepare_save,
    ),
]
