"""print_recorded: the record and the files appear together or not at all, whichever step fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import audit
from desktop_app.services.printing import print_all_recorded
from models.audit import AuditEntry


def _write(text: str):
    return lambda path: Path(path).write_text(text)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "out"  # the database is beside it, in tmp_path
    made.mkdir()
    return made


def test_a_second_file_that_cannot_be_moved_into_place_takes_the_first_back(office, folder):
    (folder / "b.pdf").mkdir()  # a folder holds the second file's name
    (folder / "b.pdf" / "inside").write_text("keeps the folder from being replaced")
    with pytest.raises(OSError):
        print_all_recorded(
            ((folder / "a.json", _write("{}")), (folder / "b.pdf", _write("%PDF"))),
            lambda: audit.record(office.manager, "print", "contact", 1, None, {}),
        )
    assert AuditEntry.select().where(AuditEntry.action == "print").count() == 0
    assert sorted(p.name for p in folder.iterdir()) == ["b.pdf"]  # no a.json, no .tmp


def test_a_record_that_cannot_be_written_leaves_no_file(office, folder):
    def refused() -> None:
        raise RuntimeError("the database said no")

    with pytest.raises(RuntimeError):
        print_all_recorded(((folder / "a.pdf", _write("%PDF")),), refused)
    assert list(folder.iterdir()) == []


def test_a_name_as_long_as_the_system_takes_is_printed(office, folder):
    out = folder / ("r" * 251 + ".pdf")  # 255 characters: the longest name a file may have
    print_all_recorded(((out, _write("%PDF")),), lambda: None)
    assert [p.name for p in folder.iterdir()] == [out.name]
