"""A small office to take reports in: zones, locations, categories, staff and a few contacts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop_app.services.contacts import ContactService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService


@dataclass(frozen=True)
class Office:
    manager: Session
    desk: Session
    officer: Session
    other_officer: Session
    zones: dict[str, int]
    reporter_id: int


def _session(row) -> Session:
    return Session(row.id, row.username, row.display_name, row.role, "test-pc")


@pytest.fixture
def office(manager: Session) -> Office:
    SettingsService(manager).update(time_zone="Europe/London", office_name="Riverside Office")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    north = picklists.add_zone("North")
    south = picklists.add_zone("South")
    picklists.add_location("Elm Street car park", north.id)
    picklists.add_location("Market Square", south.id)
    users = UserService(manager)
    desk = users.create_user("priya", "Priya Patel", "front_desk", "desk-password")
    officer = users.create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    other = users.create_user("bmurphy", "Brendan Murphy", "officer", "patrol-pass")
    reporter = ContactService(manager).create(
        "Zoë Adeyemi", "0161 496 0123", address="4 Elm Street"
    )
    return Office(
        manager,
        _session(desk),
        _session(officer),
        _session(other),
        {"North": north.id, "South": south.id},
        reporter.id,
    )
