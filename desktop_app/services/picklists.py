"""Pick-lists managers maintain: zones, locations and report categories."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, IntegrityError

from desktop_app.services import audit
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line, plain_name
from desktop_app.vocabulary import PICKLIST_KINDS
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


KINDS = PICKLIST_KINDS


@dataclass(frozen=True)
class PickEntry:
    """One entry of any pick-list, retired ones included, as the pick-list dialog and
    `beacon picklist list` show it."""

    kind: str  # one of KINDS
    id: int
    name: str
    active: bool  # False: retired (still on old records, not offered for new ones)
    zone_name: str = ""  # a location's zone


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


def _model(kind: str) -> Any:
    models = {"category": Category, "zone": Zone, "location": Location}
    if kind not in models:
        raise ValidationError(
            "kind", f"There is no pick-list “{kind}”; choose one of {', '.join(KINDS)}"
        )
    return models[kind]


def _cleaner(kind: str) -> Callable[[str], str]:
    return {
        "category": clean_category_name,
        "zone": clean_zone_name,
        "location": clean_location_name,
    }[kind]


def pick_entry(kind: str, row: Any) -> PickEntry:
    zone_name = ""
    if kind == "location" and row.__data__.get("zone"):
        zone_name = row.zone.name
    return PickEntry(kind, row.id, row.name, row.active, zone_name)


def location_row(loc: Location) -> LocationRow:
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


def snapshot(kind: str, row: Any) -> dict[str, Any]:
    """An entry's values as its audit records show them."""
    if kind == "location":
        return location_row(row).__dict__
    return (_zone_row(row) if kind == "zone" else _category_row(row)).__dict__


def clean_zone_name(name: str) -> str:
    return clean_line("name", plain_name(name), max_length=80, label="Zone name")


def clean_location_name(name: str) -> str:
    return clean_line("name", plain_name(name), max_length=120, label="Location name")


def clean_category_name(name: str) -> str:
    return clean_line("name", plain_name(name), max_length=80, label="Category name")


def refuse_duplicate(kind: str, name: str, other_than: int | None = None) -> None:
    """A name already in the list (any case and spacing) is refused, naming the entry as the
    list has it, and saying so when it is retired."""
    model = _model(kind)
    query = model.select(model.name, model.active).where(model.name_key == name_key(name))
    if other_than is not None:
        query = query.where(model.id != other_than)
    found = query.tuples().first()
    if found is not None:
        retired = "" if found[1] else " (retired: restore it to use it again)"
        raise ValidationError("name", f"A {kind} called “{found[0]}” already exists{retired}")


def _check_zone_for_new_location(zone_id: int | None) -> None:
    if zone_id is None:
        return
    zone = Zone.get_or_none(Zone.id == zone_id)
    if zone is None:
        raise ValidationError("zone", "Choose a zone from the list")
    if not zone.active:
        raise ValidationError(
            "zone", f"The zone “{zone.name}” is retired; restore it first or choose another"
        )


