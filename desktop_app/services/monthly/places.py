"""Where and when: the busiest locations and zones, and reports by weekday and time of day."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from peewee import fn

from desktop_app.reporting.monthly import TIME_BANDS, WEEKDAYS, PlaceCount
from desktop_app.services.clock import stored_datetime, to_local
from desktop_app.services.monthly.periods import Periods, counted
from models.org import Location, Zone
from models.reports import Report

TOP_LOCATIONS = 10
MAX_ZONES = 50


def _counts(column: Any, start: datetime, end: datetime) -> Counter[int]:
    rows: Any = (
        Report.select(column, fn.COUNT(Report.id))
        .where(counted(start, end) & column.is_null(False))
        .group_by(column)
        .tuples()
    )
    return Counter({k: n for k, n in rows})


def _places(p: Periods, model: Any, column: Any, limit: int) -> list[PlaceCount]:
    now, before = _counts(column, p.start, p.end), _counts(column, p.prev_start, p.prev_end)
    places = {place.id: place for place in model.select()}
    zones = {z.id: z.name for z in Zone.select()}
    ranked = sorted(now, key=lambda k: (-now[k], places[k].name if k in places else ""))[:limit]
    return [
        PlaceCount(
            places[k].name if k in places else "?",
            zones.get(places[k].__data__.get("zone"), "")
            if model is Location and k in places
            else "",
            now[k],
            before.get(k, 0),
        )
        for k in ranked
    ]


def collect_places(p: Periods) -> tuple[list[PlaceCount], list[PlaceCount]]:
    """(top locations, zones), busiest first, each with last month's count beside it."""
    return (
        _places(p, Location, Report.location, TOP_LOCATIONS),
        _places(p, Zone, Report.zone, MAX_ZONES),
    )


def collect_time_grid(p: Periods) -> list[list[int]]:
    """Reports by office-local weekday (rows) and four-hour band (columns)."""
    when = [[0] * len(TIME_BANDS) for _ in WEEKDAYS]
    times: Any = Report.select(Report.occurred_at).where(counted(p.start, p.end)).tuples()
    for (occurred,) in times:
        local = to_local(stored_datetime(occurred), p.zone)
        when[local.weekday()][local.hour // 4] += 1
    return when
