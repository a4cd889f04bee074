"""Printing a document that discloses what the office knows: its audit record and its file
appear together or not at all. The PDF is built beside its target first; the record is written
and the file moved into place in one transaction, so a build that fails (a full disk, a folder
that cannot be written) leaves neither a file nor a record saying it was printed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from models.database import db

Build = Callable[[Path], object]


def print_recorded(out: Path, build: Build, record: Callable[[], object]) -> Path:
    """build(path) writes the document to path; record() audits its printing. Returns out."""
    print_all_recorded(((out, build),), record)
    return out


def print_all_recorded(
    documents: Sequence[tuple[Path, Build]], record: Callable[[], object]
) -> None:
    """Several files of one disclosure (a subject-access JSON and its PDF) under one record:
    every file is built first; a move or a record that fails takes back the files already moved
    into place, so no file is handed over unrecorded."""
    partials: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for out, build in documents:
            # Named after out, cut short: a name as long as the system takes must still fit.
            handle, name = tempfile.mkstemp(
                dir=out.parent, prefix=f".{out.name[:40]}.", suffix=".tmp"
            )
            os.close(handle)
            partials.append((Path(name), out))
            build(Path(name))
        with db.atomic():  # a failed move rolls the record back
            record()
            for partial, out in partials:
                os.replace(partial, out)
                placed.append(out)
    except BaseException:
        for out in placed:
            out.unlink(missing_ok=True)
        raise
    finally:
        for partial, _ in partials:
            partial.unlink(missing_ok=True)
