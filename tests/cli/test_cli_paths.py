"""The command line's check of an output file before anything is read or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli_paths import check_output


class Refused(Exception):
    pass


def test_a_long_but_valid_file_name_is_not_refused(tmp_path: Path):
    """The probe file was named after the output with 14 characters more, so a name of 242 to
    255 characters (one the system takes) was refused as "File name too long"."""
    out = tmp_path / ("a" * 246 + ".csv")
    check_output(out, "CSV", Refused)
    out.write_text("id\n")  # the system takes the name
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no probe left behind


def test_a_folder_or_a_missing_folder_is_one_line(tmp_path: Path):
    with pytest.raises(Refused, match="is a folder"):
        check_output(tmp_path, "CSV", Refused)
    with pytest.raises(Refused, match="create it first"):
        check_output(tmp_path / "none" / "x.csv", "CSV", Refused)
