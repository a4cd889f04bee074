"""The `beacon` commands: each one's handler, and the dispatch with its one-line errors. Loaded by
cli.py once the command line is read; built on the same services as the GUI."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from pathlib import Path

from desktop_app import (
    cli_contacts,
    cli_events,
    cli_picklist,
    cli_privacy,
    cli_problems,
    cli_search,
    cli_settings,
)
from desktop_app.cli_paths import check_output, output_problem
from desktop_app.demo import load_demo
from desktop_app.reporting.plural import plural
from desktop_app.services.backups import BackupService, check_backup_file
from desktop_app.services.check import run_check
from desktop_app.services.db_errors import explain
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.exporter import export, record_export, write_export
from desktop_app.services.importer import (
    ImportFailed,
    import_contacts,
    import_patrols,
    import_reports,
    undo_unfinished_imports,
)
from desktop_app.services.monthly import parse_month, write_monthly_pdf
from desktop_app.services.printing import print_recorded
from desktop_app.services.session import Session
from desktop_app.services.setup import init_office
from desktop_app.services.users import UserService
from models.connection import close, connect
from models.database import DatabaseTarget, DatabaseTargetError, NoDatabase, resolve_target
from models.migrations import SchemaError

log = logging.getLogger(__name__)


class UsageError(Exception):
    """A user mistake on the command line: printed as one line, exit code 2."""


def _open(args: argparse.Namespace, create: bool = False) -> DatabaseTarget:
    """Open the office database. Only the commands that make an office (init, demo, restore)
    create one; for the others a path holding no database is a one-line error."""
    target = resolve_target(getattr(args, "db", None))
    connect(target, create=create)
    if args.command != "check":  # check reports an import cut short; the others undo it first
        undo_unfinished_imports(Session.system("import", "Unfinished import undone"))
    return target


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password; use --password-stdin")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != password:
        raise UsageError("the two passwords differ")
    return password


def cmd_init(args: argparse.Namespace) -> int:
    target = resolve_target(getattr(args, "db", None))
    if args.password_stdin and not args.manager:
        raise UsageError("--password-stdin goes with --manager USERNAME")
    password = _read_password(args.password_stdin) if args.manager else ""
    try:
        connect(target, create=False)
    except NoDatabase:
        pass  # as it should be: a new office
    else:
        raise UsageError(
            f"{target.display()} already holds a Beacon office; "
            "choose a new path with --db, or open this one with `beacon`"
        )
    finally:
        close()
    manager = (args.manager, args.manager, password) if args.manager else None
    made = init_office(target, args.office_name, manager)
    print(f"Created a new Beacon office in {target.display()} ({made.categories} categories).")
    if made.manager:
        print(f"The first manager account is '{made.manager}'.")
    else:
        print("Add its first manager with: beacon user add NAME --role manager")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    target = _open(args, create=True)
    session = Session.cli()
    last = [-1]

    def progress(pct: int, what: str) -> None:
        if pct // 10 != last[0] // 10 or pct == 100:
            print(f"  {pct:3d}%  {what}", file=sys.stderr, flush=True)
        last[0] = pct

    print(f"Building the {args.scale} demo office in {target.display()} ...", file=sys.stderr)
    started = time.perf_counter()
    summary = load_demo(
        session, seed=args.seed, scale=args.scale, until=args.until, progress=progress
    )
    elapsed = time.perf_counter() - started
    print(f"Demo office ready in {elapsed:.1f} s: {summary.describe()}.")
    print(
        "Sign in as 'manager', 'desk1' or an officer such as 'akhan' "
        f"with the password: {summary.password}"
    )
    return 0


PRINTED_PROBLEMS = 50  # a file with thousands of bad lines: the first ones and a count
IMPORTED = {"patrols": ("patrol entry", "patrol entries")}  # kind -> (one, many); else kind - s


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"no such file: {args.file}")
    _open(args)
    session = Session.cli()
    importer = {"contacts": import_contacts, "reports": import_reports, "patrols": import_patrols}[
        args.kind
    ]
    try:
        result = importer(session, args.file, create_missing=args.create_missing)
    except ImportFailed as failed:
        for problem in failed.problems[:PRINTED_PROBLEMS]:
            print(problem, file=sys.stderr)
        if failed.total > PRINTED_PROBLEMS:
            more = failed.total - PRINTED_PROBLEMS
            print(f"... and {plural(more, 'more problem')}", file=sys.stderr)
        print(
            f"beacon: nothing was imported from {args.file.name}; fix the lines above, try again",
            file=sys.stderr,
        )
        return 1
    one, many = IMPORTED.get(result.kind, (result.kind.removesuffix("s"), result.kind))
    print(f"Imported {plural(result.rows, one, many)} from {args.file.name}.")
    if result.created:
        print("Added: " + ", ".join(result.created))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.out is not None:
        check_output(args.out, "CSV", UsageError)
    _open(args)
    if args.out is None:
        count = export(Session.cli(), args.kind, sys.stdout)
    else:
        count = _export_file(args.kind, args.out)
        print(f"Exported {count:,} {args.kind} to {args.out}")
    return 0


def _export_file(kind: str, out: Path) -> int:
    """Written beside out and recorded as it is moved into place: a failed export leaves
    neither a file nor a record that the data left the office."""
    session, rows = Session.cli(), [0]

    def write(path: Path) -> None:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:  # BOM: for Excel
            rows[0] = write_export(session, kind, fh)

    try:
        print_recorded(out, write, lambda: record_export(session, kind, str(out)))
    except OSError as exc:
        raise UsageError(output_problem(exc, out.parent) + "; no file was written") from None
    return rows[0]


def cmd_report_monthly(args: argparse.Namespace) -> int:
    month = parse_month(args.month)
    check_output(args.out, "PDF", UsageError)
    _open(args)
    out = write_monthly_pdf(Session.cli(), month, args.out, args.note)
    print(f"Wrote the monthly report for {month.strftime('%B %Y')} to {out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    _open(args)
    path = BackupService(Session.cli()).backup_now(args.to)
    print(f"Backed up to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = _open(args, create=True)
    check_backup_file(args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("restoring replaces the database: confirm with --yes")
        answer = input(f"Replace {target.display()} with {args.file}? Type yes to go on: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    safety = BackupService(Session.cli()).restore(args.file)
    print(f"Restored {args.file}. The database as it was is kept at {safety}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    target = _open(args)
    result = run_check()
    print(f"Checking {target.display()}")
    for line in result.lines():
        print(line)
    return 0 if result.ok else 1


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    _open(args)
    row = UserService(Session.cli()).create_user(
        args.name, args.display_name or args.name, args.role, password
    )
    print(f"Created {row.role.replace('_', ' ')} account '{row.username}'.")
    return 0


def _no_display() -> bool:
    """True on Linux with no display server and no Qt platform chosen: Qt would abort."""
    if not sys.platform.startswith("linux"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def _where(args: argparse.Namespace) -> str | None:
    try:
        return resolve_target(getattr(args, "db", None)).display()
    except DatabaseTargetError:
        return None


def dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the command args name; a user's mistake is one line and a non-zero exit."""
    command = args.command or "gui"
    try:
        if command == "gui":
            if _no_display():
                raise UsageError(
                    "no screen to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                    "run Beacon from a desktop session, or use a headless command such as "
                    "'beacon check'"
                )
            from ui.app import run_gui  # Qt is loaded only for the GUI

            return run_gui(getattr(args, "db", None))
        if command == "init":
            return cmd_init(args)
        if command == "demo":
            return cmd_demo(args)
        if command == "import":
            return cmd_import(args)
        if command == "export":
            return cmd_export(args)
        if command == "report":
            if args.report_command != "monthly":
                parser.error(
                    "say which report: beacon report monthly --month YYYY-MM --out FILE.pdf"
                )
            return cmd_report_monthly(args)
        if command == "backup":
            return cmd_backup(args)
        if command == "restore":
            return cmd_restore(args)
        if command == "check":
            return cmd_check(args)
        if command == "user":
            if args.user_command != "add":
                parser.error("say what to do: beacon user add NAME --role ROLE")
            return cmd_user_add(args)
        if command == "settings":
            return cli_settings.run(args, _open)
        if command == "picklist":
            return cli_picklist.run_picklist(args, _open)
        if command == "search":
            return cli_search.run(args, _open)
        if command == "contacts":
            return cli_contacts.run(args, _open)
        if command == "privacy":
            return cli_privacy.run(args, _open)
        if command == "problems":
            return cli_problems.run(args, _open)
        if command == "events":
            return cli_events.run(args, _open)
        parser.error(f"unknown command {command}")
    except ValidationError as exc:
        print(f"beacon: {exc.message}", file=sys.stderr)
        return 2
    except (ServiceError, DatabaseTargetError, SchemaError, UsageError) as exc:
        print(f"beacon: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("beacon: interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`beacon export ... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:  # an unexpected failure: one line here, the traceback in the log
        log.exception("command %s failed", command)
        told = explain(exc, _where(args))
        if told:
            print(f"beacon: {command}: {told}", file=sys.stderr)
            return 1
        print(
            f"beacon: {command} failed: {exc.__class__.__name__}: {exc} (details in the log)",
            file=sys.stderr,
        )
        return 1
    finally:
        close()
    return 0
