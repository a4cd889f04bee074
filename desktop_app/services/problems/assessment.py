"""SARA's Assessment, computed, not typed: the problem's matching reports before the response
against as long a period after its start, at its place and at the other places of its zone.

Periods: the stored ones where the problem has them; otherwise the baseline is the BASELINE_DAYS
before the response began (after_from, set when the problem enters the response stage) and the
after period as long from after_from. Matching reports: at the problem's location, of the
categories of its linked reports, never void, by the office-local day they occurred.

Result, once the after period has ended: no reports after and some before is `eliminated`; a
fall of at least REDUCED is `reduced`, or `displaced` when the zone's other places rose by at
least DISPLACED of that fall; anything else is `no_change`."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop_app.services.clock import local_day_bounds
from desktop_app.services.problems.types import Assessment
from models.org import Category, Location
from models.reports import Report

BASELINE_DAYS = 90
REDUCED = 0.2  # a fall of a fifth or more
DISPLACED = 0.5  # the neighbours took up half the fall or more


def periods(problem: Any) -> tuple[date, date, date, date] | None:
    """(baseline from, baseline to, after from, after to), inclusive office days; None when the
    response has not started and no periods are stored."""
    after_from = problem.after_from
    if after_from is None and problem.baseline_to is not None:
        after_from = problem.baseline_to + timedelta(days=1)
    if after_from is None:
        return None
    baseline_to = problem.baseline_to or after_from - timedelta(days=1)
    baseline_from = problem.baseline_from or baseline_to - timedelta(days=BASELINE_DAYS - 1)
    length = (baseline_to - baseline_from).days + 1
    after_to = problem.after_to or after_from + timedelta(days=length - 1)
    return baseline_from, baseline_to, after_from, after_to


def count_reports(location_ids: list[int], category_ids: list[int], first: date, last: date) -> int:
    """Reports not void at those places, of those categories, on office days first..last."""
    if not location_ids or not category_ids:
        return 0
    start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
    return int(
        Report.select()
        .where(
            Report.location.in_(location_ids)
            & Report.category.in_(category_ids)
            & (Report.status != "void")
            & (Report.occurred_at >= start)
            & (Report.occurred_at < end)
        )
        .count()
    )


def judge(baseline: int, after: int, neighbours_rise: int) -> str:
    if baseline == 0:
        return "no_change"
    if after == 0:
        return "eliminated"
    fall = baseline - after
    if fall >= REDUCED * baseline:
        return "displaced" if neighbours_rise >= DISPLACED * fall else "reduced"
    return "no_change"


def needs(problem: Any, category_ids: list[int]) -> tuple[str, ...]:
    """What the assessment still lacks, in the order people supply it: "response" (it has not
    begun and no periods are set), "location" (where to count), "reports" (what to count: the
    categories of the linked reports, void ones left out). () once it can be computed."""
    missing = (
        ("response", periods(problem) is None),
        ("location", problem.location_id is None),
        ("reports", not category_ids),
    )
    return tuple(name for name, lacking in missing if lacking)


def assess(problem: Any, category_ids: list[int], today: date) -> Assessment | None:
    """The assessment of problem (a Problem row) for the categories of its linked reports."""
    found = periods(problem)
    location_id = problem.location_id
    if found is None or location_id is None or not category_ids:  # see needs()
        return None
    base_from, base_to, after_from, after_to = found
    place: Any = Location.get_by_id(location_id)
    zone_id = problem.zone_id or place.zone_id
    neighbours: list[int] = (
        [
            loc.id
            for loc in Location.select(Location.id).where(
                (Location.zone == zone_id) & (Location.id != location_id)
            )
        ]
        if zone_id
        else []
    )
    here = [location_id]
    baseline = count_reports(here, category_ids, base_from, base_to)
    after = count_reports(here, category_ids, after_from, min(after_to, today))
    near_before = count_reports(neighbours, category_ids, base_from, base_to)
    near_after = count_reports(neighbours, category_ids, after_from, min(after_to, today))
    complete = today > after_to
    names = tuple(
        c.name for c in Category.select(Category.name).where(Category.id.in_(category_ids))
    )
    return Assessment(
        tuple(sorted(names)),
        base_from,
        base_to,
        after_from,
        after_to,
        baseline,
        after,
        near_before,
        near_after,
        complete,
        judge(baseline, after, near_after - near_before) if complete else None,
    )
