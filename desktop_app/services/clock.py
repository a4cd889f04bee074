"""Office time: stored in UTC, shown, entered and grouped in the office's time zone."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import overload

from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from models.base import utcnow

_ZONE_CACHE: list[tuple[float, tzinfo]] = []
_ZONE_TTL = 10.0  # seconds: a zone changed on another workstation is picked up this soon
# How far ahead of this computer's clock a typed time may be: another workstation's clock may run
# a little fast. Reports, patrols and imports all allow the same.
FUTURE_GRACE = timedelta(minutes=5)
# Before this, a typed date is a slip (year 1, 0026 for 2026), not a record the office keeps.
EARLIEST_YEAR = 1990


def office_zone() -> tzinfo:
    """The office's time zone; read from the settings at most every few seconds, because
    every displayed time asks for it."""
    now = time.monotonic()
    if _ZONE_CACHE and now - _ZONE_CACHE[0][0] < _ZONE_TTL:
        return _ZONE_CACHE[0][1]
    zone = load_office_settings().zone()
    _ZONE_CACHE[:] = [(now, zone)]
    return zone


def forget_office_zone() -> None:
    """Called when the settings change in this process (and between tests)."""
    _ZONE_CACHE.clear()


def stored_datetime(value: object) -> datetime:
    """A stored timestamp as a datetime: SQLite hands back text for computed columns (MAX())."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"not a stored timestamp: {value!r}")
    return value


def now_utc() -> datetime:
    """Naive UTC, as stored: the models' own clock, so defaults and services agree."""
    return utcnow()


def now_local(zone: tzinfo | None = None) -> datetime:
    """Aware, in the office's zone."""
    return datetime.now(UTC).astimezone(zone or office_zone())


def to_utc(value: datetime, zone: tzinfo | None = None) -> datetime:
    """An aware datetime, or a naive one in office time, as stored (naive UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone or office_zone())
    return value.astimezone(UTC).replace(tzinfo=None)


def past_moment(field: str, value: datetime, zone: tzinfo | None = None) -> datetime:
    """A typed moment that has happened, as stored (naive UTC): not ahead of the clock by more
    than FUTURE_GRACE, not before EARLIEST_YEAR. The year is checked before the conversion, which
    would overflow at year 1."""
    if value.year < EARLIEST_YEAR:
        raise ValidationError(field, "That date is too far in the past")
    stored = to_utc(value, zone)
    if stored > now_utc() + FUTURE_GRACE:
        raise ValidationError(field, "That time is still to come: it cannot be in the future")
    return stored


@overload
def to_local(stored: datetime, zone: tzinfo | None = None) -> datetime: ...
@overload
def to_local(stored: None, zone: tzinfo | None = None) -> None: ...
def to_local(stored: datetime | None, zone: tzinfo | None = None) -> datetime | None:
    """A stored naive-UTC datetime as an aware office-time one."""
    if stored is None:
        return None
    return stored.replace(tzinfo=UTC).astimezone(zone or office_zone())


def local_day_bounds(day: date, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The stored (naive UTC) start and end of an office-local day: [start, end)."""
    tz = zone or office_zone()
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    end = start + timedelta(days=1)
    return to_utc(start), to_utc(datetime(end.year, end.month, end.day, tzinfo=tz))


def parse_local(text: str, field: str, label: str) -> datetime:
    """ISO 8601 date and time as typed or imported ('2026-10-03 14:20' or '2026-10-03T14:20')."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationError(field, f"{label} is required")
    try:
        value = datetime.fromisoformat(
            cleaned.replace(" ", "T", 1) if "T" not in cleaned else cleaned
        )
    except ValueError:
        raise ValidationError(
            field, f"{label} '{cleaned}' is not a date and time like 2026-10-03 14:20"
        ) from None
    return value
