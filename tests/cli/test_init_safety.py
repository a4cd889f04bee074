"""`beacon init` is all or nothing: a refused argument leaves no file behind, so init can simply be
run again, and an office made meanwhile by another init is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.setup import OfficeExists, init_office
from models.connection import close
from models.database import DatabaseTarget
from tests.cli.test_cli import beacon


def _leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


@pytest.mark.parametrize(
    ("args", "stdin", "said"),
    [
        (("--manager", "x", "--password-stdin"), "short\n", "at least"),
        (("--manager", "bad name!", "--password-stdin"), "correct-horse\n", "Username"),
        (("--office-name", "O" * 200), None, "Office name"),
        (("--office-name", "Bad\x07name"), None, "Office name"),
        (("--office-name", ""), None, "Office name"),
    ],
)
def test_a_refused_argument_leaves_nothing_and_init_runs_again(tmp_path, args, stdin, said):
    db = tmp_path / "office.db"
    refused = beacon("init", *args, stdin=stdin, db=db)
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("beacon: ") and said in lines[0], lines
    assert _leftovers(db) == []
    again = beacon(
        "init", "--manager", "morgan", "--password-stdin", stdin="correct-horse\n", db=db
    )
    assert again.returncode == 0, again.stderr


def test_a_failure_after_the_file_was_made_removes_it(tmp_path, monkeypatch):
    db = tmp_path / "office.db"

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr("desktop_app.services.setup.set_up_office", broken)
    with pytest.raises(RuntimeError):
        init_office(DatabaseTarget("sqlite", str(db)), "Riverside", None)
    close()
    assert _leftovers(db) == []


def test_an_office_made_meanwhile_by_another_init_is_refused_and_kept(tmp_path):
    db = tmp_path / "office.db"
    target = DatabaseTarget("sqlite", str(db))
    init_office(target, "Riverside", ("morgan", "morgan", "correct-horse"))
    close()
    # The second init passed its "no office here yet" probe before the first one committed.
    with pytest.raises(OfficeExists, match="already holds a Beacon office"):
        init_office(target, "Other", None)
    close()
    assert beacon("check", db=db).returncode == 0
    shown = beacon("settings", "show", db=db).stdout
    assert "office_name: Riverside" in shown


def test_a_failed_init_never_removes_a_file_another_init_created(tmp_path, monkeypatch):
    """Another init creates the file just after this one looked (its office not yet committed),
    then this one fails: the file is the other's, and it stays."""
    db = tmp_path / "office.db"
    db.touch()  # the other init's file, made in the instant after this init looked for one
    monkeypatch.setattr(Path, "exists", lambda self: False)

    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr("desktop_app.services.setup.set_up_office", broken)
    with pytest.raises(RuntimeError):
        init_office(DatabaseTarget("sqlite", str(db)), "Riverside", None)
    close()
    monkeypatch.undo()
    assert db.exists()
