"""`beacon settings show|set`: office settings from the command line, checked as in the dialog."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.session import Session
from desktop_app.vocabulary import SETTING_KEYS

if TYPE_CHECKING:
    from desktop_app.services.office_settings import OfficeSettings

USAGE = "say what to do: beacon settings show, or beacon settings set KEY VALUE"


def add_parser(sub: Any, db_help: str) -> None:
    """The `settings` command and its two actions, added to the command line's subparsers."""
    settings = sub.add_parser("settings", help="show or change the office settings")
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION")
    show = actions.add_parser("show", help="every setting, one 'key: value' a line")
    show.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    change = actions.add_parser("set", help="change one setting, checked as in the dialog")
    change.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    change.add_argument("key", metavar="KEY", help=f"one of: {', '.join(SETTING_KEYS)}")
    change.add_argument(
        "value",
        metavar="VALUE",
        help="the new value; for time_zone, country and backup_folder '' means this computer's",
    )


def lines(settings: OfficeSettings) -> list[str]:
    """One `key: value` a line, in SETTING_KEYS' order; the time zone and country in use (the
    computer's when the office has set none)."""
    shown: dict[str, object] = {
        **{key: getattr(settings, key) for key in SETTING_KEYS},
        "time_zone": settings.zone_name(),
        "country": settings.country_code(),
    }
    return [f"{key}: {shown[key]}" for key in SETTING_KEYS]


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    from desktop_app.services.settings import SettingsService, setting_from_text  # see cli.py

    if args.settings_command not in ("show", "set"):
        raise ServiceError(USAGE)
    session = Session.cli()
    if args.settings_command == "show":
        open_office(args)
        print("\n".join(lines(SettingsService(session).get())))
        return 0
    try:
        value = setting_from_text(args.key, args.value)
        open_office(args)
        saved = SettingsService(session).update(**{args.key: value})
    except ValidationError as exc:
        raise ServiceError(f"cannot set {args.key}: {exc.message}") from None
    print(next(line for line in lines(saved) if line.startswith(f"{args.key}:")))
    return 0
