"""`beacon privacy export|anonymise|retention`: files written, reports to review printed, errors
in one line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import beacon
from tests.cli.test_picklist import one_line_error


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("privacy") / "office.db"
    done = beacon("demo", "--seed", "3", "--until", "2026-10-31", db=path)
    assert done.returncode == 0, done.stderr
    return path


def _busiest(path: Path) -> tuple[int, str]:
    con = sqlite3.connect(str(path))
    try:
        row = con.execute(
            "SELECT c.id, c.name FROM contact c JOIN interaction_contact i ON i.contact_id = c.id "
            "GROUP BY c.id ORDER BY COUNT(*) DESC, c.id LIMIT 1"
        ).fetchone()
        return int(row[0]), str(row[1])
    finally:
        con.close()


def test_export_writes_the_json_and_the_pdf(demo, tmp_path):
    contact_id, name = _busiest(demo)
    out, pdf = tmp_path / "access.json", tmp_path / "access.pdf"
    done = beacon(
        "privacy", "export", str(contact_id), "--out", str(out), "--pdf", str(pdf), db=demo
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contact"]["name"] == name and data["interactions"]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_anonymise_asks_for_yes_then_prints_the_reports_to_review(demo, tmp_path):
    contact_id, name = _busiest(demo)
    refused = beacon("privacy", "anonymise", str(contact_id), db=demo)
    one_line_error(refused, "--yes")
    done = beacon("privacy", "anonymise", str(contact_id), "--yes", db=demo)
    assert done.returncode == 0, done.stderr
    assert f"Anonymised contact #{contact_id}" in done.stdout
    assert beacon("check", db=demo).returncode == 0
    assert name.encode() not in Path(demo).read_bytes()


def test_retention_lists_quiet_contacts_and_mistakes_are_one_line(demo):
    done = beacon("privacy", "retention", "--years", "1", db=demo)
    assert done.returncode == 0, done.stderr
    assert "to review" in done.stderr
    one_line_error(beacon("privacy", "export", "abc", "--out", "x.json", db=demo), "contact id")
    one_line_error(beacon("privacy", "export", "999999", "--out", "x.json", db=demo), "no contact")
    one_line_error(beacon("privacy", "retention", "--years", "0", db=demo), "years")
    one_line_error(beacon("privacy", db=demo), "say what to do")


def test_files_that_cannot_be_written_and_ids_too_big_are_one_line_with_exit_2(demo, tmp_path):
    contact_id, _ = _busiest(demo)
    json_out = str(tmp_path / "a.json")
    cases = [
        (("--out", str(tmp_path)), "cannot write"),  # a folder
        (("--out", json_out, "--pdf", str(tmp_path / "none" / "a.pdf")), "cannot write"),
    ]
    for extra, fragment in cases:
        done = beacon("privacy", "export", str(contact_id), *extra, db=demo)
        one_line_error(done, fragment)
        assert done.returncode == 2
    assert not Path(json_out).exists()  # nothing half written
    huge = "9" * 25
    one_line_error(beacon("privacy", "export", huge, "--out", json_out, db=demo), "contact id")
    one_line_error(beacon("contacts", "merge", huge, "1", "--yes", db=demo), "contact id")
