"""`beacon search`: the indexed search from the command line, one match a line, one-line errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.test_cli import beacon
from tests.cli.test_picklist import one_line_error


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "office.db"
    done = beacon("demo", "--seed", "3", "--until", "2026-10-31", db=path)
    assert done.returncode == 0, done.stderr
    return path


def test_reports_are_listed_one_a_line_number_date_place_and_account(demo):
    done = beacon("search", "bicycle", "--limit", "3", db=demo)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert re.match(r"WR-\d{4}-\d{5}  \d{4}-\d{2}-\d{2}  \S.* · .*  \S", line), line
        assert "bicycle" in line.lower()
    number = lines[0].split()[0]
    again = beacon("search", number, db=demo)  # a number typed whole finds its report first
    assert again.stdout.splitlines()[0].startswith(number + "  ")


def test_entries_and_contacts(demo):
    entries = beacon("search", "gate", "--in", "entries", "--limit", "2", db=demo)
    assert entries.returncode == 0, entries.stderr
    for line in entries.stdout.splitlines():
        assert re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}  \S", line), line
    contacts = beacon("search", "0161", "--in", "contacts", "--limit", "5", db=demo)
    assert contacts.returncode == 0, contacts.stderr
    assert len(contacts.stdout.splitlines()) == 5
    for line in contacts.stdout.splitlines():
        assert re.match(r"\d+  \S.*  .*0161", line), line


def test_nothing_found_is_exit_code_1_and_said_in_one_line(demo):
    done = beacon("search", "zzqxv", db=demo)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == "beacon: no reports match 'zzqxv'"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("search", "-"), "nothing to search for"),
        (("search", '"*"'), "nothing to search for"),
        (("search", "gate", "--limit", "0"), "from 1 to 1000"),
        (("search", "gate", "--in", "events"), "invalid choice"),
        (("search", "*\n-\n'"), "nothing to search for"),  # a pasted block of lines
        (("search", "zzqxv\nzzqxw " + "q" * 5000), "no reports match"),
    ],
)
def test_mistakes_are_one_line(demo, args, fragment):
    one_line_error(beacon(*args, db=demo), fragment)


def test_hostile_words_never_fail(demo):
    for typed in ("AND", "NEAR(", "o'brien", "a OR b*", 'x"y'):
        done = beacon("search", typed, db=demo)
        assert done.returncode in (0, 1), done.stderr
        assert "Traceback" not in done.stderr
