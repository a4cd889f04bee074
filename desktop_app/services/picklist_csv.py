"""Locations from a spreadsheet (name, zone; address and kind optional): every row checked first,
then all added in one transaction through PicklistService, or none; problems named by line.
Comma or semicolon separated; a zone matched without regard to case, accents or the kind of
dash, else the nearest names suggested; a location already there in the same zone skipped."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.errors import ValidationError
from desktop_app.services.import_csv import (
    Columns,
    Hasher,
    ImportFailed,
    ImportProblem,
    Problems,
    read_rows,
)
from desktop_app.services.permissions import require
from desktop_app.services.picklists import PicklistService, clean_location_name
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line
from models.base import name_key
from models.database import db
from models.org import Location, Zone

LOCATION_COLUMNS = Columns(required=("name", "zone"), optional=("address", "kind"))


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


@dataclass(frozen=True)
class LocationImport:
    rows: int  # added
    names: tuple[str, ...]
    already: int = 0  # in the list already, in the same zone: skipped

    def summary(self) -> str:
        """'2 added, 1 already there' ('2 added' when none was)."""
        added = f"{self.rows:,} added"
        return f"{added}, {self.already:,} already there" if self.already else added


def folded(name: str) -> str:
    """A zone's name as compared with one typed: no case, accents or kinds of dash."""
    plain = unicodedata.normalize("NFKD", _DASHES.sub("-", name))
    return name_key("".join(c for c in plain if not unicodedata.combining(c)))


def _either(names: list[str]) -> str:
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


@dataclass(frozen=True)
class _Planned:
    line: int
    name: str
    zone_id: int
    address: str
    kind: str


class _Check:
    """Checks rows against the lists as they are and against the rows above them."""

    def __init__(self) -> None:
        zones: Any = Zone.select(Zone.id, Zone.name, Zone.active).tuples()
        self.zones = {folded(name): (zone_id, name, active) for zone_id, name, active in zones}
        places: Any = (
            Location.select(Location.name_key, Location.name, Location.active, Zone.id, Zone.name)
            .join(Zone, JOIN.LEFT_OUTER)
            .tuples()
        )
        self.locations = {key: (name, active, z, zn) for key, name, active, z, zn in places}
        self.seen: dict[str, int] = {}  # name key -> its line in the file
        self.already = 0

    def row(self, line: int, row: dict[str, str]) -> _Planned | None:
        """The location to add, or None when it is in the list already in the same zone."""
        name = clean_location_name(row["name"])
        key = name_key(name)
        if key in self.seen:
            raise ValidationError("name", f"“{name}” is the same location as line {self.seen[key]}")
        self.seen[key] = line
        zone_id = self._zone(row["zone"])
        if key in self.locations:
            self._existing(key, zone_id)
            return None
        address = clean_line("address", row.get("address", ""), max_length=200, required=False)
        kind = clean_line("kind", row.get("kind", ""), max_length=40, required=False, label="Kind")
        return _Planned(line, name, zone_id, address, kind)

    def _existing(self, key: str, zone_id: int) -> None:
        """Counted when in the list already in the same zone; refused when retired or elsewhere."""
        name, active, its_zone, zone_name = self.locations[key]
        if not active:
            raise ValidationError("name", f"“{name}” is in the list, retired: restore it instead")
        if its_zone != zone_id:
            where = f"in the zone “{zone_name}”" if zone_name else "with no zone"
            raise ValidationError("name", f"“{name}” is already in the list, {where}")
        self.already += 1

    def _zone(self, text: str) -> int:
        zone = clean_line("zone", text, max_length=80, label="Zone")
        found = self.zones.get(folded(zone))
        if found is None:
            near = self._near(folded(zone))
            hint = f"did you mean {_either(near)}?" if near else "add the zone first"
            raise ValidationError("zone", f"no zone “{zone}”; {hint}")
        zone_id, name, active = found
        if not active:
            raise ValidationError("zone", f"the zone “{name}” is retired; restore it first")
        return int(zone_id)

    def _near(self, typed: str, most: int = 3) -> list[str]:
        """Active zones the typed name may mean: those it is a part of, word for word ('elm
        park' of 'north - elm park'), then those spelled nearly alike."""
        active = {key: name for key, (_, name, on) in self.zones.items() if on}
        word = re.compile(rf"(?<!\w){re.escape(typed)}(?!\w)")
        within = [key for key in sorted(active) if word.search(key)]
        alike = difflib.get_close_matches(typed, list(active), n=most, cutoff=0.6)
        keys = list(dict.fromkeys(within + alike))[:most]
        return [active[key] for key in keys]


def _checked(path: Path, sha: Hasher) -> tuple[list[_Planned], int]:
    """The locations to add and how many of the file's are in the list already."""
    check, problems, planned = _Check(), Problems(), []
    for line, row in read_rows(path, LOCATION_COLUMNS, sha, delimiters=",;"):
        try:
            if (one := check.row(line, row)) is not None:
                planned.append(one)
        except ValidationError as exc:
            problems.add(line, exc.field, exc.message)
    problems.raise_any()
    if not planned and not check.already:
        raise ImportFailed([ImportProblem(2, "file", "the file has no locations under its header")])
    return planned, check.already


def import_locations(session: Session, path: Path) -> LocationImport:
    """Add every location of the file not in the list already, or none; raises ImportFailed
    naming each bad line."""
    require(session, "picklist.manage")
    sha = hashlib.sha256()  # of exactly the bytes checked
    planned, already = _checked(path, sha)
    if not planned:
        return LocationImport(0, (), already)
    service = PicklistService(session)
    with db.atomic():
        for row in planned:
            try:
                service.add_location(row.name, row.zone_id, row.address, row.kind)
            except ValidationError as exc:  # another workstation got there since the check
                raise ImportFailed([ImportProblem(row.line, exc.field, exc.message)]) from None
        values = {"file": path.name, "sha256": sha.hexdigest(), "rows": len(planned)}
        audit.record(session, "import", "location", "", None, {**values, "already": already})
    return LocationImport(len(planned), tuple(row.name for row in planned), already)