class PicklistService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- any pick-list: what the pick-list dialog and `beacon picklist` work with -----------
    def entries(self, kind: str, include_retired: bool = True) -> list[PickEntry]:
        """Every entry of one pick-list, retired ones too unless told otherwise."""
        require(self.session, "picklist.read")
        model = _model(kind)
        query = model.select()
        if kind == "location":
            query = Location.select(Location, Zone).join(Zone, JOIN.LEFT_OUTER)
        if not include_retired:
            query = query.where(model.active == True)  # noqa: E712
        order = (Category.sort_order, Category.name) if kind == "category" else (model.name,)
        return [pick_entry(kind, row) for row in query.order_by(*order)]

    def find(self, kind: str, name: str) -> PickEntry | None:
        """The entry a name means (any case and spacing), retired or not."""
        require(self.session, "picklist.read")
        model = _model(kind)
        row = model.get_or_none(model.name_key == name_key(plain_name(name)))
        return pick_entry(kind, row) if row else None

    def add(self, kind: str, name: str, zone_id: int | None = None) -> PickEntry:
        """A new entry; only a location has a zone."""
        _model(kind)
        if kind != "location" and zone_id is not None:
            raise ValidationError("zone", "Only a location has a zone")
        if kind == "location":
            added = self.add_location(name, zone_id).id
        elif kind == "zone":
            added = self.add_zone(name).id
        else:
            added = self.add_category(name).id
        return pick_entry(kind, _model(kind).get_by_id(added))

    def rename(self, kind: str, entry_id: int, name: str) -> PickEntry:
        """A new name for an entry; records that use it show the new name."""
        require(self.session, "picklist.manage")
        _model(kind)  # an unknown kind is refused before the name is checked
        clean = _cleaner(kind)(name)

        def rename(row: Any) -> None:
            refuse_duplicate(kind, clean, row.id)
            row.name, row.name_key = clean, name_key(clean)

        return pick_entry(kind, self._change(kind, entry_id, rename))

    def retire(self, kind: str, entry_id: int) -> PickEntry:
        """No longer offered for new records; old records keep showing it."""
        return self._set_active(kind, entry_id, False)

    def restore(self, kind: str, entry_id: int) -> PickEntry:
        """Offered again, as before it was retired."""
        return self._set_active(kind, entry_id, True)

    def _set_active(self, kind: str, entry_id: int, active: bool) -> PickEntry:
        row = self._change(kind, entry_id, lambda row: setattr(row, "active", active))
        return pick_entry(kind, row)

    def _change(self, kind: str, entry_id: int, change: Callable[[Any], None]) -> Any:
        """One audited change of one entry, in one transaction; returns the changed row."""
        require(self.session, "picklist.manage")
        model = _model(kind)
        with db.atomic():
            row = model.get_or_none(model.id == entry_id)
            if row is None:
                raise NotFound(f"There is no {kind} with id {entry_id}")
            before = snapshot(kind, row)
            change(row)
            row.save()
            after = snapshot(kind, row)
            if after != before:
                audit.record(self.session, "update", kind, row.id, before, after)
        return row

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
            refuse_duplicate("zone", clean)
            zone = Zone.create(name=clean, name_key=name_key(clean), description=desc)
            row = _zone_row(zone)
            audit.record(self.session, "create", "zone", zone.id, None, row.__dict__)
        return row

    def rename_zone(self, zone_id: int, name: str) -> ZoneRow:
        self.rename("zone", zone_id, name)
        return _zone_row(Zone.get_by_id(zone_id))

    def set_zone_active(self, zone_id: int, active: bool) -> ZoneRow:
        self._set_active("zone", zone_id, active)
        return _zone_row(Zone.get_by_id(zone_id))

    # ---- locations ---------------------------------------------------------------------------
    def locations(self, include_inactive: bool = False) -> list[LocationRow]:
        require(self.session, "picklist.read")
        query = Location.select(Location, Zone).join(Zone, JOIN.LEFT_OUTER).order_by(Location.name)
        if not include_inactive:  # nor one whose zone is retired
            query = query.where(Location.active & (Location.zone.is_null() | Zone.active))
        return [self._location_row(loc) for loc in query]

    @staticmethod
    def _location_row(loc: Location) -> LocationRow:
        return location_row(loc)

    def add_location(
        self, name: str, zone_id: int | None, address: str = "", kind: str = ""
    ) -> LocationRow:
        require(self.session, "picklist.manage")
        clean = clean_location_name(name)
        addr = clean_line("address", address, max_length=200, required=False)
        kind_clean = clean_line("kind", kind, max_length=40, required=False, label="Kind")
        with db.atomic():
            _check_zone_for_new_location(zone_id)
            refuse_running_imports([("zone", Zone, zone_id)])
            refuse_duplicate("location", clean)
            try:
                loc = Location.create(
                    name=clean,
                    name_key=name_key(clean),
                    address=addr,
                    zone=zone_id,
                    kind=kind_clean,
                )
            except IntegrityError as exc:  # pragma: no cover - guarded above
                raise ValidationError("name", "That location already exists") from exc
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
        cat = Category.get_or_none(Category.name_key == name_key(plain_name(text)))
        return _category_row(cat) if cat else None

    def add_category(self, name: str) -> CategoryRow:
        require(self.session, "picklist.manage")
        clean = clean_category_name(name)
        with db.atomic():
            refuse_duplicate("category", clean)
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
