"""`beacon search TEXT [--in reports|entries|contacts] [--limit N]`: the lists' indexed search
from the command line, best match first, one a line (acting as the command line's session)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.vocabulary import SEARCH_KINDS

if TYPE_CHECKING:
    from desktop_app.services.search import Hit

NAMES = {"reports": "reports", "entries": "patrol entries", "contacts": "contacts"}
SHOWN = 60  # characters of a narrative or observation shown after the title


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of matches from 1 to 1000")
    return value


def add_parser(sub: Any, db_help: str) -> None:
    """Register `search` with the command line's subparsers."""
    search = sub.add_parser(
        "search",
        help="find reports, patrol entries or contacts by their words",
        description="Every word must match, as the start of a word; accents and case are "
        "ignored. Best matches first.",
    )
    search.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    search.add_argument("text", metavar="TEXT", help="the words to look for")
    search.add_argument(
        "--in",
        dest="kind",
        choices=SEARCH_KINDS,
        default="reports",
        help="what to search (reports)",
    )
    search.add_argument("--limit", type=_limit, default=20, help="at most N matches (20)")


def _start(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN else flat[: SHOWN - 1].rstrip() + "…"


def line(hit: Hit) -> str:
    """One match as printed: its number or time first, then a short title."""
    from desktop_app.services.search import ContactHit, EntryHit, ReportHit  # see cli.py

    if isinstance(hit, ReportHit):
        where = " · ".join(p for p in (hit.category, hit.location) if p) or "—"
        return f"{hit.number}  {hit.occurred_at:%Y-%m-%d}  {where}  {_start(hit.narrative)}"
    if isinstance(hit, EntryHit):
        where = hit.location or "—"
        return f"{hit.at:%Y-%m-%d %H:%M}  {hit.officer}  {where}  {_start(hit.observation)}"
    assert isinstance(hit, ContactHit)
    details = " · ".join(p for p in (hit.organisation, hit.phone) if p and p != hit.name)
    return f"{hit.id}  {hit.name}" + (f"  {details}" if details else "")


def _quoted(text: str) -> str:
    """What was typed, on one line and cut short, to quote in an error."""
    return f"'{_start(text)}'"


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    from desktop_app.services.search import SearchService, searchable  # see cli.py

    if not searchable(args.text):
        typed = _quoted(args.text)
        raise ServiceError(f"nothing to search for in {typed}: give a word or a number")
    open_office(args)
    hits = SearchService(Session.cli()).search(args.kind, args.text, args.limit)
    for hit in hits:
        print(line(hit))
    if not hits:  # as grep: nothing found is exit code 1, said on stderr for whoever reads it
        print(f"beacon: no {NAMES[args.kind]} match {_quoted(args.text)}", file=sys.stderr)
        return 1
    return 0
