"""Setting up a new office: the default pick-lists, the office's name and its first manager."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.services.errors import ValidationError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager, has_users
from models.database import db


@dataclass(frozen=True)
class NewOffice:
    categories: int  # default categories added
    manager: str | None  # the first manager's username, when one was made


def set_up_office(
    session: Session,
    office_name: str | None = None,
    manager: tuple[str, str, str] | None = None,
) -> NewOffice:
    """Seed a just-created database. manager is (username, display name, password)."""
    if manager is not None and has_users():
        raise ValidationError("manager", "this office already has accounts")
    if office_name:
        SettingsService(session).update(office_name=office_name)
    added = PicklistService(session).ensure_default_categories()
    made = None
    if manager is not None:
        username, display_name, password = manager
        made = create_first_manager(username, display_name, password).username
    return NewOffice(added, made)


def start_office(
    username: str, display_name: str, password: str, settings: Mapping[str, object]
) -> Session:
    """The first run: the first manager, the office's settings and the default categories, in
    one transaction (a refused setting leaves no account behind). Returns the manager's session;
    the settings and categories are audited as theirs."""
    with db.atomic():
        session = create_first_manager(username, display_name, password)
        SettingsService(session).update(**settings)
        PicklistService(session).ensure_default_categories()
    return session
