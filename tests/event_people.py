"""Events for the tests of registration, check-in, outcomes and walk findings."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.services.clock import now_utc
from desktop_app.services.contacts import ContactService
from models.events import Event


def make_event(
    kind: str = "family_safety_night",
    *,
    starts: datetime | None = None,
    hours: int = 2,
    status: str = "confirmed",
    capacity: int | None = 40,
    title: str = "Family safety night",
) -> int:
    """An event (stored UTC), by default starting an hour ago."""
    start = starts or now_utc() - timedelta(hours=1)
    event = Event.create(
        kind=kind,
        title=title,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        venue="Elm Park Community Centre",
        capacity=capacity,
        status=status,
    )
    return int(event.id)


def people(session, *names: str) -> list[int]:
    service = ContactService(session)
    return [service.create(name, f"0161 496 {1000 + i:04d}").id for i, name in enumerate(names)]
