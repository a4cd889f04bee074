"""The `beacon` command line: the command table. Reading it loads nothing of the office (no ORM,
Qt or reportlab): `beacon --version` and `beacon --help` end here. The commands themselves are in
desktop_app/cli_commands.py (and one cli_<command>.py module each for the newer ones), loaded once
the command line is read; a command module keeps its top imports light and loads what it needs
in the function that runs it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from desktop_app import (
    __version__,
    cli_contacts,
    cli_events,
    cli_picklist,
    cli_privacy,
    cli_problems,
    cli_search,
    cli_settings,
)
from desktop_app.vocabulary import DEMO_SCALES, EXPORT_KINDS, USER_ROLES


class BeaconParser(argparse.ArgumentParser):
    """argparse with Beacon's one-line errors (the usage is on --help); subcommands inherit it."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"beacon: {message}; see: {self.prog} --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = BeaconParser(
        prog="beacon",
        description="Beacon: the record-keeping desk of a community-oriented security office.",
    )
    parser.add_argument("--version", action="version", version=f"Beacon {__version__}")
    db_help = (
        "database: a file path, sqlite:///path or postgresql://user:pass@host:port/name "
        "(default: BEACON_DB, then a file in your user data folder)"
    )
    parser.add_argument("--db", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop application (the default)")
    gui.add_argument("--db", help=db_help, default=argparse.SUPPRESS)

    init = sub.add_parser("init", help="create a new office database (refuses an existing one)")
    init.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    init.add_argument("--office-name", help="the office's name, as printed on reports")
    init.add_argument("--manager", metavar="USERNAME", help="create the first manager account")
    init.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the manager's password from standard input",
    )

    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo office")
    demo.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same office)")
    demo.add_argument(
        "--scale",
        choices=DEMO_SCALES,
        default="small",
        help="small: a year of a small office; large: ten years, 1,000,000+ patrol entries",
    )
    demo.add_argument(
        "--until",
        type=_parse_date,
        default=None,
        help="last day of the demo (YYYY-MM-DD; default today)",
    )

    imp = sub.add_parser("import", help="import a spreadsheet export (CSV): all rows or none")
    imp.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    imp.add_argument("kind", choices=("contacts", "reports", "patrols"), help="what the file holds")
    imp.add_argument("file", type=Path, help="the CSV file (UTF-8, header row, comma separated)")
    imp.add_argument(
        "--create-missing",
        action="store_true",
        help="add unknown categories, zones and locations instead of refusing them",
    )

    exp = sub.add_parser("export", help="write records as CSV, safe to open in a spreadsheet")
    exp.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    exp.add_argument("kind", choices=EXPORT_KINDS, help="what to export")
    exp.add_argument("--out", type=Path, help="the CSV file (default: standard output)")

    report = sub.add_parser("report", help="print the manager's reports as PDF")
    report_sub = report.add_subparsers(dest="report_command", metavar="KIND")
    monthly = report_sub.add_parser("monthly", help="the monthly report")
    monthly.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    monthly.add_argument("--month", required=True, help="the month, as YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    monthly.add_argument("--note", default="", help="the manager's note for the cover")

    backup = sub.add_parser("backup", help="take a consistent backup of the database now")
    backup.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    backup.add_argument("--to", type=Path, help="the folder (default: the office's backup folder)")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    check = sub.add_parser("check", help="check the database's integrity and the audit chain")
    check.add_argument("--db", help=db_help, default=argparse.SUPPRESS)

    user = sub.add_parser("user", help="manage user accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION")
    add = user_sub.add_parser("add", help="create a user account")
    add.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    add.add_argument("name", help="username (letters, digits, . - _)")
    add.add_argument("--role", required=True, choices=USER_ROLES)
    add.add_argument("--display-name", help="full name as shown in the app (default: the username)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    cli_settings.add_parser(sub, db_help)
    cli_picklist.add_parser(sub, db_help)
    cli_search.add_parser(sub, db_help)
    cli_contacts.add_parser(sub, db_help)
    cli_privacy.add_parser(sub, db_help)
    cli_problems.add_parser(sub, db_help)
    cli_events.add_parser(sub, db_help)
    return parser


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-10-31") from None


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop_app.cli_commands import dispatch  # the office's modules, once a command runs

    return dispatch(parser, args)
