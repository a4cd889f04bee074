"""Printing a document that discloses what the office knows: its audit record and its file
appear together or not at all. The PDF is built beside its target first; the record is written
and the file moved into place in one transaction, so a build that fails (a full disk, a folder
that cannot be written) leaves neither a file nor a record saying it was printed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from models.database import db


def print_recorded(
    out: Path, build: Callable[[Path], object], record: Callable[[], object]
) -> Path:
    """build(path) writes the document to path; record() audits its printing. Returns out."""
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(handle)
    partial = Path(name)
    try:
        build(partial)
        with db.atomic():  # a failed move rolls the record back
            record()
            os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out
