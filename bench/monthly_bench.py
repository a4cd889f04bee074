"""Monthly report for the busiest month of the large demo: querying and PDF building timed
separately, beside raw SQLite running the same aggregate queries in the same run.

Usage: .venv/bin/python bench/monthly_bench.py [--db PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(fn: Callable[[], object], runs: int) -> float:
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


RAW = [
    # by category for this month, last month, last year, YTD and last YTD
    "SELECT category_id, COUNT(*) FROM report WHERE occurred_at >= :s AND occurred_at < :e "
    "AND status != 'void' GROUP BY category_id",
    "SELECT category_id, COUNT(*) FROM report WHERE occurred_at >= :ps AND occurred_at < :s "
    "AND status != 'void' GROUP BY category_id",
    "SELECT category_id, COUNT(*) FROM report WHERE occurred_at >= :ls AND occurred_at < :le "
    "AND status != 'void' GROUP BY category_id",
    "SELECT category_id, COUNT(*) FROM report WHERE occurred_at >= :ys AND occurred_at < :e "
    "AND status != 'void' GROUP BY category_id",
    "SELECT category_id, COUNT(*) FROM report WHERE occurred_at >= :lys AND occurred_at < :le "
    "AND status != 'void' GROUP BY category_id",
    # 13-month trend, places, when
    "SELECT category_id, strftime('%Y-%m', occurred_at), COUNT(*) FROM report WHERE occurred_at >= :ts "
    "AND occurred_at < :e AND status != 'void' GROUP BY 1, 2",
    "SELECT location_id, COUNT(*) FROM report WHERE occurred_at >= :s AND occurred_at < :e "
    "AND status != 'void' GROUP BY location_id",
    "SELECT zone_id, COUNT(*) FROM report WHERE occurred_at >= :s AND occurred_at < :e "
    "AND status != 'void' GROUP BY zone_id",
    "SELECT strftime('%w', occurred_at), strftime('%H', occurred_at) / 4, COUNT(*) FROM report "
    "WHERE occurred_at >= :s AND occurred_at < :e AND status != 'void' GROUP BY 1, 2",
    # patrols, handling, engagement
    "SELECT officer_id, COUNT(*), SUM(julianday(ended_at) - julianday(started_at)) * 24 FROM patrol_shift "
    "WHERE started_at >= :s AND started_at < :e GROUP BY officer_id",
    "SELECT e.officer_id, e.activity, COUNT(*) FROM patrol_entry e JOIN patrol_shift s ON s.id = e.shift_id "
    "WHERE s.started_at >= :s AND s.started_at < :e GROUP BY 1, 2",
    "SELECT COUNT(*) FROM report WHERE received_at >= :s AND received_at < :e AND status != 'void'",
    "SELECT received_at, closed_at FROM report WHERE closed_at >= :s AND closed_at < :e AND status = 'closed'",
    "SELECT received_at FROM report WHERE received_at < :e AND status != 'void' "
    "AND (closed_at IS NULL OR closed_at >= :e)",
    "SELECT channel, COUNT(*) FROM interaction WHERE occurred_at >= :s AND occurred_at < :e GROUP BY channel",
    "SELECT COUNT(DISTINCT ic.contact_id) FROM interaction_contact ic JOIN interaction i "
    "ON i.id = ic.interaction_id WHERE i.occurred_at >= :s AND i.occurred_at < :e",
    "SELECT name_key FROM contact GROUP BY name_key HAVING COUNT(*) > 1",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=HERE / "out" / "large.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(
            f"no database at {args.db}: run bench/patrol_bench.py first, or "
            "beacon --db PATH demo --scale large",
            file=sys.stderr,
        )
        return 2
    sys.path.insert(0, str(HERE.parent))
    from desktop_app.reporting.monthly import build_monthly_pdf
    from desktop_app.services.monthly import (
        MonthlyReportService,
        add_months,
        month_bounds,
        parse_month,
    )
    from desktop_app.services.users import authenticate
    from models.connection import connect
    from models.database import resolve_target

    connect(resolve_target(str(args.db)))
    raw = sqlite3.connect(str(args.db))
    busiest, count = raw.execute(
        "SELECT strftime('%Y-%m', occurred_at) m, COUNT(*) n FROM report GROUP BY m ORDER BY n DESC LIMIT 1"
    ).fetchone()
    month = parse_month(busiest)
    manager = authenticate("manager", "beacon-demo")
    service = MonthlyReportService(manager)
    data = service.gather(month)
    out = Path(tempfile.mkdtemp()) / "monthly.pdf"

    s, e = month_bounds(month)
    params = {
        "s": str(s),
        "e": str(e),
        "ps": str(month_bounds(add_months(month, -1))[0]),
        "ls": str(month_bounds(add_months(month, -12))[0]),
        "le": str(month_bounds(add_months(month, -11))[0]),
        "ys": str(month_bounds(month.replace(month=1))[0]),
        "lys": str(month_bounds(month.replace(year=month.year - 1, month=1))[0]),
        "ts": str(month_bounds(add_months(month, -12))[0]),
    }

    def raw_queries() -> None:
        for sql in RAW:
            raw.execute(sql, params).fetchall()

    query_ms = timed(lambda: service.gather(month), args.runs)
    pdf_ms = timed(lambda: build_monthly_pdf(data, out), args.runs)
    raw_ms = timed(raw_queries, args.runs)
    print(f"busiest month: {month:%B %Y} ({count:,} reports); median of {args.runs} runs\n")
    print(f"querying (MonthlyReportService.gather)   {query_ms:8.1f} ms")
    print(
        f"raw SQLite, the same aggregate queries    {raw_ms:8.1f} ms   ratio {query_ms / raw_ms:.1f}x"
    )
    print(f"PDF building (reportlab)                  {pdf_ms:8.1f} ms")
    print(
        f"total                                     {query_ms + pdf_ms:8.1f} ms   target under 3000 ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
