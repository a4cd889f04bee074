"""Patrol activity in the month: shifts, hours and entries, by activity and by officer."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.reporting.monthly import OfficerPatrol
from desktop_app.services.clock import stored_datetime
from desktop_app.services.monthly.periods import Periods
from models.org import User
from models.patrol import PatrolEntry, PatrolShift


@dataclass(frozen=True)
class PatrolSection:
    shifts: int
    hours: float
    entries_by_activity: dict[str, int]
    officers: list[OfficerPatrol]


def collect_patrol(p: Periods) -> PatrolSection:
    """Patrols count by when the shift started."""
    in_month = (PatrolShift.started_at >= p.start) & (PatrolShift.started_at < p.end)
    shift_rows: Any = list(
        PatrolShift.select(PatrolShift.officer, PatrolShift.started_at, PatrolShift.ended_at)
        .where(in_month)
        .tuples()
    )
    hours: dict[int, float] = defaultdict(float)
    shifts: Counter[int] = Counter()
    for officer, started, ended in shift_rows:
        shifts[officer] += 1
        if ended:
            hours[officer] += (
                stored_datetime(ended) - stored_datetime(started)
            ).total_seconds() / 3600
    entry_rows: Any = (
        PatrolEntry.select(PatrolEntry.officer, PatrolEntry.activity, fn.COUNT(PatrolEntry.id))
        .join(PatrolShift)
        .where(in_month)
        .group_by(PatrolEntry.officer, PatrolEntry.activity)
        .tuples()
    )
    by_activity: Counter[str] = Counter()
    entries: Counter[int] = Counter()
    engagement: Counter[int] = Counter()
    for officer, activity, n in entry_rows:
        by_activity[activity] += n
        entries[officer] += n
        if activity == "community_engagement":
            engagement[officer] += n
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    officers = sorted(
        (
            OfficerPatrol(
                names.get(o, "?"), shifts[o], round(hours[o], 1), entries[o], engagement[o]
            )
            for o in set(shifts) | set(entries)
        ),
        key=lambda line: (-line.entries, line.name),
    )
    return PatrolSection(
        len(shift_rows), round(sum(hours.values()), 1), dict(by_activity), officers
    )
