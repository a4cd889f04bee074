"""The monthly report's summary: plain sentences a manager can read aloud, from the numbers only."""

from __future__ import annotations

from desktop_app.reporting.monthly import MonthlyData
from desktop_app.reporting.plural import plural


def _change(new: int, old: int) -> str:
    if new == old:
        return f"stayed at {new:,}"
    return f"{'rose' if new > old else 'fell'} from {old:,} to {new:,}"


def _biggest_move(data: MonthlyData) -> str | None:
    moved = sorted(data.categories, key=lambda c: -abs(c.this_month - c.last_month))
    if not moved or moved[0].this_month == moved[0].last_month:
        return None
    biggest = moved[0]
    sentence = f"{biggest.name} {_change(biggest.this_month, biggest.last_month)}"
    spot = data.hot_spots.get(biggest.name)
    if spot and spot[1] > 1:
        sentence += f"; {spot[1]} of them at {spot[0]}"
    elif data.top_locations:
        sentence += (
            f"; the busiest place overall was {data.top_locations[0].name} "
            f"({data.top_locations[0].this_month})"
        )
    return sentence + "."


def summarise(data: MonthlyData) -> list[str]:
    """Three to five plain sentences a manager can read aloud, from the numbers only."""
    month = data.month.strftime("%B %Y")
    if data.is_empty:
        return [f"Nothing was recorded for {month}: no reports, patrols, contacts or events."]
    last = sum(c.last_month for c in data.categories)
    against = (
        f"the total {_change(data.total, last)} against the month before."
        if data.last_month_known
        else "there are no reports from the month before to compare with."
    )
    lines = [f"The office recorded {plural(data.total, 'report')} in {month}; {against}"]
    moved = _biggest_move(data) if data.last_month_known else None
    if moved:
        lines.append(moved)
    if data.shifts:
        engagement = data.entries_by_activity.get("community_engagement", 0)
        entries = plural(sum(data.entries_by_activity.values()), "patrol entry", "patrol entries")
        lines.append(
            f"Officers worked {plural(data.shifts, 'shift')} ({plural(data.patrol_hours, 'hour')})"
            f" and logged {entries}, "
            f"{engagement:,} of them community engagement."
        )
    held = sum(e.held for e in data.events)
    if held or data.people_reached:
        attended = sum(e.attended + e.walk_ins for e in data.events)
        lines.append(
            f"{plural(held, 'event was', 'events were')} held with "
            f"{plural(attended, 'person', 'people')} attending, and "
            f"{plural(data.people_reached, 'person was', 'people were')} reached in "
            f"{plural(sum(data.interactions_by_channel.values()), 'contact')}."
        )
    if data.closed or data.opened:
        median = (
            f"; the median time to close was {plural(data.median_days_to_close, 'day')}"
            if data.median_days_to_close is not None
            else ""
        )
        opened = plural(data.opened, "report was", "reports were")
        lines.append(f"{opened} opened and {data.closed:,} closed{median}.")
    return lines[:5]
