"""Mistakes on the command line get one line saying what to do: a wrong word, a missing value,
a file that is not a Beacon database, a relative backup folder."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import beacon


def _one_line(done) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("beacon: ") and "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("picklist", "list", "foo"), "choose from"),
        (("settings", "set"), "beacon settings set"),
        (("frobnicate",), "beacon --help"),
    ],
)
def test_a_usage_mistake_is_one_line_saying_what_to_do(tmp_path, args, said):
    done = beacon(*args, db=tmp_path / "office.db")
    assert done.returncode == 2
    line = _one_line(done)
    assert said in line and "usage:" not in line


def test_a_file_that_is_not_a_database_is_named_as_such(tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"these are my notes, not a database\n" * 100)
    done = beacon("settings", "show", db=garbage)
    assert done.returncode != 0
    line = _one_line(done)
    assert "is not a Beacon database" in line and str(garbage) in line


def test_a_relative_backup_folder_is_refused(tmp_path):
    db = tmp_path / "office.db"
    assert beacon("init", db=db).returncode == 0
    done = beacon("settings", "set", "backup_folder", "relative/bk", db=db)
    assert done.returncode == 2
    assert "absolute" in _one_line(done)
    ok = beacon("settings", "set", "backup_folder", str(tmp_path / "bk"), db=db)
    assert ok.returncode == 0, ok.stderr
