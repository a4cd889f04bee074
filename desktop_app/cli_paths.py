"""The command line's check of an output file, made before the office is read or anything is
recorded: one place for the messages every command that writes a file gives. No third-party
imports (the `beacon --version` path stays light)."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def check_output(path: Path, what: str, error: type[Exception]) -> None:
    """Raise error(one line saying what to do) when Beacon could not write `path`."""
    if path.is_dir():
        raise error(f"{path} is a folder; give the {what} file's name")
    folder = path.parent
    if not folder.is_dir():
        raise error(f"no folder {folder}; create it first or choose another place")
    probe = folder / f".beacon-probe-{os.getpid()}"  # short: any name the system takes works
    try:
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise error(output_problem(exc, folder)) from None


def output_problem(exc: OSError, folder: Path) -> str:
    """One line for a failed write into folder: a full disk and a read-only place said plainly."""
    if exc.errno == errno.ENOSPC:
        return f"the disk holding {folder} is full: free some space there and try again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write to {folder}: it is read-only for this account; choose another place"
    return f"cannot write to {folder}: {exc.strerror or exc}"
