"""Which pick-list entries a new record may name: not a retired category or location, nor a
location in a retired zone. Checked when the record is validated and again inside its write
transaction, so a retire or merge made meanwhile on another workstation is not undone by it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from desktop_app.services.errors import ValidationError
from models.database import locked
from models.org import Category, Location, Zone


def _retired(name: str) -> str:
    return f"'{name}' is retired; choose another from the list"


def _in_retired_zone(location: str, zone: str) -> str:
    return f"'{location}' is in the retired zone '{zone}'; choose another location"


def usable_location(location: Location) -> Location:
    """The location, unless its zone is retired (then a message at the location field)."""
    zone_id = location.__data__.get("zone")
    zone = Zone.get_or_none(Zone.id == zone_id) if zone_id is not None else None
    if zone is not None and not zone.active:
        raise ValidationError("location", _in_retired_zone(location.name, zone.name))
    return location


@dataclass(frozen=True)
class Unusable:
    """The categories and locations a new record may not name, each with its message."""

    categories: dict[int, str] = field(default_factory=dict)
    locations: dict[int, str] = field(default_factory=dict)

    def refuse(self, category_id: int | None, location_id: int | None) -> None:
        if category_id in self.categories:
            raise ValidationError("category", self.categories[category_id])
        if location_id in self.locations:
            raise ValidationError("location", self.locations[location_id])


def unusable() -> Unusable:
    """Every retired category, and every location retired or in a retired zone (two queries)."""
    categories: Any = Category.select(Category.id, Category.name).where(~Category.active).tuples()
    locations: Any = (
        Location.select(Location.id, Location.name, Location.active, Zone.name, Zone.active)
        .join(Zone, on=(Location.zone == Zone.id), join_type=JOIN.LEFT_OUTER)
        .where(~Location.active | ~Zone.active)
        .tuples()
    )
    places = {
        i: _retired(name) if not active else _in_retired_zone(name, zone)
        for i, name, active, zone, _ in locations
    }
    return Unusable({i: _retired(n) for i, n in categories}, places)


def recheck(category_id: int | None, location_id: int | None) -> None:
    """Call inside the write transaction: the category and location validated earlier are still
    ones a new record may name. On PostgreSQL their rows are held (FOR SHARE) until the write
    commits, so a retirement or merge waits for it instead of slipping in between."""
    if category_id is not None:
        category = locked(Category.select().where(Category.id == category_id), "FOR SHARE").first()
        if category is None:
            raise ValidationError("category", "That category no longer exists; choose another")
        if not category.active:
            raise ValidationError("category", _retired(category.name))
    if location_id is not None:
        location = locked(Location.select().where(Location.id == location_id), "FOR SHARE").first()
        if location is None:
            raise ValidationError("location", "That location no longer exists; choose another")
        if not location.active:
            raise ValidationError("location", _retired(location.name))
        usable_location(location)
