"""`beacon contacts duplicates` and `beacon contacts merge`: output shape and one-line errors."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app import cli
from tests.cli.test_cli import beacon
from tests.cli.test_picklist import one_line_error

PAIR = re.compile(
    r"(\d+)  (\S.*)  (\d+)  (\S.*)  ((?:same phone|same email|similar names \(\d+\))(?:, |$))+"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contacts") / "office.db"
    done = beacon("demo", "--seed", "3", "--until", "2026-10-31", db=path)
    assert done.returncode == 0, done.stderr
    return path


def _sql(path: Path, query: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(query, params).fetchall()


def _name(path: Path, contact_id: int) -> str:
    return _sql(path, "SELECT name FROM contact WHERE id = ?", contact_id)[0][0]


def _typed_twice(path: Path) -> list[tuple[int, int, str]]:
    """The demo desk's residents typed again in capitals: (original id, copy id, name)."""
    return _sql(
        path,
        "SELECT o.id, c.id, o.name FROM contact c JOIN contact o ON o.name_key = c.name_key "
        "AND o.id < c.id WHERE c.name = upper(c.name) AND c.kind = 'resident' ORDER BY o.id",
    )


def test_duplicates_one_pair_a_line_ids_names_and_why(demo):
    done = beacon("contacts", "duplicates", db=demo)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines
    for line in lines:
        match = PAIR.fullmatch(line)
        assert match, line
        first, second = int(match[1]), int(match[3])
        assert first < second
        assert (match[2], match[4]) == (_name(demo, first), _name(demo, second))
    # The demo's desk typed six residents again in capitals: each is found with its original.
    shouted = _sql(demo, "SELECT id FROM contact WHERE name = upper(name) AND kind = 'resident'")
    listed = {int(PAIR.fullmatch(line)[3]) for line in lines}
    assert {row[0] for row in shouted} <= listed


def test_merge_without_yes_and_no_terminal_is_a_one_line_error(demo):
    first, second = _sql(demo, "SELECT id FROM contact ORDER BY id LIMIT 2")
    done = beacon("contacts", "merge", str(first[0]), str(second[0]), db=demo)
    one_line_error(done, "--yes")
    assert done.returncode == 2
    assert _sql(demo, "SELECT merged_into_id FROM contact WHERE id = ?", second[0]) == [(None,)]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("contacts", "merge", "x", "2", "--yes"), "not a contact id"),
        (("contacts", "merge", "5", "5", "--yes"), "two different contacts"),
        (("contacts", "merge", "5", "999999", "--yes"), "no contact with id 999999"),
        (("contacts",), "beacon contacts duplicates"),
    ],
)
def test_mistakes_are_one_line_errors(demo, args, fragment):
    done = beacon(*args, db=demo)
    one_line_error(done, fragment)
    assert done.returncode == 2


def test_merge_with_yes_moves_every_record(demo, tmp_path):
    keep, other, name = _typed_twice(demo)[0]
    reports = _sql(demo, "SELECT COUNT(*) FROM report WHERE reporter_id IN (?, ?)", keep, other)
    done = beacon("contacts", "merge", str(keep), str(other), "--yes", db=demo)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        rf"Merged contact {other} into {keep} \({re.escape(name)}\): \d+ records? moved\.\n",
        done.stdout,
    )
    assert _sql(demo, "SELECT merged_into_id FROM contact WHERE id = ?", other) == [(keep,)]
    assert _sql(demo, "SELECT COUNT(*) FROM report WHERE reporter_id = ?", keep) == reports
    again = beacon("contacts", "merge", str(keep), str(other), "--yes", db=demo)
    one_line_error(again, f"merged into contact {keep} already")
    check = beacon("check", db=demo)
    assert check.returncode == 0, check.stdout


def test_no_duplicates_is_exit_code_1_and_said_on_stderr(tmp_path):
    path = tmp_path / "empty.db"
    assert beacon("init", db=path).returncode == 0
    done = beacon("contacts", "duplicates", db=path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "beacon: no possible duplicate contacts\n"


def test_on_a_terminal_it_shows_both_and_asks(demo, monkeypatch, capsys):
    keep, other, name = _typed_twice(demo)[1]
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert cli.run(["--db", str(demo), "contacts", "merge", str(keep), str(other)]) == 1
    out = capsys.readouterr().out
    assert f"keep (id {keep})" in out and f"merge (id {other})" in out
    assert re.search(rf"Name\s+\* {name}\s+  {name.upper()}", out)
    assert f"Merge {other} into {keep}? [y/N] Nothing was changed." in out
    assert _sql(demo, "SELECT merged_into_id FROM contact WHERE id = ?", other) == [(None,)]
