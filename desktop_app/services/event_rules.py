"""Repeat rules (RFC 5545 RRULE): the presets the form offers, the rules Beacon takes, and their
expansion in naive office-local time, bounded by the horizon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import MAXYEAR, date, datetime, time, timedelta
from itertools import islice

from dateutil.rrule import rrule, rrulestr

from desktop_app.services.errors import ValidationError

MAX_OCCURRENCES = 200  # at one go: a daily rule over years is a slip, not a plan
MAX_SET_POSITIONS = 7  # BYSETPOS picks: a week's worth (a long list made the search take seconds)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


@dataclass(frozen=True)
class RulePreset:
    """A rule the form offers for a start day, in words the UI builds from these parts."""

    kind: str  # "weekly", "monthly_weekday" or "monthly_day"
    rule: str
    weekday: int  # 0 Monday .. 6 Sunday
    nth: int = 0  # monthly_weekday: 1..4, or -1 for the last
    day: int = 0  # monthly_day: the day of the month


def presets_for(day: date) -> list[RulePreset]:
    """Weekly on the day's weekday; monthly on its Nth (and, in a month's last week, the last)
    weekday; monthly on its day of the month."""
    code = WEEKDAY_CODES[day.weekday()]
    nth = (day.day - 1) // 7 + 1
    found = [RulePreset("weekly", f"FREQ=WEEKLY;BYDAY={code}", day.weekday())]
    if nth <= 4:
        found.append(
            RulePreset("monthly_weekday", f"FREQ=MONTHLY;BYDAY={nth}{code}", day.weekday(), nth)
        )
    if (day + timedelta(days=7)).month != day.month:
        found.append(
            RulePreset("monthly_weekday", f"FREQ=MONTHLY;BYDAY=-1{code}", day.weekday(), -1)
        )
    found.append(
        RulePreset("monthly_day", f"FREQ=MONTHLY;BYMONTHDAY={day.day}", day.weekday(), day=day.day)
    )
    return found


def clean_rule(text: str) -> str:
    """The rule as stored: upper case, no "RRULE:" prefix; refused unless dateutil reads it as a
    daily or coarser rule without its own start."""
    rule = " ".join((text or "").split()).upper().removeprefix("RRULE:")
    if not rule:
        raise ValidationError("rule", "Choose how the event repeats")
    if "DTSTART" in rule or "\n" in rule:
        raise ValidationError("rule", "Give the rule alone (FREQ=…), without a start")
    try:
        parsed = rrulestr(rule, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        raise ValidationError("rule", f"Not a repeat rule Beacon can read: {exc}") from None
    parts = dict(p.partition("=")[::2] for p in rule.split(";"))
    if not isinstance(parsed, rrule) or parts.get("FREQ") not in _FREQS:
        raise ValidationError("rule", "Events repeat daily at most (FREQ=DAILY, WEEKLY, …)")
    for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if "," in parts.get(part, ""):  # two starts a day: the form has one start per event
            raise ValidationError(
                "rule", f"Give {part} one value: an event has one start time a day"
            )
    _check_set_positions(parts)
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:  # dateutil takes 0 and fails expanding it
        raise ValidationError("rule", "INTERVAL is a whole number from 1 (every 1, 2, … weeks)")
    count = parts.get("COUNT")
    if count is not None and (not count.isdigit() or int(count) < 1):  # -1 failed in islice
        raise ValidationError("rule", "COUNT is a whole number from 1 (how many events)")
    return rule


def _check_set_positions(parts: dict[str, str]) -> None:
    """BYSETPOS picks among the starts one period gives. A day gives one start (one BYHOUR), so
    with FREQ=DAILY it can only pick nothing or that start; and a long list makes dateutil
    search for seconds. Refused there, and limited to a week's worth of picks elsewhere."""
    positions = parts.get("BYSETPOS")
    if positions is None:
        return
    if parts.get("FREQ") == "DAILY":
        raise ValidationError(
            "rule", "BYSETPOS picks among a period's days: use it with WEEKLY, MONTHLY or YEARLY"
        )
    if len(positions.split(",")) > MAX_SET_POSITIONS:
        raise ValidationError(
            "rule", f"Give BYSETPOS at most {MAX_SET_POSITIONS} positions (e.g. BYSETPOS=1,-1)"
        )


def local_starts(rule: str, starts_local: datetime, until: date) -> list[datetime]:
    """The rule's naive local starts from starts_local to the end of `until` (at most one more
    than MAX_OCCURRENCES, so too many can be told)."""
    expanded = rrulestr(rule, dtstart=starts_local)
    if not isinstance(expanded, rrule):  # clean_rule lets no other kind in
        raise ValidationError("rule", "Give one repeat rule (FREQ=…)")
    _check_it_ever_happens(expanded, starts_local)
    last = datetime.combine(until, time.max)
    own_count, own_until = expanded._count, expanded._until  # type: ignore[attr-defined]
    # dateutil stops at the first start past its until; COUNT is counted here, not by it (both
    # at once are deprecated)
    bounded = expanded.replace(until=min(own_until or last, last), count=None)
    limit = MAX_OCCURRENCES + 1 if own_count is None else min(own_count, MAX_OCCURRENCES + 1)
    return list(islice(bounded, limit))


def _check_it_ever_happens(expanded: rrule, starts_local: datetime) -> None:
    """Refuse a rule that never gives a date (31 February, the sixth Monday of a month): dateutil
    would look for one day by day up to the year 9999, which takes seconds. The calendar repeats
    every 400 years, so a rule that gives nothing in 400 × INTERVAL years from a start on the
    same day of that cycle (same weekday, same leap year: the same defaults from the start)
    never will. The probe starts as late as it can, to look no further than that."""
    span = 400 * expanded._interval  # type: ignore[attr-defined]
    cycles = max(0, (MAXYEAR - starts_local.year + 1 - span) // 400)
    probe = expanded.replace(
        dtstart=starts_local.replace(year=starts_local.year + 400 * cycles), count=None, until=None
    )
    if probe.after(probe._dtstart, inc=True) is None:  # type: ignore[attr-defined]
        raise ValidationError(
            "rule", "This rule never gives a date (like 31 February): check the days it names"
        )
