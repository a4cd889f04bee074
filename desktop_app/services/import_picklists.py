"""Pick-lists during an import: read once into dicts; names to add are checked and added through
PicklistService, exactly as a manager adding them by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.services.errors import ValidationError
from desktop_app.services.picklists import (
    PicklistService,
    clean_category_name,
    clean_location_name,
    clean_zone_name,
)
from desktop_app.services.session import Session
from desktop_app.services.validation import plain_name
from models.base import name_key
from models.org import Category, Location, Zone

HINT = " (add it first, or import with --create-missing)"
# As at the desk (validation.pick): a retired name stays on old records, never on a new one.
RETIRED = "'{0}' is retired (restore it under Edit → Pick-lists, or use another)"


def _as_column(column: str, clean: Callable[[str], str], name: str) -> str:
    """The pick-list's own check, reported against the file's column."""
    try:
        return clean(name)
    except ValidationError as exc:
        raise ValidationError(column, exc.message) from None


class ImportPickLists:
    """Zones, locations and categories by name key; with create, unknown names are planned in
    the check and added in the first batch's transaction (add_planned)."""

    def __init__(self, create: bool) -> None:
        self.create = create
        zones: Any = Zone.select(Zone.id, Zone.name_key, Zone.name, Zone.active).tuples()
        categories: Any = Category.select(
            Category.id, Category.name_key, Category.name, Category.active
        ).tuples()
        locations: Any = Location.select(
            Location.id, Location.name_key, Location.zone, Location.name, Location.active
        ).tuples()
        self.zones: dict[str, int] = {k: i for i, k, _, _ in zones}
        self.categories: dict[str, int] = {k: i for i, k, _, _ in categories}
        self.locations: dict[str, tuple[int, int | None]] = {
            k: (i, z) for i, k, z, _, _ in locations
        }
        # name key -> the name as stored, of each retired entry, by kind
        self.retired: dict[str, dict[str, str]] = {
            "zone": {k: n for _, k, n, active in zones if not active},
            "category": {k: n for _, k, n, active in categories if not active},
            "location": {k: n for _, k, _, n, active in locations if not active},
        }
        self.new_zones: dict[str, str] = {}
        self.new_categories: dict[str, str] = {}
        self.new_locations: dict[str, tuple[str, str | None]] = {}  # key -> (name, zone key)
        self.created: list[str] = []
        self.made: dict[str, list[int]] = {"zone": [], "category": [], "location": []}

    # ---- names to keys (the check, and again while writing) ----------------------------------
    def _active(self, kind: str, name: str) -> str:
        """The name key of name, refused when it names a retired entry (not made again either)."""
        key = name_key(plain_name(name))
        if key in self.retired[kind]:
            raise ValidationError(kind, RETIRED.format(self.retired[kind][key]))
        return key

    def zone(self, name: str) -> str | None:
        """The key of a row's zone; None when the cell is blank."""
        if not name:
            return None
        key = self._active("zone", name)
        if key in self.zones or key in self.new_zones:
            return key
        if not self.create:
            raise ValidationError("zone", f"unknown zone '{name}'{HINT}")
        self.new_zones[key] = _as_column("zone", clean_zone_name, name)
        return key

    def category(self, name: str) -> str:
        if not name:
            raise ValidationError("category", "Category is required")
        key = self._active("category", name)
        if key in self.categories or key in self.new_categories:
            return key
        if not self.create:
            raise ValidationError("category", f"unknown category '{name}'{HINT}")
        self.new_categories[key] = _as_column("category", clean_category_name, name)
        return key

    def location(self, name: str, zone_key: str | None) -> str:
        if not name:
            raise ValidationError("location", "Location is required")
        key = self._active("location", name)
        if key in self.locations or key in self.new_locations:
            return key
        if not self.create:
            raise ValidationError("location", f"unknown location '{name}'{HINT}")
        self.new_locations[key] = (_as_column("location", clean_location_name, name), zone_key)
        return key

    # ---- keys to ids (after add_planned) -----------------------------------------------------
    def zone_id(self, key: str | None) -> int | None:
        return None if key is None else self.zones[key]

    def category_id(self, key: str) -> int:
        return self.categories[key]

    def location_ids(self, key: str) -> tuple[int, int | None]:
        """The location's id and its own zone."""
        return self.locations[key]

    def add_planned(self, session: Session) -> None:
        """Add the planned names; call inside the import's first transaction. A name another
        workstation added since the check is used as it is."""
        service = PicklistService(session)
        for key, name in self.new_zones.items():
            zone = Zone.get_or_none(Zone.name_key == key)
            if zone is None:
                zone_id = service.add_zone(name).id
                self.made["zone"].append(zone_id)
                self.created.append(f"zone {name}")
            self.zones[key] = zone_id if zone is None else zone.id
        for key, name in self.new_categories.items():
            cat = Category.get_or_none(Category.name_key == key)
            if cat is None:
                cat_id = service.add_category(name).id
                self.made["category"].append(cat_id)
                self.created.append(f"category {name}")
            self.categories[key] = cat_id if cat is None else cat.id
        for key, (name, zone_key) in self.new_locations.items():
            loc = Location.get_or_none(Location.name_key == key)
            if loc is None:
                row = service.add_location(name, self.zone_id(zone_key))
                self.made["location"].append(row.id)
                self.created.append(f"location {name}")
                self.locations[key] = (row.id, row.zone_id)
            else:
                self.locations[key] = (loc.id, loc.__data__.get("zone"))
        self.new_zones.clear()
        self.new_categories.clear()
        self.new_locations.clear()
