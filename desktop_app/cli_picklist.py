"""`beacon picklist list|add|retire category|zone|location [NAME] [--zone Z]`: the pick-lists
managers keep, from the command line (acting as the command line's system session)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.vocabulary import PICKLIST_KINDS as KINDS

if TYPE_CHECKING:
    from desktop_app.services.picklists import PickEntry, PicklistService

USAGE = "beacon picklist list|add|retire category|zone|location NAME [--zone Z]"


def add_parser(sub: Any, db_help: str) -> None:
    """Register `picklist` with the command line's subparsers."""
    pick = sub.add_parser(
        "picklist",
        help="list, add or retire categories, zones and locations",
        description="A retired entry stays on old records but is not offered for new ones; "
        "adding a retired name again restores it.",
    )
    pick.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    pick.add_argument("action", choices=("list", "add", "retire"), help="what to do")
    pick.add_argument("kind", choices=KINDS, help="which pick-list")
    pick.add_argument("name", nargs="?", help="the entry's name (any case)")
    pick.add_argument("--zone", help="a new location's zone (an existing zone's name)")


def line(entry: PickEntry) -> str:
    """One entry as `list` prints it: 'Old Market (retired)', 'Pier — Harbour'."""
    text = entry.name if entry.active else f"{entry.name} (retired)"
    if entry.kind == "location":
        text += f" — {entry.zone_name or '(no zone)'}"
    return text


def run_picklist(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], Any]) -> int:
    """open_office: the command line's way of opening the database (cli_commands._open)."""
    from desktop_app.services.picklists import PicklistService  # see cli.py

    _check_usage(args)
    open_office(args)
    service = PicklistService(Session.cli())
    if args.action == "list":
        for entry in service.entries(args.kind):
            print(line(entry))
        return 0
    if args.action == "add":
        return _add(service, args.kind, args.name, args.zone)
    return _retire(service, args.kind, args.name)


def _check_usage(args: argparse.Namespace) -> None:
    if args.action == "list" and args.name is not None:
        raise ServiceError(f"list takes no name: beacon picklist list {args.kind}")
    if args.action != "list" and args.name is None:
        raise ServiceError(f"say which {args.kind}: {USAGE}")
    if args.zone is not None and (args.action, args.kind) != ("add", "location"):
        raise ServiceError("--zone goes only with: beacon picklist add location NAME --zone Z")
    if (args.action, args.kind) == ("add", "location") and not args.zone:
        raise ServiceError(
            f"a location belongs to a zone: beacon picklist add location {_quoted(args.name)} "
            "--zone ZONE"
        )


def _quoted(name: str) -> str:
    return f'"{name}"' if " " in name else name


def _add(service: PicklistService, kind: str, name: str, zone: str | None) -> int:
    zone_id = None
    if zone is not None:
        found = service.find("zone", zone)
        if found is None:
            raise ServiceError(
                f"no zone called '{zone}'; add it first with: "
                f"beacon picklist add zone {_quoted(zone)}"
            )
        zone_id = found.id
    existing = service.find(kind, name)
    if existing is not None and not existing.active:
        _same_zone(existing, found if zone is not None else None)
        restored = service.restore(kind, existing.id)
        print(f"Restored {kind} '{restored.name}': it is offered for new records again.")
        return 0
    added = service.add(kind, name, zone_id)
    where = f" in zone '{added.zone_name}'" if kind == "location" else ""
    print(f"Added {kind} '{added.name}'{where}.")
    return 0


def _same_zone(retired: PickEntry, zone: PickEntry | None) -> None:
    """A retired location is restored only in its own zone: records made there stay there."""
    if zone is None or retired.zone_name == zone.name:
        return
    where = retired.zone_name or "no zone"
    raise ServiceError(
        f"the retired location '{retired.name}' is in {where}, not {zone.name}; restore it there "
        f"with --zone {_quoted(retired.zone_name)}, or add the new place under another name"
    )


def _retire(service: PicklistService, kind: str, name: str) -> int:
    found = service.find(kind, name)
    if found is None:
        raise ServiceError(
            f"no {kind} called '{name}'; see the list with: beacon picklist list {kind}"
        )
    if not found.active:
        print(f"The {kind} '{found.name}' was already retired.")
        return 0
    service.retire(kind, found.id)
    print(
        f"Retired {kind} '{found.name}': old records keep it; it is no longer offered for new ones."
    )
    return 0
