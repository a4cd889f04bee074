"""The monthly report's floor: every figure MonthlyReportService.gather computes, as raw SQL
written by hand (one statement a figure, aggregated in SQL where SQL can), and its audit entry."""

from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from bench.sides import raw_audit

COUNTED = "occurred_at >= ? AND occurred_at < ? AND status != 'void'"


@dataclass(frozen=True)
class MonthParams:
    """The month's stored (naive UTC) bounds as text, taken from Beacon's Periods (untimed)."""

    month: date
    zone: tzinfo
    start: str
    end: str
    prev: tuple[str, str]
    last_year: tuple[str, str]
    ytd: tuple[str, str]
    ytd_last_year: tuple[str, str]
    trend_start: str
    next_month: tuple[str, str]
    end_local_day: str
    user: tuple[int | None, str, str]


def _local(stored: str, zone: tzinfo) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(zone)


def _trend(raw: sqlite3.Connection, p: MonthParams) -> dict[tuple[int | None, str], int]:
    """Reports per category and office-local month for the 13 months of the trend chart: in SQL
    when the office keeps UTC, else bucketed here (SQLite knows no time zones)."""
    utc = not any(_local(f"2000-{m}-01 00:00:00", p.zone).utcoffset() for m in ("01", "07"))
    if utc:
        sql = (
            "SELECT category_id, substr(occurred_at, 1, 7), COUNT(*) FROM report "
            f"WHERE {COUNTED} GROUP BY 1, 2"
        )
        return {(c, m): n for c, m, n in raw.execute(sql, (p.trend_start, p.end))}
    counts: dict[tuple[int | None, str], int] = {}
    sql = f"SELECT category_id, occurred_at FROM report WHERE {COUNTED}"
    for cat, at in raw.execute(sql, (p.trend_start, p.end)):
        key = (cat, _local(at, p.zone).strftime("%Y-%m"))
        counts[key] = counts.get(key, 0) + 1
    return counts


