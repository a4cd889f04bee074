"""Deep pages of patrol entries start where the last page ended: the cursor is a range search on
the (at, id) index, not a walk from the newest entry (issue 11: 113 ms 500,000 rows deep)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.services.clock import now_local
from desktop_app.services.patrol import EntryCursor, EntryFilter, PatrolService
from desktop_app.services.patrol.queries import _after, _entry_query
from desktop_app.services.picklists import PicklistService
from desktop_app.services.users import create_first_manager
from models.connection import connect
from models.database import db, resolve_target
from models.patrol import PatrolEntry


def _plan(newest_first: bool) -> str:
    cursor = EntryCursor(datetime(2026, 10, 1, 12, 0), 500)
    order = (
        (PatrolEntry.at.desc(), PatrolEntry.id.desc())
        if newest_first
        else (
            PatrolEntry.at.asc(),
            PatrolEntry.id.asc(),
        )
    )
    sql, params = _after(_entry_query(), cursor, newest_first).order_by(*order).limit(201).sql()
    rows = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


def test_the_page_after_a_cursor_is_a_range_search_both_ways(office):
    for newest_first, bound in ((True, "<"), (False, ">")):
        plan = _plan(newest_first)
        entry_lines = [line for line in plan.splitlines() if "patrol_entry" in line]
        assert entry_lines and entry_lines[0].startswith("SEARCH"), plan
        assert f"(at{bound}?)" in entry_lines[0] or f"at{bound}?" in entry_lines[0], plan


def test_paging_by_the_cursor_returns_every_entry_once_in_order(office):
    patrol = PatrolService(office.officer)
    start = now_local() - timedelta(hours=3)
    shift = patrol.start_shift(office.zones["North"], "foot", started_at=start)
    for i in range(8):  # pairs at the same minute: the id breaks the tie
        patrol.add_entry(
            shift.id,
            "routine_check",
            "Market Square",
            f"Checked the stalls, round {i}: all secure.",
            at=start + timedelta(minutes=10 * (i // 2)),
        )
    for newest_first in (True, False):
        seen, cursor = [], None
        while True:
            rows, cursor = patrol.entries(
                EntryFilter(), after=cursor, limit=3, newest_first=newest_first
            )
            seen += [(r.at, r.id) for r in rows]
            if cursor is None:
                break
        assert seen == sorted(seen, reverse=newest_first)
        assert len(set(seen)) == len(seen) == PatrolEntry.select().count() >= 8


def test_on_postgresql_the_cursor_pages_every_entry_once(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    picklists = PicklistService(manager)
    zone = picklists.add_zone("North").id
    picklists.add_location("Market Square", zone)
    patrol = PatrolService(manager)
    start = now_local() - timedelta(hours=3)
    shift = patrol.start_shift(zone, "foot", started_at=start)
    for i in range(7):
        patrol.add_entry(
            shift.id,
            "routine_check",
            "Market Square",
            f"Checked the stalls, round {i}: all secure.",
            at=start + timedelta(minutes=10 * (i // 2)),
        )
    seen, cursor = [], None
    while True:
        rows, cursor = patrol.entries(EntryFilter(), after=cursor, limit=2)
        seen += [(r.at, r.id) for r in rows]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == len(seen) == 7
