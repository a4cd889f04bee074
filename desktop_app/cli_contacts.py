"""`beacon contacts duplicates` / `beacon contacts merge KEEP_ID OTHER_ID [--yes]`: possible
duplicate contacts, one pair a line, and merging two (acting as the command line's session)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.vocabulary import CONTACT_FIELD_LABELS, CONTACT_LINK_LABELS, label

if TYPE_CHECKING:
    from desktop_app.services.contact_duplicates import DuplicatePair
    from desktop_app.services.contact_merge import MergePreview

USAGE = "say what to do: beacon contacts duplicates, or beacon contacts merge KEEP_ID OTHER_ID"
WIDTH = 34  # characters of a value shown side by side


MAX_ID = 2**63 - 1  # the largest id a database holds


def contact_id_arg(text: str) -> int:
    """A contact id typed on the command line (argparse type), or a one-line error."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a contact id (the id column of beacon export contacts)"
        )
    return int(text)


def add_parser(sub: Any, db_help: str) -> None:
    """The `contacts` command and its two actions, added to the command line's subparsers."""
    contacts = sub.add_parser("contacts", help="possible duplicate contacts, and merging two")
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION")
    dup = actions.add_parser(
        "duplicates",
        help="possible duplicates, one pair a line: both ids, both names, why",
        description="Contacts with the same phone (however written), the same email (any "
        "case) or names alike (accents and word order aside); strongest first.",
    )
    dup.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    merge = actions.add_parser(
        "merge",
        help="merge OTHER_ID into KEEP_ID: every record moves to KEEP_ID",
        description="Keeps KEEP_ID's values where it has them, else OTHER_ID's; every record "
        "of OTHER_ID moves to KEEP_ID, and OTHER_ID points at KEEP_ID from then on.",
    )
    merge.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    merge.add_argument("keep", metavar="KEEP_ID", type=contact_id_arg, help="the contact kept")
    merge.add_argument("other", metavar="OTHER_ID", type=contact_id_arg, help="the one merged")
    merge.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def pair_line(pair: DuplicatePair) -> str:
    """`12  Anna Nowak  34  Anna Nowak  same phone, similar names (100)`, tab-free for reading."""
    a, b = pair.first, pair.second
    return f"{a.id}  {a.name}  {b.id}  {b.name}  {', '.join(pair.reasons)}"


def _cut(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def side_by_side(preview: MergePreview, choices: dict[str, str]) -> list[str]:
    """The two contacts in columns, the value kept marked with *, then the records that move."""
    kept, other = preview.kept, preview.other
    rows = [("", f"keep (id {kept.id})", f"merge (id {other.id})")]
    for choice, pick in choices.items():
        mark_kept, mark_other = ("*", " ") if pick == "kept" else (" ", "*")
        rows.append(
            (
                label(CONTACT_FIELD_LABELS, choice),
                f"{mark_kept} {_cut(kept.shown(choice))}",
                f"{mark_other} {_cut(other.shown(choice))}",
            )
        )
    lines = [f"{a:<22}{b:<{WIDTH + 4}}{c}".rstrip() for a, b, c in rows]
    moves = ", ".join(
        f"{label(CONTACT_LINK_LABELS, table)}: {n}" for table, n in other.links.items()
    )
    lines.append(f"Moves to {kept.id}: {moves or 'no records'} (* the value kept)")
    return lines


def _confirmed(preview: MergePreview, choices: dict[str, str], yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ServiceError("merging cannot be undone: confirm with --yes")
    print("\n".join(side_by_side(preview, choices)))
    answer = input(f"Merge {preview.other.id} into {preview.kept.id}? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def run(args: argparse.Namespace, open_office: Callable[[argparse.Namespace], object]) -> int:
    from desktop_app.services import contact_duplicates, contact_merge  # see cli.py

    command = getattr(args, "contacts_command", None)
    if command not in ("duplicates", "merge"):
        raise ServiceError(USAGE)
    open_office(args)
    session = Session.cli()
    if command == "duplicates":
        pairs = contact_duplicates.find_duplicates(session)
        for pair in pairs:
            print(pair_line(pair))
        if not pairs:  # as beacon search: nothing found is exit code 1, said on stderr
            print("beacon: no possible duplicate contacts", file=sys.stderr)
            return 1
        return 0
    preview = contact_merge.merge_preview(session, args.keep, args.other)
    choices = preview.choices(prefer=contact_merge.KEPT)
    if not _confirmed(preview, choices, args.yes):
        print("Nothing was changed.")
        return 1
    result = contact_merge.merge_contacts(session, args.keep, args.other, choices)
    moved = sum(result.moved.values())
    print(
        f"Merged contact {result.merged_id} into {result.kept_id} "
        f"({result.values['name']}): {moved} record{'s' if moved != 1 else ''} moved."
    )
    return 0