def _time_grid(raw: sqlite3.Connection, p: MonthParams) -> list[list[int]]:
    grid = [[0] * 6 for _ in range(7)]
    for (at,) in raw.execute(f"SELECT occurred_at FROM report WHERE {COUNTED}", (p.start, p.end)):
        local = _local(at, p.zone)
        grid[local.weekday()][local.hour // 4] += 1
    return grid


def _handling(raw: sqlite3.Connection, p: MonthParams) -> dict[str, object]:
    q = raw.execute
    closed_days = [
        d
        for (d,) in q(
            "SELECT julianday(closed_at) - julianday(received_at) FROM report "
            "WHERE closed_at >= ? AND closed_at < ? AND status = 'closed'",
            (p.start, p.end),
        )
    ]
    return {
        "opened": q(
            "SELECT COUNT(*) FROM report WHERE received_at >= ? AND received_at < ? "
            "AND status != 'void'",
            (p.start, p.end),
        ).fetchone(),
        "closed": len(closed_days),
        "median": statistics.median(closed_days) if closed_days else None,
        "open_by_age": q(
            "SELECT CASE WHEN age <= 7 THEN 0 WHEN age <= 30 THEN 1 WHEN age <= 90 THEN 2 ELSE 3 "
            "END, COUNT(*) FROM (SELECT CAST(julianday(:e) - julianday(received_at) AS INTEGER) "
            "AS age FROM report WHERE received_at < :e AND status != 'void' "
            "AND (status IN ('new', 'in_progress') OR closed_at >= :e)) GROUP BY 1",
            {"e": p.end},
        ).fetchall(),
        "voided": q(
            "SELECT number, void_reason FROM report WHERE status = 'void' "
            "AND occurred_at >= ? AND occurred_at < ? ORDER BY number",
            (p.start, p.end),
        ).fetchall(),
    }


def _engagement(raw: sqlite3.Connection, p: MonthParams) -> dict[str, object]:
    q, month = raw.execute, (p.start, p.end)
    return {
        "channels": q(
            "SELECT channel, COUNT(*) FROM interaction WHERE occurred_at >= ? AND occurred_at < ? "
            "GROUP BY channel",
            month,
        ).fetchall(),
        "reached": q(
            "SELECT COUNT(DISTINCT ic.contact_id) FROM interaction_contact ic JOIN interaction i "
            "ON i.id = ic.interaction_id WHERE i.occurred_at >= ? AND i.occurred_at < ?",
            month,
        ).fetchone(),
        "new_contacts": q(
            "SELECT COUNT(*) FROM contact WHERE created_at >= ? AND created_at < ?", month
        ).fetchone(),
        "tips": q(
            "SELECT COUNT(*) FROM interaction WHERE occurred_at >= ? AND occurred_at < ? "
            "AND is_tip = 1",
            month,
        ).fetchone(),
        "events": q(
            "SELECT e.kind, COUNT(DISTINCT e.id), SUM(a.status IN ('registered', 'attended', "
            "'no_show')), SUM(a.status = 'attended'), (SELECT SUM(walk_ins) FROM event x "
            "WHERE x.kind = e.kind AND x.starts_at >= ?1 AND x.starts_at < ?2 AND x.status = "
            "'held') FROM event e LEFT JOIN attendance a ON a.event_id = e.id "
            "WHERE e.starts_at >= ?1 AND e.starts_at < ?2 AND e.status = 'held' GROUP BY e.kind",
            month,
        ).fetchall(),
    }


def _outlook(raw: sqlite3.Connection, p: MonthParams) -> dict[str, object]:
    q = raw.execute
    next_start = max(p.next_month[0], str(datetime.now(UTC).replace(tzinfo=None)))
    return {
        "stages": q("SELECT stage, COUNT(*) FROM problem GROUP BY stage").fetchall(),
        "closed_problems": q(
            "SELECT pr.title, l.name, pr.baseline_count, pr.after_count, pr.result FROM problem pr "
            "LEFT JOIN location l ON l.id = pr.location_id WHERE pr.stage = 'closed' "
            "AND pr.closed_on >= ? AND pr.closed_on < ?",
            (str(p.month), p.next_month[0][:10]),
        ).fetchall(),
        "notable": q(
            "SELECT r.number, r.occurred_at, r.severity, c.name, l.name, r.account FROM report r "
            "LEFT JOIN category c ON c.id = r.category_id LEFT JOIN location l ON "
            "l.id = r.location_id WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.status != "
            "'void' AND r.severity IN ('high', 'urgent') ORDER BY r.occurred_at LIMIT 40",
            (p.start, p.end),
        ).fetchall(),
        "upcoming": q(
            "SELECT e.starts_at, e.title, e.venue, u.display_name, e.status FROM event e "
            "LEFT JOIN user u ON u.id = e.lead_officer_id WHERE e.starts_at >= ? "
            "AND e.starts_at < ? AND e.status != 'cancelled' ORDER BY e.starts_at",
            (next_start, p.next_month[1]),
        ).fetchall(),
    }


def _quality(raw: sqlite3.Connection, p: MonthParams) -> tuple[object, ...]:
    q = raw.execute
    return (
        q(
            f"SELECT COUNT(*) FROM report WHERE {COUNTED} "
            "AND (location_id IS NULL OR category_id IS NULL)",
            (p.start, p.end),
        ).fetchone(),
        q(
            "SELECT COUNT(*) FROM report WHERE status IN ('new', 'in_progress') "
            "AND follow_up_due < ?",
            (p.end_local_day,),
        ).fetchone(),
        q(
            "SELECT COUNT(*) FROM (SELECT name_key FROM contact WHERE merged_into_id IS NULL "
            "AND name_key != '' GROUP BY name_key HAVING COUNT(*) > 1)"
        ).fetchone(),
    )


def _by(raw: sqlite3.Connection, column: str, bounds: tuple[str, str]) -> dict[int, int]:
    sql = f"SELECT {column}, COUNT(*) FROM report WHERE {COUNTED} GROUP BY {column}"
    return dict(raw.execute(sql, bounds).fetchall())


def floor_monthly(raw: sqlite3.Connection, p: MonthParams) -> dict[str, object]:
    """Every figure of the month, then its 'print' audit entry in one transaction."""
    q, month = raw.execute, (p.start, p.end)
    out: dict[str, object] = {"settings": q("SELECT key, value FROM setting").fetchall()}
    out["first"] = q("SELECT MIN(occurred_at) FROM report").fetchone()
    out["categories"] = q("SELECT id, name, sort_order FROM category").fetchall()
    periods = (month, p.prev, p.last_year, (p.ytd[0], p.end), (p.ytd_last_year[0], p.last_year[1]))
    by_category = [_by(raw, "category_id", bounds) for bounds in periods]
    out["by_category"] = by_category
    out["trend"] = _trend(raw, p)
    out["locations"] = q(
        "SELECT l.id, l.name, z.name FROM location l LEFT JOIN zone z ON z.id = l.zone_id"
    ).fetchall()
    out["zones"] = q("SELECT id, name FROM zone").fetchall()
    for column in ("location_id", "zone_id"):
        out[column] = (_by(raw, column, month), _by(raw, column, p.prev))
    out["when"] = _time_grid(raw, p)
    out["shifts"] = q(
        "SELECT officer_id, COUNT(*), SUM(CASE WHEN ended_at IS NOT NULL THEN "
        "(julianday(ended_at) - julianday(started_at)) * 24 END) FROM patrol_shift "
        "WHERE started_at >= ? AND started_at < ? GROUP BY officer_id",
        month,
    ).fetchall()
    out["entries"] = q(
        "SELECT e.officer_id, e.activity, COUNT(*) FROM patrol_entry e JOIN patrol_shift s "
        "ON s.id = e.shift_id WHERE s.started_at >= ? AND s.started_at < ? GROUP BY 1, 2",
        month,
    ).fetchall()
    out["users"] = q("SELECT id, display_name FROM user").fetchall()
    out["handling"] = _handling(raw, p)
    out["engagement"] = _engagement(raw, p)
    out["outlook"] = _outlook(raw, p)
    out["quality"] = _quality(raw, p)
    now, before = by_category[0], by_category[1]
    moved = sorted(set(now) | set(before), key=lambda c: -abs(now.get(c, 0) - before.get(c, 0)))
    out["hot_spots"] = [
        q(
            "SELECT l.name, COUNT(*) AS n FROM report r JOIN location l ON l.id = r.location_id "
            "WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.status != 'void' "
            "AND r.category_id IS ? GROUP BY l.name ORDER BY n DESC, l.name LIMIT 1",
            (*month, cat),
        ).fetchone()
        for cat in moved[:3]
    ]
    total = sum(now.values())
    q("BEGIN IMMEDIATE")
    record = ("monthly_report", p.month.strftime("%Y-%m"))
    raw_audit(raw, p.user, "print", record, {"reports": total})
    q("COMMIT")
    return out
