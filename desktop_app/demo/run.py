"""One build of the demo: its random source, its calendar and its progress reports.

Every generator draws from the one random source in a fixed order, so the same seed, scale and
end date always give the same office. Times are made in the office's local time and stored in
UTC like everything else.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from desktop_app.demo.scales import DemoScale

Progress = Callable[[int, str], None]  # percent, what is being made


class DemoRun:
    def __init__(
        self, seed: int, scale: DemoScale, until: date, tz: tzinfo, progress: Progress | None = None
    ) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.until = until
        self.start = date(until.year - scale.years, until.month, 1)
        self.end = datetime.combine(until, time(0))  # the demo's "now": local midnight of until
        self.tz = tz
        self.progress = progress or (lambda pct, what: None)
        self._utc_cache: dict[tuple[date, int], timedelta] = {}
        self._phones: list[str] | None = None

    @property
    def span(self) -> int:
        """The last day offset a random date may take (start + span is the day before until)."""
        return (self.until - self.start).days - 1

    @property
    def total_days(self) -> int:
        """The day count progress is measured against."""
        return (self.until - self.start).days + 1

    def utc(self, local: datetime) -> datetime:
        """Local naive -> UTC naive, with the offset cached per day and hour (fast for 1M rows)."""
        key = (local.date(), local.hour)
        offset = self._utc_cache.get(key)
        if offset is None:
            aware = local.replace(minute=0, second=0, microsecond=0, tzinfo=self.tz)
            offset = aware.utcoffset() or timedelta(0)
            self._utc_cache[key] = offset
        return local - offset

    def days(self) -> Iterable[date]:
        day = self.start
        while day < self.until:  # whole days before `until`; nothing is dated after its start
            yield day
            day += timedelta(days=1)

    def random_day(self) -> date:
        return self.start + timedelta(days=self.rng.randint(0, self.span))

    def pick_weighted(self, options: Sequence[Any], weights: Sequence[float]) -> Any:
        return self.rng.choices(options, weights=weights, k=1)[0]

    def phone(self) -> str:
        """A drama number no other demo contact has (as in a town, where two people sharing a
        number are a household or a mistake), or "" once the reserved ranges are used up."""
        if self._phones is None:
            self._phones = self._phone_pool()
        return self._phones.pop() if self._phones else ""

    def _phone_pool(self) -> list[str]:
        if not self.scale.varied_people:  # one range, written one way
            numbers = [f"0161 496 0{n}" for n in range(100, 1000)]
            self.rng.shuffle(numbers)
            return numbers
        pool = [(area, f"{start}{n:03d}") for area, start in DRAMA_RANGES for n in range(1000)]
        self.rng.shuffle(pool)
        return [_written(area, local, self.rng) for area, local in pool]


# Ofcom's numbers for drama (no one answers them): (area code, local number's first digits).
DRAMA_RANGES = (
    ("113", "496 0"), ("114", "496 0"), ("115", "496 0"), ("116", "496 0"), ("117", "496 0"),
    ("118", "496 0"), ("121", "496 0"), ("131", "496 0"), ("141", "496 0"), ("151", "496 0"),
    ("161", "496 0"), ("191", "498 0"), ("20", "7946 0"), ("28", "9018 0"), ("29", "2018 0"),
    ("1632", "960"), ("7700", "900"),
)  # fmt: skip


def _written(area: str, local: str, rng: random.Random) -> str:
    """A drama number written as people write them: 0161 496 0123, +44 161 496 0123,
    (0161) 4960123, 01614960123 or 0161-496-0123."""
    digits = local.replace(" ", "")
    style = rng.randint(0, 4)
    if style == 0:
        return f"0{area} {local}"
    if style == 1:
        return f"+44 {area} {local}"
    if style == 2:
        return f"(0{area}) {digits}"
    if style == 3:
        return f"0{area}{digits}"
    return f"0{area}-{local.replace(' ', '-')}"
