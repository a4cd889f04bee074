"""Locations from a spreadsheet (name, zone; address and kind optional): every row checked first,
then all added in one transaction through PicklistService, or none; problems named by line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class LocationImport:
    rows: int
    names: tuple[str, ...]


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
        zones: Any = Zone.select(Zone.id, Zone.name_key, Zone.name, Zone.active).tuples()
        self.zones = {key: (zone_id, name, active) for zone_id, key, name, active in zones}
        places: Any = Location.select(Location.name_key, Location.active).tuples()
        self.locations: dict[str, bool] = dict(places)
        self.seen: dict[str, int] = {}  # name key -> its line in the file

    def row(self, line: int, row: dict[str, str]) -> _Planned:
        name = clean_location_name(row["name"])
        key = name_key(name)
        if key in self.seen:
            raise ValidationError("name", f"'{name}' is the same location as line {self.seen[key]}")
        if key in self.locations:
            retired = "" if self.locations[key] else " (retired: restore it instead)"
            raise ValidationError("name", f"a location called '{name}' already exists{retired}")
        self.seen[key] = line
        address = clean_line("address", row.get("address", ""), max_length=200, required=False)
        kind = clean_line("kind", row.get("kind", ""), max_length=40, required=False, label="Kind")
        return _Planned(line, name, self._zone(row["zone"]), address, kind)

    def _zone(self, text: str) -> int:
        zone = clean_line("zone", text, max_length=80, label="Zone")
        found = self.zones.get(name_key(zone))
        if found is None:
            raise ValidationError("zone", f"unknown zone '{zone}'; add the zone first")
        zone_id, name, active = found
        if not active:
            raise ValidationError("zone", f"the zone '{name}' is retired; restore it first")
        return int(zone_id)


def _checked(path: Path, sha: Hasher) -> list[_Planned]:
    check, problems, planned = _Check(), Problems(), []
    for line, row in read_rows(path, LOCATION_COLUMNS, sha):
        try:
            planned.append(check.row(line, row))
        except ValidationError as exc:
            problems.add(line, exc.field, exc.message)
    problems.raise_any()
    if not planned:
        raise ImportFailed([ImportProblem(2, "file", "the file has no locations under its header")])
    return planned


def import_locations(session: Session, path: Path) -> LocationImport:
    """Add every location of the file, or none; raises ImportFailed naming each bad line."""
    require(session, "picklist.manage")
    sha = hashlib.sha256()  # of exactly the bytes checked
    planned = _checked(path, sha)
    service = PicklistService(session)
    with db.atomic():
        for row in planned:
            try:
                service.add_location(row.name, row.zone_id, row.address, row.kind)
            except ValidationError as exc:  # another workstation got there since the check
                raise ImportFailed([ImportProblem(row.line, exc.field, exc.message)]) from None
        values = {"file": path.name, "sha256": sha.hexdigest(), "rows": len(planned)}
        audit.record(session, "import", "location", "", None, values)
    return LocationImport(len(planned), tuple(row.name for row in planned))
