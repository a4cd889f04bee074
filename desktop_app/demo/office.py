"""The demo office itself: its staff accounts, zones, locations, categories and settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from desktop_app.demo import names as W
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.run import DemoRun
from desktop_app.services.picklists import DEFAULT_CATEGORIES
from desktop_app.services.users import hash_password
from models.base import name_key
from models.org import Category, Location, Setting, User, Zone

USER_COLUMNS = (
    "id",
    "username",
    "display_name",
    "role",
    "password_hash",
    "active",
    "failed_signins",
    "created_at",
)


@dataclass
class Office:
    """The ids the other generators hang their records on."""

    user_ids: dict[str, int] = field(default_factory=dict)
    officer_ids: list[int] = field(default_factory=list)
    desk_ids: list[int] = field(default_factory=list)
    manager_id: int = 0
    zone_ids: list[int] = field(default_factory=list)
    locations: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (id, zone id)
    locations_by_zone: dict[int, list[str]] = field(default_factory=dict)
    category_ids: dict[str, int] = field(default_factory=dict)


def make_office(run: DemoRun) -> Office:
    office = Office()
    _staff(run, office)
    _zones(office)
    _locations(office)
    _categories(office)
    _settings()
    return office


def _officers(wanted: int) -> list[tuple[str, str]]:
    """The named officers, with made-up ones added when a large office needs more."""
    officers = list(W.OFFICERS)
    while len(officers) < wanted:
        first = W.FIRST_NAMES[len(officers) * 7 % len(W.FIRST_NAMES)]
        last = W.LAST_NAMES[len(officers) * 11 % len(W.LAST_NAMES)]
        officers.append(
            (
                f"{first[0]}{name_key(last).replace(' ', '')}{len(officers)}".lower(),
                f"{first} {last}",
            )
        )
    return officers[:wanted]


def _staff(run: DemoRun, office: Office) -> None:
    """Staff accounts, all with the demo password; an existing account is kept as it is."""
    existing = {u.username: u.id for u in User.select(User.username, User.id)}
    digest = hash_password(W.DEMO_PASSWORD)
    created = datetime.combine(run.start, time(8, 0))
    users = Bulk(User, USER_COLUMNS)
    ids = Ids(User)
    officers = _officers(run.scale.officers)
    staff = [(u, n, r) for u, n, r in W.STAFF] + [(u, n, "officer") for u, n in officers]
    for username, display, role in staff:
        if username in existing:
            office.user_ids[username] = existing[username]
            continue
        uid = ids.take()
        users.add(uid, username, display, role, digest, True, 0, created)
        office.user_ids[username] = uid
    users.flush()
    office.officer_ids = [office.user_ids[u] for u, _ in officers]
    office.desk_ids = [office.user_ids["desk1"], office.user_ids["desk2"]]
    office.manager_id = office.user_ids["manager"]


def _zones(office: Office) -> None:
    zones = Bulk(Zone, ["id", "name", "name_key", "description", "active"])
    ids = Ids(Zone)
    for name, description in W.ZONES:
        z = ids.take()
        zones.add(z, name, name_key(name), description, True)
        office.zone_ids.append(z)
    zones.flush()


def _locations(office: Office) -> None:
    locs = Bulk(Location, ["id", "name", "name_key", "address", "zone_id", "kind", "active"])
    ids = Ids(Location)
    for name, zone_index, kind in W.LOCATIONS:
        i = ids.take()
        zone_id = office.zone_ids[zone_index]
        locs.add(i, name, name_key(name), f"{name}, {W.TOWN}", zone_id, kind, True)
        office.locations[name] = (i, zone_id)
    locs.flush()
    for name, (_, zone_id) in office.locations.items():
        office.locations_by_zone.setdefault(zone_id, []).append(name)


def _categories(office: Office) -> None:
    """The default report categories; any the office already has are kept."""
    have = {c.name_key: c.id for c in Category.select(Category.name_key, Category.id)}
    cats = Bulk(Category, ["id", "name", "name_key", "sort_order", "active"])
    ids = Ids(Category)
    for order, name in enumerate(DEFAULT_CATEGORIES):
        if name_key(name) in have:
            office.category_ids[name] = have[name_key(name)]
            continue
        i = ids.take()
        cats.add(i, name, name_key(name), order, True)
        office.category_ids[name] = i
    cats.flush()


def _settings() -> None:
    if not Setting.select().where(Setting.key == "office_name").exists():
        Setting.insert(key="office_name", value=f'"{W.OFFICE_NAME}"').execute()
        Setting.insert(key="address", value=f'"1 Market Street, {W.TOWN}"').execute()
        Setting.insert(key="phone", value='"0161 496 0000"').execute()
