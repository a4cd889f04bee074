"""The audit trail and the past shifts page by keyset too: each page starts after the last row of
the one before, never with an OFFSET that walks every row above it (issue 11)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.clock import now_local
from desktop_app.services.patrol import PatrolService
from models.database import db


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """The SQL the database is given, from now on."""
    seen: list[str] = []
    real = db.obj.execute_sql

    def spy(sql, *args, **kwargs):
        seen.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", spy)
    return seen


def test_the_audit_trail_pages_by_id_every_entry_once_without_offset(office, statements):
    trail = AuditService(office.manager)
    seen, before = [], None
    while True:
        rows = trail.entries(AuditFilter(), before_id=before, limit=3)
        seen += [r.id for r in rows]
        if len(rows) < 3:
            break
        before = rows[-1].id
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == len(seen) > 6
    pages = [s for s in statements if "ORDER BY" in s]
    assert pages and not [s for s in pages if "OFFSET" in s]


def test_past_shifts_page_by_start_every_shift_once_without_offset(office, statements):
    patrol = PatrolService(office.officer)
    start = now_local() - timedelta(days=3)
    for i in range(7):  # pairs starting together: the id breaks the tie
        shift = patrol.start_shift(
            office.zones["North"], "foot", started_at=start + timedelta(hours=2 * (i // 2))
        )
        patrol.end_shift(shift.id, "", ended_at=start + timedelta(hours=2 * (i // 2), minutes=50))
    statements.clear()
    seen, cursor = [], None
    while True:
        rows, cursor = patrol.shifts(after=cursor, limit=2)
        seen += [(r.started_at, r.id) for r in rows]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == len(seen) == 7
    pages = [s for s in statements if "ORDER BY" in s]
    assert pages and not [s for s in pages if "OFFSET" in s]
