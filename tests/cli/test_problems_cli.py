"""`beacon problems suggested`: one suggestion a line, nothing found said on stderr."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import beacon
from tests.cli.test_picklist import one_line_error

LINE = re.compile(r"(\S.*)  (\S.*)  (\d+)  (WR-\d{4}-\d{5}(?: WR-\d{4}-\d{5})*)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("problems") / "office.db"
    done = beacon("demo", "--seed", "3", db=path)  # up to today: the window is the last 90 days
    assert done.returncode == 0, done.stderr
    return path


def test_suggestions_one_a_line_place_category_count_and_numbers(demo):
    done = beacon("problems", "suggested", db=demo)
    assert done.returncode == 0, done.stderr
    found = [LINE.fullmatch(line) for line in done.stdout.splitlines()]
    assert found and all(found), done.stdout
    by_place = {(m[1], m[2]): m for m in found if m}
    spike = by_place[("Harbour Road car park", "Theft")]  # the demo's run of thefts
    numbers = spike[4].split()
    assert int(spike[3]) == len(numbers) == 5
    with sqlite3.connect(demo) as con:
        rows = con.execute(
            "SELECT r.status, l.name, c.name FROM report r JOIN location l ON l.id = r.location_id"
            " JOIN category c ON c.id = r.category_id WHERE r.number IN (?, ?, ?, ?, ?)",
            numbers,
        ).fetchall()
    assert {(status != "void", place, kind) for status, place, kind in rows} == {
        (True, "Harbour Road car park", "Theft")
    }


def test_none_found_is_exit_code_1_and_said_on_stderr(tmp_path):
    path = tmp_path / "empty.db"
    assert beacon("init", db=path).returncode == 0
    done = beacon("problems", "suggested", db=path)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "beacon: no suggested problems\n")


def test_no_action_is_a_one_line_error(tmp_path):
    path = tmp_path / "empty.db"
    assert beacon("init", db=path).returncode == 0
    one_line_error(beacon("problems", db=path), "beacon problems suggested")


def test_pdf_writes_the_one_page_summary(demo, tmp_path):
    out = tmp_path / "problem.pdf"
    done = beacon("problems", "pdf", "2", "--out", str(out), db=demo)
    assert (done.returncode, done.stdout) == (0, f"Wrote {out}\n"), done.stderr
    pages = PdfReader(out).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert all(part in text for part in ("Analysis", "Response", "Assessment", "Baseline"))


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("problems", "pdf", "999", "--out", "{tmp}/p.pdf"), "no problem with id 999"),
        (("problems", "pdf", "two", "--out", "{tmp}/p.pdf"), "'two' is not a problem id"),
        (("problems", "pdf", "2", "--out", "{tmp}/missing/p.pdf"), "create it first"),
        (("problems", "pdf", "2"), "--out"),
    ],
)
def test_pdf_mistakes_are_one_line_errors(demo, tmp_path, args, fragment):
    done = beacon(*(a.format(tmp=tmp_path) for a in args), db=demo)
    one_line_error(done, fragment)


def test_pdf_to_a_folder_is_a_one_line_error_before_anything_is_recorded(demo, tmp_path):
    with sqlite3.connect(demo) as con:
        [(before,)] = con.execute("SELECT COUNT(*) FROM audit_entry").fetchall()
    done = beacon("problems", "pdf", "2", "--out", str(tmp_path), db=demo)
    one_line_error(done, "is a folder", "file's name")
    assert done.returncode == 2
    with sqlite3.connect(demo) as con:
        assert con.execute("SELECT COUNT(*) FROM audit_entry").fetchall() == [(before,)]
