"""Patrol Log timings on the large demo office, each beside raw SQLite / bare Qt doing the same.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/patrol_bench.py [--db PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median wall time in milliseconds over runs (after one warm-up)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def ensure_db(path: Path) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building the large demo office in {path} (about a minute)…", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--db",
            str(path),
            "demo",
            "--scale",
            "large",
            "--seed",
            "1",
        ],
        check=True,
    )


ENTRY_SQL = """
SELECT e.id, e.shift_id, e.at, u.display_name, z.name, l.name, e.activity, e.observation,
       e.action_taken, e.report_id, r.number
FROM patrol_entry e JOIN user u ON u.id = e.officer_id
LEFT JOIN zone z ON z.id = e.zone_id LEFT JOIN location l ON l.id = e.location_id
LEFT JOIN report r ON r.id = e.report_id
{where} ORDER BY e.at DESC, e.id DESC LIMIT 201"""

REPORT_SQL = """
SELECT r.*, c.name, l.name, z.name, p.name, u.display_name
FROM report r LEFT JOIN category c ON c.id = r.category_id
LEFT JOIN location l ON l.id = r.location_id LEFT JOIN zone z ON z.id = r.zone_id
LEFT JOIN contact p ON p.id = r.reporter_id LEFT JOIN user u ON u.id = r.assigned_officer_id
ORDER BY r.received_at DESC, r.id DESC LIMIT 200"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=HERE / "out" / "large.db")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    ensure_db(args.db)
    sys.path.insert(0, str(HERE.parent))

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.services.clock import local_day_bounds, now_local
    from desktop_app.services.patrol import EntryFilter, PatrolService
    from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
    from desktop_app.services.users import authenticate
    from models.connection import connect
    from models.database import resolve_target
    from ui.refcount_guard import guard_singletons
    from ui.tasks import TaskRunner
    from ui.widgets.entry_browser import EntryBrowser

    guard_singletons()  # PySide6 6.12.0 on Python 3.11: see ui/refcount_guard.py
    app = QApplication.instance() or QApplication([])
    connect(resolve_target(str(args.db)))
    manager = authenticate("manager", "beacon-demo")
    desk = authenticate("desk1", "beacon-demo")
    patrol, reports = PatrolService(manager), ReportService(manager)
    raw = sqlite3.connect(str(args.db))
    entries = raw.execute("SELECT COUNT(*) FROM patrol_entry").fetchone()[0]
    report_count = raw.execute("SELECT COUNT(*) FROM report").fetchone()[0]
    print(
        f"database: {args.db} — {entries:,} patrol entries, {report_count:,} reports; "
        f"median of {args.runs} runs\n"
    )

    rows: list[tuple[str, float, str, float]] = []

    # 1. Opening the browse: widget + first page, against bare Qt + raw SQL of the same page.
    runner = TaskRunner()

    def open_browse() -> None:
        browser = EntryBrowser(manager, runner)
        browser.model.set_source(lambda c: patrol.entries(EntryFilter(), after=c, limit=200))
        browser.deleteLater()

    def bare_open() -> None:
        data = raw.execute(ENTRY_SQL.format(where="")).fetchall()
        model = QStandardItemModel(len(data), 9)
        for r, row in enumerate(data):
            model.setItem(r, 0, QStandardItem(str(row[2])))
        view = QTableView()
        view.setModel(model)
        view.deleteLater()

    rows.append(
        (
            "open entry browse, first 200 rows",
            timed(open_browse, args.runs),
            "bare QTableView + raw SQL",
            timed(bare_open, args.runs),
        )
    )

    # 2. Date + zone filter: last 30 days of one zone.
    today = now_local().date()
    zone_id = raw.execute("SELECT id FROM zone ORDER BY id LIMIT 1").fetchone()[0]
    flt = EntryFilter(zone_id=zone_id, date_from=today - timedelta(days=30), date_to=today)
    start, _ = local_day_bounds(today - timedelta(days=30))
    _, end = local_day_bounds(today)
    rows.append(
        (
            "date + zone filter, first page",
            timed(lambda: patrol.entries(flt, limit=200), args.runs),
            "raw SQL",
            timed(
                lambda: raw.execute(
                    ENTRY_SQL.format(where="WHERE e.zone_id = ? AND e.at >= ? AND e.at < ?"),
                    (zone_id, str(start), str(end)),
                ).fetchall(),
                args.runs,
            ),
        )
    )

    # 3. A deep page: keyset paging 50,000 rows into the list.
    cursor = None
    for _ in range(250):
        _, cursor = patrol.entries(EntryFilter(), after=cursor, limit=200)
    at, entry_id = cursor.at, cursor.id
    rows.append(
        (
            "entry page 250 (keyset)",
            timed(lambda: patrol.entries(EntryFilter(), after=cursor, limit=200), args.runs),
            "raw SQL",
            timed(
                lambda: raw.execute(
                    ENTRY_SQL.format(where="WHERE (e.at < ? OR (e.at = ? AND e.id < ?))"),
                    (str(at), str(at), entry_id),
                ).fetchall(),
                args.runs,
            ),
        )
    )

    # 4. The report list: count and first page.
    rows.append(
        (
            "report list: count + first 200",
            timed(lambda: (reports.count(ReportFilter()), reports.list(ReportFilter())), args.runs),
            "raw SQL",
            timed(
                lambda: (
                    raw.execute("SELECT COUNT(*) FROM report").fetchone(),
                    raw.execute(REPORT_SQL).fetchall(),
                ),
                args.runs,
            ),
        )
    )

    # 5. Saving a walk-in report (validation, number, audit, interaction) vs a raw insert.
    desk_reports = ReportService(desk)
    reporter = raw.execute("SELECT id FROM contact LIMIT 1").fetchone()[0]
    category = raw.execute("SELECT name FROM category LIMIT 1").fetchone()[0]
    location = raw.execute("SELECT name FROM location LIMIT 1").fetchone()[0]
    data = ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
        category=category,
        location=location,
        reporter_id=reporter,
        account="Benchmark report: bicycle taken from the rack, lock cut.",
    )
    writer = sqlite3.connect(str(args.db), isolation_level=None)
    writer.execute("PRAGMA synchronous=FULL")
    counter = [0]

    def raw_insert() -> None:
        counter[0] += 1
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT OR IGNORE INTO report_sequence (year, last) VALUES (1999, 0)")
        writer.execute("UPDATE report_sequence SET last = last + 1 WHERE year = 1999")
        writer.execute(
            "INSERT INTO report (number, source, received_at, occurred_at, received_by_id, "
            "anonymous, severity, account, action_taken, police_notified, police_reference, "
            "status, void_reason, updated_at) "
            "VALUES (?, 'walk_in', ?, ?, ?, 0, 'low', 'x', '', 0, '', 'new', '', ?)",
            (
                f"WR-1999-{counter[0]:05d}",
                str(date.today()),
                str(date.today()),
                desk.user_id,
                str(date.today()),
            ),
        )
        writer.execute("COMMIT")  # durable like Beacon's save; removed again below

    rows.append(
        (
            "save a walk-in report",
            timed(lambda: desk_reports.create(data), args.runs),
            "raw INSERT in a transaction",
            timed(raw_insert, args.runs),
        )
    )

    writer.execute("DELETE FROM report WHERE number LIKE 'WR-1999-%'")
    writer.execute("DELETE FROM report_sequence WHERE year = 1999")

    width = max(len(r[0]) for r in rows)
    print(f"{'Beacon':<{width}}  {'ms':>8}   {'baseline':<28} {'ms':>8}   ratio")
    for name, ours, base_name, base in rows:
        print(f"{name:<{width}}  {ours:8.2f}   {base_name:<28} {base:8.2f}   {ours / base:5.1f}x")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
