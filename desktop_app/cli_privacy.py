"""`beacon privacy export|anonymise|retention`: subject access, erasure and the retention review
from the command line (acting as the command line's session)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli_contacts import contact_id_arg
from desktop_app.services.errors import ServiceError

USAGE = (
    "say what to do: beacon privacy export CONTACT_ID --out FILE.json, "
    "beacon privacy anonymise CONTACT_ID [--yes], or beacon privacy retention [--years N]"
)


def _years(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of years from 1 to 100")
    return int(text)


def add_parser(sub: Any, db_help: str) -> None:
    """Register `privacy` and its three actions with the command line's subparsers."""
    privacy = sub.add_parser("privacy", help="subject access, anonymising, retention review")
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION")
    export = actions.add_parser("export", help="everything held about a contact, as JSON")
    export.add_argument("contact_id", type=contact_id_arg, metavar="CONTACT_ID")
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    export.add_argument("--pdf", type=Path, help="also write the readable PDF here")
    erase = actions.add_parser("anonymise", help="erase what identifies a contact")
    erase.add_argument("contact_id", type=contact_id_arg, metavar="CONTACT_ID")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    review = actions.add_parser("retention", help="contacts with no activity for N years")
    review.add_argument("--years", type=_years, help="N (default: the office setting)")
    for action in (export, erase, review):
        action.add_argument("--db", help=db_help, default=argparse.SUPPRESS)


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    command = getattr(args, "privacy_command", None)
    if command not in ("export", "anonymise", "retention"):
        raise ServiceError(USAGE)
    open_office(args)
    if command == "export":
        return _export(args)
    if command == "anonymise":
        return _anonymise(args)
    return _retention(args)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services.privacy.access_pdf import save_subject_access  # see cli.py
    from desktop_app.services.session import Session

    for path in (p for p in (args.out, args.pdf) if p is not None):
        if path.is_dir() or not path.parent.is_dir():
            why = "it is a folder" if path.is_dir() else "its folder does not exist"
            raise ServiceError(f"cannot write {path}: {why}; give a file in an existing folder")
    try:
        out, pdf = save_subject_access(Session.cli(), args.contact_id, args.out, args.pdf)
    except OSError as exc:
        raise ServiceError(f"cannot write {exc.filename or args.out}: {exc.strerror}") from exc
    print(f"Wrote {out}" + (f" and {pdf}" if pdf else ""))
    return 0


def _anonymise(args: argparse.Namespace) -> int:
    from desktop_app.services.contacts import ContactService
    from desktop_app.services.privacy.anonymise import anonymise
    from desktop_app.services.session import Session

    session = Session.cli()
    name = ContactService(session).get(args.contact_id).name
    if not args.yes:
        if not sys.stdin.isatty():
            raise ServiceError("anonymising cannot be undone: confirm with --yes")
        answer = input(f"Erase what identifies {name} (#{args.contact_id})? Type yes to go on: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    done = anonymise(session, args.contact_id)
    print(f"Contact {args.contact_id} is now “{done.label}”.")
    if done.to_review:
        print(f"Reports whose text still mentions the name; review them ({len(done.to_review)}):")
        for report in done.to_review:
            print(f"{report.number}  {', '.join(report.fields)}")
    else:
        print("No report's text mentions the name.")
    return 0


def _retention(args: argparse.Namespace) -> int:
    from desktop_app.services.privacy.retention import retention_review
    from desktop_app.services.session import Session

    quiet = retention_review(Session.cli(), args.years)
    for q in quiet:
        print(f"{q.id}  {q.name}  last {q.last_what} {q.last_activity:%Y-%m-%d}")
    print(f"{len(quiet)} contact{'s' if len(quiet) != 1 else ''} to review", file=sys.stderr)
    return 0
