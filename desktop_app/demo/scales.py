"""How big a demo office is (its scales) and what one build made (its summary)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoScale:
    name: str
    years: int
    officers: int
    contacts: int
    shifts_per_day: int
    entries_per_shift: tuple[int, int]
    reports_per_day: float
    interactions_per_day: float
    # Residents' names from the longer lists (more accents), phones in mixed formats from every
    # drama range: a directory of tens of thousands needs the variety a town has.
    varied_people: bool = False


SCALES = {
    "small": DemoScale("small", 1, 8, 600, 3, (6, 12), 1.6, 4.0),
    "large": DemoScale("large", 10, 36, 50_000, 12, (20, 27), 42.0, 9.0, varied_people=True),
}


@dataclass(frozen=True)
class DemoSummary:
    users: int
    zones: int
    locations: int
    contacts: int
    shifts: int
    patrol_entries: int
    reports: int
    interactions: int
    events: int
    problems: int
    password: str

    def describe(self) -> str:
        return (
            f"{self.users} users, {self.zones} zones, {self.locations} locations, "
            f"{self.contacts:,} contacts, {self.shifts:,} shifts with "
            f"{self.patrol_entries:,} patrol entries, {self.reports:,} reports, "
            f"{self.interactions:,} interactions, "
            f"{self.events} events, {self.problems} problems"
        )
