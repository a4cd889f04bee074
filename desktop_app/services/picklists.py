"""Pick-lists managers maintain: zones, locations and report categories."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, IntegrityError

from desktop_app.services import audit
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line
from models.base import name_key
from models.database import db
from models.org import Category, Location, Zone

DEFAULT_CATEGORIES = (
    "Suspicious activity",
    "Theft",
    "Vandalism",
    "Trespass",
    "Noise / disturbance",
    "Harassment",
    "Safety hazard",
    "Lighting / maintenance",
    "Traffic / parking",
    "Medical / welfare",
    "Lost & found",
    "Other",
)


@dataclass(frozen=True)
class ZoneRow:
    id: int
    name: str
    description: str
    active: bool


@dataclass(frozen=True)
class LocationRow:
    id: int
    name: str
    address: str
    zone_id: int | None
    zone_name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    sort_order: int
    active: bool


def _zone_row(z: Zone) -> ZoneRow:
    return ZoneRow(z.id, z.name, z.description, z.active)


def _category_row(c: Category) -> CategoryRow:
    return CategoryRow(c.id, c.name, c.sort_order, c.active)


def clean_zone_name(name: str) -> str:
    return clean_line("name", name, max_length=80, label="Zone name")


def clean_location_name(name: str) -> str:
    return clean_line("name", name, max_length=120, label="Location name")


def clean_category_name(name: str) -> str:
    return clean_line("name", name, max_length=80, label="Category name")


class PicklistService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- zones -------------------------------------------------------------------------------
    def zones(self, include_inactive: bool = False) -> list[ZoneRow]:
        require(self.session, "picklist.read")
        query = Zone.select().order_by(Zone.name)
        if not include_inactive:
            query = query.where(Zone.active == True)  # noqa: E712 - peewee expression
        return [_zone_row(z) for z in query]

    def add_zone(self, name: str, description: str = "") -> ZoneRow:
        require(self.session, "picklist.manage")
        clean = clean_zone_name(name)
        desc = clean_line("description", description, max_length=200, required=False)
        with db.atomic():
            if Zone.select().where(Zone.name_key == name_key(clean)).exists():
                raise ValidationError("name", f"a zone called '{clean}' already exists")
            zone = Zone.create(name=clean, name_key=name_key(clean), description=desc)
            row = _zone_row(zone)
            audit.record(self.session, "create", "zone", zone.id, None, row.__dict__)
        return row

    def rename_zone(self, zone_id: int, name: str) -> ZoneRow:
        require(self.session, "picklist.manage")
        clean = clean_zone_name(name)
        with db.atomic():
            zone = Zone.get_or_none(Zone.id == zone_id)
            if zone is None:
                raise NotFound(f"no zone with id {zone_id}")
            before = _zone_row(zone)
            clash = Zone.select().where((Zone.name_key == name_key(clean)) & (Zone.id != zone_id))
            if clash.exists():
                raise ValidationError("name", f"a zone called '{clean}' already exists")
            zone.name, zone.name_key = clean, name_key(clean)
            zone.save()
            after = _zone_row(zone)
            audit.record(self.session, "update", "zone", zone.id, before.__dict__, after.__dict__)
        return after

    def set_zone_active(self, zone_id: int, active: bool) -> ZoneRow:
        require(self.session, "picklist.manage")
        with db.atomic():
            zone = Zone.get_or_none(Zone.id == zone_id)
            if zone is None:
                raise NotFound(f"no zone with id {zone_id}")
            before = _zone_row(zone)
            zone.active = active
            zone.save()
            after = _zone_row(zone)
            audit.record(self.session, "update", "zone", zone.id, before.__dict__, after.__dict__)
        return after

    # ---- locations ---------------------------------------------------------------------------
    def locations(self, include_inactive: bool = False) -> list[LocationRow]:
        require(self.session, "picklist.read")
        query = Location.select(Location, Zone).join(Zone, JOIN.LEFT_OUTER).order_by(Location.name)
        if not include_inactive:
            query = query.where(Location.active == True)  # noqa: E712
        return [self._location_row(loc) for loc in query]

    @staticmethod
    def _location_row(loc: Location) -> LocationRow:
        zone_id: int | None = loc.__data__.get("zone")
        zone = loc.zone if zone_id else None
        return LocationRow(
            loc.id,
            loc.name,
            loc.address,
            zone_id,
            zone.name if zone else "",
            loc.kind,
            loc.active,
        )

    def add_location(
        self, name: str, zone_id: int | None, address: str = "", kind: str = ""
    ) -> LocationRow:
        require(self.session, "picklist.manage")
        clean = clean_location_name(name)
        addr = clean_line("address", address, max_length=200, required=False)
        kind_clean = clean_line("kind", kind, max_length=40, required=False, label="Kind")
        with db.atomic():
            if zone_id is not None and not Zone.select().where(Zone.id == zone_id).exists():
                raise ValidationError("zone", "choose a zone from the list")
            refuse_running_imports([("zone", Zone, zone_id)])
            if Location.select().where(Location.name_key == name_key(clean)).exists():
                raise ValidationError("name", f"a location called '{clean}' already exists")
            try:
                loc = Location.create(
                    name=clean,
                    name_key=name_key(clean),
                    address=addr,
                    zone=zone_id,
                    kind=kind_clean,
                )
            except IntegrityError as exc:  # pragma: no cover - guarded above
                raise ValidationError("name", "that location already exists") from exc
            row = self._location_row(Location.get_by_id(loc.id))
            audit.record(self.session, "create", "location", loc.id, None, row.__dict__)
        return row

    # ---- categories --------------------------------------------------------------------------
    def categories(self, include_inactive: bool = False) -> list[CategoryRow]:
        require(self.session, "picklist.read")
        query = Category.select().order_by(Category.sort_order, Category.name)
        if not include_inactive:
            query = query.where(Category.active == True)  # noqa: E712
        return [_category_row(c) for c in query]

    def find_category(self, text: str) -> CategoryRow | None:
        """Case-insensitive lookup by name, as typed by a user or read from a file."""
        require(self.session, "picklist.read")
        cat = Category.get_or_none(Category.name_key == name_key(text))
        return _category_row(cat) if cat else None

    def add_category(self, name: str) -> CategoryRow:
        require(self.session, "picklist.manage")
        clean = clean_category_name(name)
        with db.atomic():
            if Category.select().where(Category.name_key == name_key(clean)).exists():
                raise ValidationError("name", f"a category called '{clean}' already exists")
            last = Category.select(Category.sort_order).order_by(Category.sort_order.desc()).first()
            cat = Category.create(
                name=clean,
                name_key=name_key(clean),
                sort_order=(last.sort_order + 1) if last else 0,
            )
            row = _category_row(cat)
            audit.record(self.session, "create", "category", cat.id, None, row.__dict__)
        return row

    def ensure_default_categories(self) -> int:
        """Add any default category missing from the list; returns how many were added."""
        require(self.session, "picklist.manage")
        added = 0
        with db.atomic():
            existing = {c.name_key for c in Category.select(Category.name_key)}
            for order, name in enumerate(DEFAULT_CATEGORIES):
                if name_key(name) not in existing:
                    cat = Category.create(name=name, name_key=name_key(name), sort_order=order)
                    audit.record(
                        self.session,
                        "create",
                        "category",
                        cat.id,
                        None,
                        _category_row(cat).__dict__,
                    )
                    added += 1
        return added
