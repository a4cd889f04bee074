"""Events as the plan tests make them: a family safety night at a given office-local time."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.services.event_input import EventInput
from desktop_app.services.picklists import PicklistService


def location_id(office, name: str = "Market Square") -> int:
    return next(loc.id for loc in PicklistService(office.manager).locations() if loc.name == name)


def night(office, starts: datetime, **changes) -> EventInput:
    values = {
        "kind": "family_safety_night",
        "title": "Family safety night",
        "starts": starts,
        "ends": starts + timedelta(hours=2),
        "venue": "Elm Park Community Centre",
        "lead_officer_id": office.officer.user_id,
        "capacity": "40",
        "description": "Locks, lights and online safety for families.",
    }
    values.update(changes)
    return EventInput(**values)
