"""Suggested problems and the Today page's counts on the large demo. Beacon's side calls the
public services as a manager; the floor is raw sqlite3 running the same queries on the same copy
(the same window bounds, the same Python comparisons after)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from bench.harness import Figure, Pair, Workspace
from bench.sides import beacon_on, ids_in, raw_on
from desktop_app.services.clock import local_day_bounds, now_local, to_local
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.problems import STALE_DAYS, suggested_problems
from desktop_app.services.problems.suggestions import EARLIER_DAYS, RISE, WINDOW_DAYS, Window
from desktop_app.services.today import WEEK, TodayService

COUNTED = "status <> 'void' AND location_id IS NOT NULL AND category_id IS NOT NULL"
GROUPED = f"""SELECT location_id, category_id, COUNT(*) FROM report WHERE {COUNTED}
 AND occurred_at >= ? AND occurred_at < ? GROUP BY location_id, category_id"""
WORKED = """SELECT DISTINCT r.location_id, r.category_id FROM problem_report pr
 JOIN report r ON r.id = pr.report_id JOIN problem p ON p.id = pr.problem_id
 WHERE p.stage <> 'closed' AND r.location_id IS NOT NULL"""
OPEN = "status IN ('new', 'in_progress')"


def floor_suggestions(raw: sqlite3.Connection, minimum: int) -> int:
    """What suggested_problems() does, in raw SQL: how many suggestions."""
    w = Window.ending(now_local().date())
    recent = {
        (loc, cat): n
        for loc, cat, n in raw.execute(GROUPED + " HAVING COUNT(*) >= ?", (w.start, w.end, minimum))
    }
    earlier = {(loc, cat): n for loc, cat, n in raw.execute(GROUPED, (w.earlier_from, w.start))}
    worked = set(raw.execute(WORKED).fetchall())
    risen = {
        p for p, n in recent.items() if n >= RISE * earlier.get(p, 0) * WINDOW_DAYS / EARLIER_DAYS
    } - worked
    if not risen:
        return 0
    places = sorted({loc for loc, _ in risen})
    found: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
    for rid, number, at, loc, cat in raw.execute(
        f"SELECT id, number, occurred_at, location_id, category_id FROM report WHERE {COUNTED}"
        f" AND occurred_at >= ? AND occurred_at < ? AND location_id IN ({ids_in(places)})"
        " ORDER BY occurred_at, id",
        (w.start, w.end, *places),
    ):
        if (loc, cat) in risen:
            found.setdefault((loc, cat), []).append((rid, number, at))
    aside = {
        (loc, cat): seen
        for loc, cat, seen in raw.execute(
            "SELECT location_id, category_id, latest_report_at FROM ignored_suggestion"
        )
    }
    raw.execute(f"SELECT id, name FROM location WHERE id IN ({ids_in(places)})", places).fetchall()
    kinds = sorted({cat for _, cat in risen})
    raw.execute(f"SELECT id, name FROM category WHERE id IN ({ids_in(kinds)})", kinds).fetchall()
    return sum(1 for p, rows in found.items() if p not in aside or rows[-1][2] > aside[p])


def prepare_suggestions(ws: Workspace) -> Pair:
    path = ws.copy("suggested")
    session = beacon_on(path)
    raw = raw_on(path)
    minimum = load_office_settings().problem_min_reports
    beacon, floor = len(suggested_problems(session)), floor_suggestions(raw, minimum)
    return Pair(
        lambda: len(suggested_problems(session)),
        lambda: floor_suggestions(raw, minimum),
        note=f"{WINDOW_DAYS} days to today: Beacon finds {beacon}, the floor {floor}",
        cleanup=[raw.close],
    )


def floor_today(raw: sqlite3.Connection, user_id: int, minimum: int) -> int:
    """The manager's eight counts in raw SQL (the same lists' queries), summed."""
    today = now_local().date()
    one = lambda sql, *args: raw.execute(sql, args).fetchone()[0]  # noqa: E731
    counts = [
        one("SELECT COUNT(*) FROM report WHERE received_at >= ?",
            local_day_bounds(today - timedelta(days=1))[0]),
        one(f"SELECT COUNT(*) FROM report WHERE assigned_officer_id IS NULL AND {OPEN}"),
        len(raw.execute(
            "SELECT r.*, c.name, l.name FROM report r LEFT JOIN category c ON c.id = r.category_id"
            " LEFT JOIN location l ON l.id = r.location_id WHERE r.assigned_officer_id = ? AND "
            f"r.{OPEN} ORDER BY r.follow_up_due IS NULL, r.follow_up_due, r.received_at DESC "
            "LIMIT 500", (user_id,)).fetchall()),
        len(raw.execute(
            "SELECT id, follow_up_on, purpose, summary FROM interaction WHERE officer_id = ? AND "
            "follow_up_on <= ? AND follow_up_done_at IS NULL", (user_id, today)).fetchall()),
    ]  # fmt: skip
    partners = raw.execute(
        "SELECT c.id, c.stay_in_touch_days, c.created_at, MAX(i.occurred_at) FROM contact c"
        " LEFT JOIN interaction_contact ic ON ic.contact_id = c.id LEFT JOIN interaction i"
        " ON i.id = ic.interaction_id WHERE c.stay_in_touch_days IS NOT NULL AND"
        " c.merged_into_id IS NULL GROUP BY c.id"
    ).fetchall()
    counts.append(
        sum(
            1
            for _, days, made, seen in partners
            if (today - to_local(datetime.fromisoformat(seen or made)).date()).days > days
        )
    )
    start = local_day_bounds(today)[0]
    end = local_day_bounds(today + timedelta(days=WEEK - 1))[1]
    events = raw.execute(
        "SELECT e.id, (SELECT COUNT(*) FROM event_task t WHERE t.event_id = e.id AND NOT t.done)"
        " FROM event e WHERE e.starts_at >= ? AND e.starts_at < ?",
        (start, end),
    ).fetchall()
    counts.append(len(events))
    counts.append(
        one(
            "SELECT COUNT(*) FROM problem WHERE stage <> 'closed' AND stage_since < ?",
            local_day_bounds(today - timedelta(days=STALE_DAYS))[0],
        )
    )
    counts.append(floor_suggestions(raw, minimum))
    return sum(counts)


def prepare_today(ws: Workspace) -> Pair:
    path = ws.copy("today")
    session = beacon_on(path)
    raw = raw_on(path)
    minimum = load_office_settings().problem_min_reports
    today = TodayService(session)
    counts = today.counts().counts
    return Pair(
        lambda: sum(today.counts().counts.values()),
        lambda: floor_today(raw, int(session.user_id or 0), minimum),
        note="manager: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
        cleanup=[raw.close],
    )


FIGURES = [
    Figure(
        "suggested-problems",
        "suggested problems (90 days against the year before)",
        "the same queries in raw SQL",
        prepare_suggestions,
    ),
    Figure(
        "today-counts",
        "the Today page's counts, a manager",
        "the same queries in raw SQL",
        prepare_today,
    ),
]
