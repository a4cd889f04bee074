"""`beacon export contacts` then `beacon import contacts` into another office gives back the same
contacts: commas, quotes, newlines, emoji, right-to-left names and cells a spreadsheet would run
as formulas included."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.test_cli import beacon

COMPARED = ("kind", "name", "organisation", "phone", "email", "address", "zone", "roles", "notes")
CONTACTS = [
    {
        "kind": "business",
        "name": 'Dev "Dave" Patel, Jr.',
        "organisation": "Harbour Café, Fish & Chips",
        "phone": "+44 161 496 0431",  # starts with + : exported as '+44…
        "email": "dev@example.org",
        "address": "12 Harbour Road, Riverside",
        "zone": "East – Harbour",
        "roles": "business owner; key holder",
        "notes": 'Line one, with a comma\nLine "two"\r\nLine three 🚲',
        "consent": "yes",
    },
    {
        "kind": "resident",
        "name": "مريم الحسيني",
        "phone": "0161 496 0999",
        "address": "שדרות הנשיא 4",
        "zone": "North – Elm Park",
        "notes": "Prefers Arabic 👋🏽; ‏right-to-left‏ mark kept",
        "consent": "no",
    },
    {
        "kind": "resident",
        "name": '=HYPERLINK("http://example.org/x","Click")',
        "organisation": "@SUM(A1)",
        "notes": "-2 and +3 and =1+1",
        "consent": "no",
    },
]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, [*COMPARED, "consent"], lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def _exported(db: Path, out: Path) -> list[dict[str, str]]:
    done = beacon("export", "contacts", "--out", str(out), db=db)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    return sorted(rows, key=lambda r: r["name"])


def _office(path: Path) -> Path:
    done = beacon("init", "--office-name", "Round trip", db=path)
    assert done.returncode == 0, done.stderr
    return path


def _imported(db: Path, source: Path) -> None:
    done = beacon("import", "contacts", str(source), "--create-missing", db=db)
    assert done.returncode == 0, done.stdout + done.stderr


def _unguarded(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and cell[1:2] in "=+-@\t\r" else cell


def test_export_then_import_gives_back_the_same_contacts(tmp_path):
    source = tmp_path / "source.csv"
    _write(source, CONTACTS)
    first = _office(tmp_path / "first.db")
    _imported(first, source)
    exported = _exported(first, tmp_path / "first.csv")
    # A line end typed as CR LF is kept as LF, as every text Beacon stores.
    expected = sorted(
        ({k: c.get(k, "").replace("\r\n", "\n") for k in (*COMPARED, "consent")} for c in CONTACTS),
        key=lambda r: r["name"],
    )
    assert [{k: _unguarded(r[k]) for k in (*COMPARED, "consent")} for r in exported] == expected
    assert exported[0]["name"].startswith("'=HYPERLINK")  # still safe in a spreadsheet

    second = _office(tmp_path / "second.db")
    _imported(second, tmp_path / "first.csv")
    again = _exported(second, tmp_path / "second.csv")
    same = (*COMPARED, "consent")
    assert [{k: r[k] for k in same} for r in again] == [{k: r[k] for k in same} for r in exported]
