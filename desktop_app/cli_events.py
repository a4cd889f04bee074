"""`beacon events calendar --from DATE --to DATE --out FILE.ics` and `beacon events sheet EVENT_ID
--out FILE.pdf`: the calendar export and the sign-in sheet from the command line (acting as the
command line's session)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli_paths import check_output
from desktop_app.services.errors import ServiceError

USAGE = (
    "say what to do: beacon events calendar --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.ics, "
    "or beacon events sheet EVENT_ID --out FILE.pdf"
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-10-31") from None


def _event_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not an event id (a whole number)")
    return int(text)


def add_parser(sub: Any, db_help: str) -> None:
    """Register `events` and its two actions with the command line's subparsers."""
    events = sub.add_parser("events", help="the events calendar (.ics) and sign-in sheets")
    actions = events.add_subparsers(dest="events_command", metavar="ACTION")
    calendar = actions.add_parser(
        "calendar", help="every event starting in a range of days, as an iCalendar file"
    )
    calendar.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    calendar.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    calendar.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    sheet = actions.add_parser("sheet", help="an event's sign-in sheet as PDF")
    sheet.add_argument("event_id", type=_event_id, metavar="EVENT_ID")
    sheet.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    for action in (calendar, sheet):
        action.add_argument("--db", help=db_help, default=argparse.SUPPRESS)


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    command = getattr(args, "events_command", None)
    if command not in ("calendar", "sheet"):
        raise ServiceError(USAGE)
    if command == "calendar" and args.last < args.first:
        raise ServiceError(f"--from {args.first} is after --to {args.last}; swap them")
    check_output(args.out, "ICS" if command == "calendar" else "PDF", ServiceError)
    open_office(args)
    if command == "calendar":
        return _calendar(args)
    return _sheet(args)


def _calendar(args: argparse.Namespace) -> int:
    from desktop_app.services.event_ics import EventIcs  # see cli.py
    from desktop_app.services.session import Session

    ics = EventIcs(Session.cli())
    export = ics.between(args.first, args.last)
    ics.save(export, args.out)
    noun = "event" if export.events == 1 else "events"
    print(f"Wrote {export.events} {noun} ({args.first} to {args.last}) to {args.out}")
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from desktop_app.services.events import EventService
    from desktop_app.services.session import Session

    # Built beside args.out and recorded as it is moved into place: a failed write, no record.
    EventService(Session.cli()).write_sign_in_pdf(args.event_id, args.out)
    print(f"Wrote the sign-in sheet of event {args.event_id} to {args.out}")
    return 0
