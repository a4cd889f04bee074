"""`beacon problems suggested`: the places where reports of one category repeat, one a line;
`beacon problems pdf PROBLEM_ID --out FILE.pdf`: a problem's one-page SARA summary (acting as
the command line's session)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli_paths import check_output
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session

if TYPE_CHECKING:
    from desktop_app.services.problems.suggestions import Suggestion

USAGE = (
    "say what to do: beacon problems suggested, or beacon problems pdf PROBLEM_ID --out FILE.pdf"
)


def _problem_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a problem id (a whole number)")
    return int(text)


def add_parser(sub: Any, db_help: str) -> None:
    """The `problems` command and its actions, added to the command line's subparsers."""
    problems = sub.add_parser("problems", help="problem solving: suggested problems")
    actions = problems.add_subparsers(dest="problems_command", metavar="ACTION")
    suggested = actions.add_parser(
        "suggested",
        help="places where reports of one category repeat, one a line: location, category, "
        "count in the last 90 days, the report numbers",
        description="A place with at least problem_min_reports reports of one category in the "
        "last 90 days (an office setting, default 4) and at least twice its rate in the year "
        "before; void reports never count; places an open problem works on and suggestions a "
        "manager set aside are left out. Most reports first.",
    )
    suggested.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    pdf = actions.add_parser(
        "pdf",
        help="a problem's one-page SARA summary: the problem, analysis, response, assessment",
    )
    pdf.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    pdf.add_argument("problem_id", metavar="PROBLEM_ID", type=_problem_id, help="the problem")
    pdf.add_argument("--out", type=Path, required=True, help="the PDF file to write")


def suggestion_line(suggestion: Suggestion) -> str:
    """`Elm Street car park  Theft  5  WR-2026-00012 WR-2026-00031 …`"""
    return (
        f"{suggestion.location}  {suggestion.category}  {suggestion.count}  "
        f"{' '.join(suggestion.numbers)}"
    )


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    from desktop_app.services.problems import document, suggestions  # see cli.py

    command = getattr(args, "problems_command", None)
    if command not in ("suggested", "pdf"):
        raise ServiceError(USAGE)
    if command == "pdf":
        check_output(args.out, "PDF", ServiceError)
    open_office(args)
    if command == "pdf":
        print(f"Wrote {document.save_problem_pdf(Session.cli(), args.problem_id, args.out)}")
        return 0
    found = suggestions.suggested_problems(Session.cli())
    for suggestion in found:
        print(suggestion_line(suggestion))
    if not found:  # as beacon search: nothing found is exit code 1, said on stderr
        print("beacon: no suggested problems", file=sys.stderr)
        return 1
    return 0
